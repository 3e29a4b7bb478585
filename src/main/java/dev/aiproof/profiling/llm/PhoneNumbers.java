package dev.aiproof.profiling.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Phone numbers in a line of CV text, replaced by a placeholder. Google's libphonenumber finds them
 * ({@link PhoneNumberUtil#findNumbers} with {@link PhoneNumberUtil.Leniency#VALID}: numbers of any country with their
 * country code or {@code 00}, and numbers without one read as Norwegian, British, American or German, the CVs this
 * service gets), with extensions and any grouping ("+47 412 55 019", "41 23 45 67", "030 1234567", "089/12345678",
 * "0049 30 1234567", "+1 212 555 0100 ext. 23"). Two shapes it also takes for valid numbers are not numbers in a CV:
 * month-and-year ranges ("06.2018 - 07.2021" reads as a German landline) and amounts grouped by thousands
 * ("45 000 000" as a Norwegian mobile); those are left alone.
 *
 * <p>{@link #FALLBACK} is for what libphonenumber rightly does not call a number: those in ranges that no numbering
 * plan assigns, such as the fictional ones that CVs, examples and our corpus use (+44 7700 900 574 and 07700 900461
 * from Ofcom's drama range, 555-123-4567 with area code 555), and those assigned after the library's metadata was
 * built. It takes only shapes that are phone numbers whatever their digits: a country code, the North American
 * 3-3-4, a trunk 0 before two or three groups.
 */
final class PhoneNumbers {

    /** Where a number written without its country code is read as from. */
    static final List<String> REGIONS = List.of("NO", "GB", "US", "DE");
    /** Fewer digits are service or short numbers (a Norwegian 5-digit 0xxxx), never a person's. */
    private static final int MIN_DIGITS = 7;

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** A month and year (06.2018, 09/2013) or a year that starts a range (2013 – …). */
    private static final Pattern DATE = Pattern
            .compile("\\b(?:0?[1-9]|1[0-2])[./](?:19|20)\\d{2}\\b|\\b(?:19|20)\\d{2}\\s*[–—-]");
    /** 1 to 3 digits, then groups of three: an amount (2 500 000, 45 000 000). */
    private static final Pattern AMOUNT = Pattern.compile("[1-9]\\d{0,2}(?:[\\s\\u00a0\\u202f.,]\\d{3})+");
    static final Pattern FALLBACK = Pattern.compile(String.join("|",
            // with a country code, assigned or not: +44 7700 900 574, +47 412 55 019
            "\\+\\s?\\d{1,3}[\\s.-]?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d[\\d\\s.-]{5,14}\\d",
            // North American 3-3-4 with any area code: (555) 123-4567, 555-123-4567
            "\\(\\d{3}\\)\\s?\\d{3}[\\s.-]\\d{4}",
            "\\b\\d{3}[.-]\\d{3}[.-]\\d{4}\\b",
            // a trunk 0 before three groups or two (UK mobiles and landlines): 07700 900 461, 07700 900461
            "\\b0\\d{2,4}[\\s-]\\d{3,4}[\\s-]\\d{3,4}\\b",
            "\\b0\\d{3,4}\\s?\\d{6}\\b"));

    private PhoneNumbers() {
    }

    /** {@code line} with every phone number replaced by {@code placeholder}. */
    static String replace(String line, String placeholder) {
        String found = replaceFound(line, placeholder);
        return FALLBACK.matcher(found).replaceAll(placeholder);
    }

    private static String replaceFound(String line, String placeholder) {
        if (line.chars().filter(Character::isDigit).count() < MIN_DIGITS) {
            return line;
        }
        List<int[]> spans = new ArrayList<>();
        for (String region : REGIONS) {
            for (PhoneNumberMatch match : UTIL.findNumbers(line, region, PhoneNumberUtil.Leniency.VALID,
                    Long.MAX_VALUE)) {
                if (isNumber(match.rawString())) {
                    spans.add(new int[] {match.start(), match.end()});
                }
            }
        }
        if (spans.isEmpty()) {
            return line;
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        StringBuilder out = new StringBuilder(line.length());
        int at = 0;
        for (int[] span : spans) {
            if (span[0] >= at) {
                out.append(line, at, span[0]).append(placeholder);
                at = span[1];
            } else if (span[1] > at) {
                // overlaps the number just replaced (another region read it longer): take its end too
                at = span[1];
            }
        }
        return out.append(line, at, line.length()).toString();
    }

    private static boolean isNumber(String raw) {
        if (raw.chars().filter(Character::isDigit).count() < MIN_DIGITS) {
            return false;
        }
        if (raw.startsWith("+")) {
            return true;
        }
        return !DATE.matcher(raw).find() && !AMOUNT.matcher(raw).matches();
    }
}
