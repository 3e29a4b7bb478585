package dev.aiproof.profiling.llm;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from CV text before it leaves for an LLM: the person's name wherever it stands (found by
 * {@link NameFinder}, replaced by {@link NameMasker}), the referees' names and contacts, the addressee of a
 * cover letter, email addresses, phone numbers ({@link PhoneNumbers}), street addresses, profile and other URLs (and
 * any web address or handle that spells the name), and labelled personal fields such as dates of birth. Work content stays, since it
 * is what the model has to map. docs/llm.md describes what is found and its limits.
 */
final class Redactor {

    private static final String P_EMAIL = "[EMAIL]";
    private static final String P_PHONE = "[PHONE]";
    private static final String P_ADDRESS = "[ADDRESS]";
    private static final String P_URL = "[URL]";

    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)\\S+|\\b(?:[\\w-]+\\.)*(?:linkedin\\.com|github\\.com|gitlab\\.com|bitbucket\\.org"
                    + "|twitter\\.com|x\\.com|facebook\\.com|instagram\\.com|stackoverflow\\.com|medium\\.com"
                    + "|behance\\.net|dribbble\\.com|xing\\.com|github\\.io)(?:/\\S*)?");
    /** A bare web address or a handle: redacted when it spells the person's name ("sofienilsen.design", "@osteriaricci"). */
    private static final Pattern ADDRESS_OR_HANDLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}@./])(?:@[\\p{L}\\p{N}_.]{3,30}|[\\p{L}\\p{N}-]{3,}(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{Ll}{2,10}(?:/\\S*)?)");
    private static final Pattern STREET = Pattern.compile(String.join("|",
            "\\b\\d{1,5}[A-Za-z]?\\s+(?:[\\p{Lu}][\\p{L}'.-]*\\s+){1,4}(?:Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Ln\\.?"
                    + "|Drive|Dr\\.?|Boulevard|Blvd\\.?|Way|Court|Ct\\.?|Place|Pl\\.?|Square|Terrace|Close|Crescent|Grove"
                    + "|Gardens|Mews|Row|Parade|Walk)\\b(?:,?\\s*(?:Apt|Suite|Unit)\\.?\\s*\\w+)?",
            "\\b(?:[\\p{Lu}][\\p{L}-]*\\s+)*[\\p{Lu}]?[\\p{L}-]*(?:gate|gata|veien|vegen|vei|veg|straße|strasse|str\\.|allé|plass"
                    + "|vägen|gatan|vej)\\s+\\d{1,4}\\s?[A-Za-z]?\\b"));
    private static final Pattern POSTCODE_CITY = Pattern.compile(
            "\\b(?:[A-Z]{2}\\s\\d{5}(?:-\\d{4})?|\\d{4,5}\\s+\\p{Lu}[\\p{L}-]+|[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2})\\b");
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)^[\\s>*•-]*(full name|fullt navn|name|navn|address|adresse|home|date of birth|birth ?date|born|født|fødselsdato"
                    + "|geburtsdatum|geboren|phone|mobile|mobil|tel|telefon|tlf|e-?mail|e-post|linkedin|github)\\s*(?:[:|]|\\s[–-])\\s*(.+)$");
    /** The addressee of a letter: "Dear Dr Morgan,", "Kjære Kari Nordmann,". */
    private static final Pattern SALUTATION = Pattern.compile(
            "(?iu)^(\\s*(?:dear|kjære|hei|hello|liebe[rs]?|sehr geehrte[rs]?)\\s+)([^,:]{2,60})([,:!].*)?$");

    String redact(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        BitSet referees = RefereeSection.lines(lines);
        NameFinder.Names names = NameFinder.find(lines, referees);
        NameMasker masker = new NameMasker(names.owner(), names.extraWords(), names.others());
        List<PersonName> allReferees = new ArrayList<>(names.others());
        allReferees.addAll(names.sectionOnly());
        NameMasker refereeMasker = new NameMasker(names.owner(), names.extraWords(), allReferees);
        List<String> out = new ArrayList<>(lines.size());
        boolean previousHadAddress = false;
        for (int i = 0; i < lines.size(); i++) {
            String r = lines.get(i);
            Matcher labelled = LABELLED.matcher(r);
            if (labelled.matches()) {
                r = r.substring(0, labelled.start(2)) + "[REDACTED]";
            }
            r = EmailNames.EMAIL.matcher(r).replaceAll(P_EMAIL);
            r = URL.matcher(r).replaceAll(P_URL);
            r = ADDRESS_OR_HANDLE.matcher(r).replaceAll(m -> masker.spellsName(m.group())
                    ? P_URL
                    : Matcher.quoteReplacement(m.group()));
            r = salutation(r);
            r = (referees.get(i) ? refereeMasker : masker).mask(r);
            r = PhoneNumbers.replace(r, P_PHONE);
            String streetless = STREET.matcher(r).replaceAll(P_ADDRESS);
            boolean hasAddress = !streetless.equals(r);
            r = streetless;
            if (hasAddress || previousHadAddress) {
                r = POSTCODE_CITY.matcher(r).replaceAll(P_ADDRESS);
            }
            previousHadAddress = hasAddress;
            out.add(r);
        }
        return String.join("\n", out);
    }

    /** "Dear Dr Morgan," becomes "Dear Dr [NAME],"; "Dear Hiring Manager," and "Dear Sir or Madam," stay. */
    private static String salutation(String line) {
        Matcher m = SALUTATION.matcher(line);
        if (!m.matches()) {
            return line;
        }
        List<String> words = new ArrayList<>(List.of(m.group(2).strip().split("\\s+")));
        StringBuilder kept = new StringBuilder();
        while (words.size() > 1 && NameLexicon.HONORIFICS.contains(NameLine.key(words.get(0)))) {
            kept.append(words.remove(0)).append(' ');
        }
        boolean name = !words.isEmpty() && words.size() <= 4
                && words.stream().allMatch(w -> w.matches("\\p{Lu}[\\p{L}'’-]*")
                        && !NameLexicon.NOT_NAME.contains(w.toLowerCase(Locale.ROOT))
                        && !NameLexicon.HONORIFICS.contains(NameLine.key(w))
                        && !Set.of("madam", "team", "friends", "all", "colleagues", "recruiter")
                                .contains(w.toLowerCase(Locale.ROOT)));
        return name ? m.group(1) + kept + NameMasker.NAME + (m.group(3) == null ? "" : m.group(3)) : line;
    }
}
