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

    /**
     * The lines of an extracted CV in the sections extraction found, so that every stage reads a line as the same
     * section; a document whose sections do not hold its text line for line (a LinkedIn profile rebuilt from its
     * parts) is read by its headings instead.
     */
    static List<EvidenceLine> split(dev.aiproof.extraction.ExtractedDocument document) {
        List<String> raw = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (dev.aiproof.extraction.Section section : document.sections()) {
            if (!section.heading().isBlank()) {
                raw.add(section.heading());
                kinds.add("heading:" + KINDS.getOrDefault(section.kind(), "other"));
            }
            for (String line : section.text().split("\n")) {
                if (!line.isBlank()) {
                    raw.add(line);
                    kinds.add("headline".equals(section.kind())
                            ? "headline"
                            : KINDS.getOrDefault(section.kind(), "other"));
                }
            }
        }
        List<String> textLines = document.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (document.sections().isEmpty() || !textLines.equals(raw.stream().map(String::strip).toList())) {
            return split(document.text());
        }
        return split(raw, kinds);
    }

    static List<EvidenceLine> split(String text) {
        return split(text.lines().toList(), null);
    }

    /** @param kinds the section of each raw line ("heading:kind" for a heading), or null to find it by headings */
    private static List<EvidenceLine> split(List<String> rawLines, List<String> kinds) {
        List<EvidenceLine> lines = new ArrayList<>();
        String section = "headline";
        for (int r = 0; r < rawLines.size(); r++) {
            String raw = rawLines.get(r);
            String given = kinds == null ? null : kinds.get(r);
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
                String heading = given == null
                        ? heading(stripped)
                        : given.startsWith("heading:") ? given.substring("heading:".length()) : null;
                if (heading != null) {
                    section = heading;
                } else if (given != null) {
                    section = given;
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
