package dev.aiproof.profiling.llm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line as a person's name, or not: {@code Lt. Col. Patricia Ann Whitmore, USAF (Ret.), PMP},
 * {@code RAYMOND "RAY" KOWALSKI}, {@code # Dr. Anneliese van der Berg}, {@code CV – Rune Kristoffersen}. Titles and
 * ranks before the name and credentials after it are dropped; what is left must be 2–6 name words (capitalised or
 * in capitals, particles, initials) and none a word of job titles or organisations ("Senior Software Engineer").
 */
final class NameLine {

    private static final Pattern MARKUP = Pattern.compile("^[\\s#*_>•▪■\\p{So}-]+|[\\s*_]+$");
    private static final Pattern PRONOUNS = Pattern
            .compile("(?iu)\\s*\\(\\s*(?:she|he|they|hun|han|hen|ze|xe)\\s*/[\\p{L}\\s/]{2,20}\\)");
    /** An age or a year of birth after the name: "Maria Lindqvist (34)", "Kari Nordmann, f. 1990". */
    private static final Pattern AGE = Pattern
            .compile("(?iu)\\s*(?:\\(\\d{2}(?:\\s*(?:år|years|yrs))?\\)|,\\s*(?:\\d{2}\\s*(?:år|years(?:\\s+old)?)"
                    + "|(?:f\\.|født|born|b\\.)\\s*\\d{4}))\\s*$");
    /** "LINDQVIST, Maria": the surname in capitals first. */
    private static final Pattern SURNAME_FIRST = Pattern
            .compile("(\\p{Lu}[\\p{Lu}'’-]+),\\s*((?:\\p{Lu}\\p{Ll}[\\p{L}'’-]*\\s*){1,3})");
    private static final Pattern CV_PREFIX = Pattern.compile(
            "(?iu)^(?:cv|c\\.v\\.|curriculum vitae|resume|résumé|lebenslauf)\\s*(?:[–—:|-]+|\\bof\\b|\\bfor\\b|\\bfra\\b)\\s*");
    private static final Pattern QUOTED = Pattern
            .compile("[\"“”„]([\\p{L}.\\s'’-]{1,30})[\"“”]|(?<=\\s)['‘]([\\p{L}.]{1,20})['’](?=\\s|$)");
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]{1,30})\\)");
    private static final Pattern MAIDEN = Pattern.compile("(?iu)^(?:née|nee|born|f\\.|født|geb\\.|geborene)\\s+");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’‐-]*\\p{L}|\\p{Lu}\\p{Ll}?");
    private static final int MAX_LENGTH = 90;

    private NameLine() {
    }

    /** The name in the line, when the line is a name (with its titles and credentials) and nothing else. */
    static Optional<PersonName> parse(String raw) {
        return parse(raw, false);
    }

    /**
     * As {@link #parse(String)}; with {@code titleMayFollow}, a job title run into the name line is cut off:
     * "Maria Lindqvist Registered Nurse" (a PDF that lost its line break).
     */
    static Optional<PersonName> parse(String raw, boolean titleMayFollow) {
        String line = MARKUP.matcher(raw.replace('\u00A0', ' ').replace('\u202F', ' ').strip()).replaceAll("").strip();
        line = CV_PREFIX.matcher(line).replaceFirst("");
        line = AGE.matcher(PRONOUNS.matcher(line).replaceAll("")).replaceFirst("").strip();
        Matcher surnameFirst = SURNAME_FIRST.matcher(line);
        if (surnameFirst.matches() && !isCredential(surnameFirst.group(2).strip(), false)) {
            line = surnameFirst.group(2).strip() + " " + surnameFirst.group(1);
        }
        if (line.isEmpty() || line.length() > MAX_LENGTH || line.matches(".*[\\d@/|:;!?&+=<>\\[\\]{}].*")) {
            return Optional.empty();
        }
        List<String> nicknames = new ArrayList<>();
        Matcher q = QUOTED.matcher(line);
        StringBuilder rest = new StringBuilder();
        while (q.find()) {
            String nick = (q.group(1) != null ? q.group(1) : q.group(2)).strip();
            nicknames.addAll(Arrays.asList(nick.split("\\s+")));
            q.appendReplacement(rest, " ");
        }
        q.appendTail(rest);
        line = rest.toString();
        Matcher b = BRACKETED.matcher(line);
        rest = new StringBuilder();
        while (b.find()) {
            // a maiden name ("née Kelly", "f. Hansen") or a nickname ("Sasha"); "(Ret.)" and "(Hons)" are credentials
            String inside = MAIDEN.matcher(b.group(1).strip()).replaceFirst("");
            if (!isCredential(inside, false)) {
                nicknames.addAll(Arrays.asList(inside.split("\\s+")));
            }
            b.appendReplacement(rest, " ");
        }
        b.appendTail(rest);
        line = rest.toString();
        if (line.matches(".*[()\"“”].*")) {
            return Optional.empty();
        }
        boolean capitals = !line.matches(".*\\p{Ll}.*");
        int comma = line.indexOf(',');
        if (comma >= 0 && !trailerIsCredentials(line.substring(comma + 1))) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>(
                Arrays.asList((comma >= 0 ? line.substring(0, comma) : line).strip().split("\\s+")));
        while (!words.isEmpty() && NameLexicon.HONORIFICS.contains(key(words.get(0)))) {
            words.remove(0);
        }
        if (titleMayFollow) {
            for (int k = 2; k < words.size(); k++) {
                if (NameLexicon.NOT_NAME.contains(words.get(k).toLowerCase(Locale.ROOT))) {
                    words = new ArrayList<>(words.subList(0, k));
                    break;
                }
            }
        }
        // a known credential always goes; one by its shape only while two words stay ("Maria BERG" is a name)
        while (words.size() > 1 && (isCredential(words.get(words.size() - 1), true)
                || words.size() > 2 && isCredential(words.get(words.size() - 1), capitals))) {
            words.remove(words.size() - 1);
        }
        return valid(words, nicknames) ? Optional.of(new PersonName(words, nicknames)) : Optional.empty();
    }

    /** What follows the first comma of a name line: credentials ("RN", "PhD, MPH") or a title ("Registered Nurse"). */
    private static boolean trailerIsCredentials(String trailer) {
        for (String part : trailer.split(",")) {
            String p = part.strip();
            if (p.isEmpty() || Character.isLowerCase(p.codePointAt(0)) || Arrays.stream(p.split("\\s+"))
                    .anyMatch(t -> NameLexicon.NOT_NAME.contains(t.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            for (String token : p.split("\\s+")) {
                if (NameLexicon.REGIONS.contains(key(token)) && !NameLexicon.CREDENTIALS.contains(key(token))
                        || !isCredential(token, false)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A credential or suffix: a known one, or (outside an all-capitals line) a short capitalised abbreviation
     * such as "MRCPsych" or "MNLA", or a dotted one such as "P.Eng.".
     */
    static boolean isCredential(String token, boolean capitalsLine) {
        // "CFP®", "CFA™": the registration mark belongs to the credential, not to a name
        String t = token.replaceAll("[®™℠]", "").replaceAll("^[(\\[]+|[)\\],.;]+$", "");
        if (t.isEmpty()) {
            return false;
        }
        if (NameLexicon.CREDENTIALS.contains(key(t))) {
            // "Minh Do" and "Wei Ma" are names; "DO", "MA" and "Jr." are not
            return key(t).length() > 2 || !t.matches(".*\\p{Ll}.*") || token.contains(".");
        }
        if (capitalsLine) {
            return false;
        }
        boolean dotted = t.matches("(?:\\p{L}{1,4}\\.){1,4}\\p{L}{0,4}\\.?")
                && t.codePoints().filter(Character::isLetter).count() >= 3;
        boolean abbreviation = t.matches("\\p{Lu}[\\p{Lu}\\d/-]{1,7}")
                || t.matches("\\p{Lu}\\p{Ll}{0,2}\\p{Lu}[\\p{L}]{0,6}")
                        && !t.matches("(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O['’]).*");
        return dotted || abbreviation;
    }

    private static boolean valid(List<String> words, List<String> nicknames) {
        if (words.size() < 2 || words.size() > 6) {
            return false;
        }
        int nameWords = 0;
        boolean allOrdinary = true;
        for (String w : words) {
            if (PersonName.isParticle(w) || PersonName.isInitial(w)) {
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (!NAME_WORD.matcher(w).matches() || NameLexicon.NOT_NAME.contains(lower)
                    || NameLexicon.HEADINGS.contains(lower)) {
                return false;
            }
            allOrdinary &= NameLexicon.ORDINARY.contains(lower);
            nameWords++;
        }
        for (String n : nicknames) {
            if (!NAME_WORD.matcher(n.replace(".", "")).matches() && !PersonName.isInitial(n)) {
                return false;
            }
        }
        if (PersonName.isParticle(words.get(0)) && words.size() == 2) {
            return false;
        }
        return nameWords >= 1 && !allOrdinary;
    }

    /** A token compared with the word lists: lower case, without dots, hyphens and brackets. */
    static String key(String token) {
        return token.toLowerCase(Locale.ROOT).replaceAll("[.()\\[\\],'’-]", "");
    }
}
