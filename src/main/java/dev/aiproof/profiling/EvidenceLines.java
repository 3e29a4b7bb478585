package dev.aiproof.profiling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Splits a CV into lines and bullets and tells which section each one belongs to. */
final class EvidenceLines {

    private static final Pattern BULLET_START = Pattern.compile("^[\\s•·▪●◦■□➢►▶✓✔*\\-–—]+\\s*");
    private static final Pattern INLINE_BULLETS = Pattern.compile("\\s+[•·▪●◦■]\\s+");
    private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u2007\\u2009\\u200A\\u202F\\t]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}+#.'’-]*");

    /** Headings people use for CV sections, English and Norwegian, mapped to our section kinds. */
    private static final Map<String, String> HEADINGS = Map.ofEntries(
            Map.entry("experience", "experience"), Map.entry("work experience", "experience"),
            Map.entry("professional experience", "experience"), Map.entry("employment", "experience"),
            Map.entry("employment history", "experience"), Map.entry("work history", "experience"),
            Map.entry("career history", "experience"), Map.entry("relevant experience", "experience"),
            Map.entry("arbeidserfaring", "experience"), Map.entry("erfaring", "experience"),
            Map.entry("yrkeserfaring", "experience"), Map.entry("praksis", "experience"),
            Map.entry("education", "education"), Map.entry("education and training", "education"),
            Map.entry("academic background", "education"), Map.entry("qualifications", "education"),
            Map.entry("utdanning", "education"), Map.entry("utdannelse", "education"),
            Map.entry("certifications", "education"), Map.entry("certificates", "education"),
            Map.entry("courses", "education"), Map.entry("kurs", "education"),
            Map.entry("kurs og sertifiseringer", "education"), Map.entry("sertifiseringer", "education"),
            Map.entry("skills", "skills"), Map.entry("technical skills", "skills"), Map.entry("key skills", "skills"),
            Map.entry("core skills", "skills"), Map.entry("competencies", "skills"), Map.entry("tools", "skills"),
            Map.entry("skills and tools", "skills"), Map.entry("ferdigheter", "skills"), Map.entry("kompetanse", "skills"),
            Map.entry("nøkkelkompetanse", "skills"), Map.entry("summary", "summary"), Map.entry("profile", "summary"),
            Map.entry("professional summary", "summary"), Map.entry("about me", "summary"), Map.entry("about", "summary"),
            Map.entry("objective", "summary"), Map.entry("profil", "summary"), Map.entry("sammendrag", "summary"),
            Map.entry("om meg", "summary"), Map.entry("languages", "other"), Map.entry("språk", "other"),
            Map.entry("references", "other"), Map.entry("referanser", "other"), Map.entry("interests", "other"),
            Map.entry("interesser", "other"), Map.entry("hobbies", "other"), Map.entry("volunteering", "other"),
            Map.entry("frivillig arbeid", "other"), Map.entry("projects", "experience"), Map.entry("prosjekter", "experience"),
            Map.entry("publications", "other"), Map.entry("awards", "other"), Map.entry("personal details", "other"),
            Map.entry("personalia", "other"), Map.entry("contact", "other"), Map.entry("kontakt", "other"));

    private EvidenceLines() {
    }

    static List<EvidenceLine> split(String text) {
        List<EvidenceLine> lines = new ArrayList<>();
        String section = "headline";
        for (String raw : text.lines().toList()) {
            for (String part : INLINE_BULLETS.split(raw)) {
                String stripped = BULLET_START.matcher(part).replaceFirst("").strip();
                if (stripped.isEmpty() || WORD.matcher(stripped).results().findAny().isEmpty()) {
                    continue;
                }
                // PDFs (LinkedIn's among them) space with NBSP and thin spaces; matching should not care
                String lower = SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ");
                String heading = heading(lower);
                if (heading != null) {
                    section = heading;
                }
                lines.add(new EvidenceLine(lines.size(), stripped, lower, heading != null ? "heading" : section,
                        (int) WORD.matcher(stripped).results().count()));
            }
        }
        return List.copyOf(lines);
    }

    static String heading(String lower) {
        String key = lower.replaceAll("[:.]+$", "").strip();
        return key.length() > 40 ? null : HEADINGS.get(key);
    }
}
