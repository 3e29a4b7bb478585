package dev.aiproof.profiling.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.aiproof.extraction.Headings;

/** Splits a CV into lines and bullets and tells which section each one belongs to. */
final class EvidenceLines {

    private static final Pattern BULLET_START = Pattern.compile("^[\\s•·▪●◦■□➢►▶✓✔*\\-–—]+\\s*");
    private static final Pattern INLINE_BULLETS = Pattern.compile("\\s+[•·▪●◦■]\\s+");
    private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u2007\\u2009\\u200A\\u202F\\t]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}+#.'’-]*");

    /** Extraction's section kinds, as profiling reads them: projects are work, certificates are schooling. */
    private static final Map<String, String> KINDS = Map.of("summary", "summary", "experience", "experience",
            "projects", "experience", "education", "education", "certifications", "education", "skills", "skills",
            "languages", "other", "other", "other");
    /**
     * A wrapped line goes on with a lower-case word after a long line (one that filled the width) that did not end
     * a sentence; a short title line followed by a lower-case line is two lines.
     */
    private static final int WRAPPED_WIDTH = 50;
    private static final Pattern CONTINUES = Pattern.compile("^\\p{Ll}");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:;]$");

    private EvidenceLines() {
    }

    static List<EvidenceLine> split(String text) {
        List<EvidenceLine> lines = new ArrayList<>();
        String section = "headline";
        for (String raw : text.lines().toList()) {
            for (String part : INLINE_BULLETS.split(raw)) {
                boolean bullet = BULLET_START.matcher(part).lookingAt() && !part.isBlank()
                        && !Character.isLetterOrDigit(part.strip().codePointAt(0));
                String stripped = BULLET_START.matcher(part).replaceFirst("").strip();
                if (stripped.isEmpty() || WORD.matcher(stripped).results().findAny().isEmpty()) {
                    continue;
                }
                EvidenceLine previous = lines.isEmpty() ? null : lines.getLast();
                if (!bullet && previous != null && !"heading".equals(previous.section())
                        && previous.text().length() >= WRAPPED_WIDTH
                        && CONTINUES.matcher(stripped).find() && !ENDS_SENTENCE.matcher(previous.text()).find()) {
                    // a PDF broke the sentence: the bullet is the evidence, not half of it
                    String joined = previous.text() + " " + stripped;
                    lines.set(lines.size() - 1, new EvidenceLine(previous.index(), joined,
                            SPACES.matcher(joined.toLowerCase(Locale.ROOT)).replaceAll(" "), previous.section(),
                            (int) WORD.matcher(joined).results().count()));
                    continue;
                }
                // PDFs (LinkedIn's among them) space with NBSP and thin spaces; matching should not care
                String lower = SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ");
                String heading = heading(stripped);
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
        return Headings.kind(lower).map(KINDS::get).orElse(null);
    }
}
