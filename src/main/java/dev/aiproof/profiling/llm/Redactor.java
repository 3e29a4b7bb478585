package dev.aiproof.profiling.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from CV text before it leaves for an LLM: the person's name (the CV's name heading and
 * its other occurrences), email addresses, phone numbers, street addresses, profile and other URLs, and dates of
 * birth. Work content stays, since it is what the model has to map.
 */
final class Redactor {

    private static final String P_NAME = "[NAME]";
    private static final String P_EMAIL = "[EMAIL]";
    private static final String P_PHONE = "[PHONE]";
    private static final String P_ADDRESS = "[ADDRESS]";
    private static final String P_URL = "[URL]";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)\\S+|\\b(?:[\\w-]+\\.)*(?:linkedin\\.com|github\\.com|gitlab\\.com|bitbucket\\.org"
                    + "|twitter\\.com|x\\.com|facebook\\.com|instagram\\.com|stackoverflow\\.com|medium\\.com"
                    + "|behance\\.net|dribbble\\.com|xing\\.com|github\\.io)(?:/\\S*)?");
    private static final Pattern PHONE = Pattern.compile(String.join("|",
            "\\+\\s?\\d{1,3}[\\s.-]?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d[\\d\\s.-]{5,14}\\d",
            "\\(\\d{3}\\)\\s?\\d{3}[\\s.-]\\d{4}",
            "\\b\\d{3}[.-]\\d{3}[.-]\\d{4}\\b",
            "\\b0\\d{2,4}[\\s-]\\d{3,4}[\\s-]\\d{3,4}\\b",
            "\\b\\d{3}\\s\\d{2}\\s\\d{3}\\b",
            "\\b\\d{2}\\s\\d{2}\\s\\d{2}\\s\\d{2}\\b",
            "(?<![\\d.,/-])\\b[2-9]\\d{7}\\b(?![.,/-]?\\d)"));
    private static final Pattern STREET = Pattern.compile(String.join("|",
            "\\b\\d{1,5}[A-Za-z]?\\s+(?:[\\p{Lu}][\\p{L}'.-]*\\s+){1,4}(?:Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Ln\\.?"
                    + "|Drive|Dr\\.?|Boulevard|Blvd\\.?|Way|Court|Ct\\.?|Place|Pl\\.?|Square|Terrace|Close|Crescent)\\b"
                    + "(?:,?\\s*(?:Apt|Suite|Unit)\\.?\\s*\\w+)?",
            "\\b(?:[\\p{Lu}][\\p{L}-]*\\s+)*[\\p{Lu}]?[\\p{L}-]*(?:gate|gata|veien|vegen|vei|veg|straße|strasse|str\\.|allé|plass"
                    + "|vägen|gatan|vej)\\s+\\d{1,4}\\s?[A-Za-z]?\\b"));
    private static final Pattern POSTCODE_CITY = Pattern.compile(
            "\\b(?:[A-Z]{2}\\s\\d{5}(?:-\\d{4})?|\\d{4,5}\\s+\\p{Lu}[\\p{L}-]+|[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2})\\b");
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)^[\\s>*•-]*(name|navn|address|adresse|home|date of birth|birth ?date|born|født|fødselsdato|geburtsdatum"
                    + "|geboren|phone|mobile|tel|telefon|tlf|e-?mail|linkedin|github)\\s*(?:[:|]|\\s[–-])\\s*(.+)$");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}{2,}");
    /** Lower-case name particles: "Ludwig van Beethoven", "Maria de la Cruz". */
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "la", "le", "du", "da", "di",
            "dos", "das", "del", "bin", "al", "ter", "af", "zu");
    private static final Set<String> NOT_NAMES = Set.of("curriculum", "vitae", "resume", "résumé", "cv", "lebenslauf",
            "profile", "profil", "contact", "summary", "experience", "personal", "information", "details", "about",
            "engineer", "developer", "manager", "senior", "junior", "lead", "consultant", "designer", "analyst",
            "nurse", "teacher", "director", "officer", "specialist", "assistant", "software", "data", "project",
            "product", "sales", "marketing", "page", "architect", "scientist", "accountant", "student", "intern");

    String redact(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        Optional<String> name = findName(lines);
        List<String> out = new ArrayList<>(lines.size());
        boolean previousHadAddress = false;
        for (String line : lines) {
            String r = line;
            Matcher labelled = LABELLED.matcher(r);
            if (labelled.matches()) {
                String label = labelled.group(1).toLowerCase(Locale.ROOT);
                if (label.startsWith("name") || label.equals("navn")) {
                    name = name.or(() -> Optional.of(labelled.group(2).strip()));
                }
                r = r.substring(0, labelled.start(2)) + "[REDACTED]";
            }
            if (name.isPresent()) {
                r = replaceName(r, name.get());
            }
            r = EMAIL.matcher(r).replaceAll(P_EMAIL);
            r = URL.matcher(r).replaceAll(P_URL);
            r = PHONE.matcher(r).replaceAll(P_PHONE);
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

    /** The name heading: among the first few lines, the first that reads like 2–4 capitalised words and nothing else. */
    static Optional<String> findName(List<String> lines) {
        int seen = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (++seen > 4) {
                break;
            }
            String[] words = line.split("\\s+");
            if (line.length() > 50 || words.length < 2 || words.length > 5 || line.matches(".*[\\d@/|:,].*")) {
                continue;
            }
            boolean allNameWords = true;
            int nameWords = 0;
            for (String w : words) {
                if (PARTICLES.contains(w)) {
                    continue;
                }
                nameWords++;
                if (!NAME_WORD.matcher(w).matches() || NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
                    allNameWords = false;
                    break;
                }
            }
            if (allNameWords && nameWords >= 2) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** The full name anywhere, and the surname alone (as in "Mr Hansen" or a reference to oneself). */
    private static String replaceName(String line, String name) {
        String[] parts = name.split("\\s+");
        String words = String.join("\\s+", java.util.Arrays.stream(parts).map(Pattern::quote).toList());
        String r = Pattern.compile("(?iu)\\b" + words + "\\b").matcher(line).replaceAll(P_NAME);
        String surname = parts[parts.length - 1];
        if (surname.length() >= 3) {
            r = Pattern.compile("(?u)\\b" + Pattern.quote(surname) + "\\b").matcher(r).replaceAll(P_NAME);
        }
        return r;
    }
}
