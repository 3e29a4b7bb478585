package dev.aiproof.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalises extracted text: Unicode NFKC (which also splits ligatures such as ﬁ), soft hyphens, odd dashes,
 * invisible and icon-font characters, the runs of tabs and spaces that Word-on-Mac PDFs put between words,
 * running headers and footers that repeat on most pages, and page numbers.
 */
final class TextCleaner {

    // "Page 2 of 5", "Side 2 av 3", "Seite 1/3", "- 4 -", "3": a bare number only up to three digits, so years stay
    private static final Pattern PAGE_NUMBER = Pattern
            .compile("(?iu)^[-–—\\s]*(?:(?:page|side|seite|página|pagina|sida|sivu|页)"
                    + "\\s*\\d{1,4}(?:\\s*(?:of|/|av|von|de|af|di)\\s*\\d{1,4})?|\\d{1,3}(?:\\s*(?:of|/|av|von|de|af|di)\\s*\\d{1,3})?)[-–—\\s]*$");
    private static final Pattern PAGE_WORD = Pattern.compile("(?iu)\\b(page|side|seite|página|pagina|sida|sivu)\\b");
    private static final Pattern INVISIBLE = Pattern
            .compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF\\p{Co}\\p{Cs}\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");
    private static final Pattern HYPHENS = Pattern.compile("[\\u2010\\u2011\\u2012\\u2043\\u2212\\uFE63\\uFF0D]");
    private static final Pattern DOUBLED_HYPHEN = Pattern.compile("(?<=[\\p{L}\\p{N}])-{2,}(?=[\\p{L}\\p{N}])");
    private static final Pattern SPACES = Pattern.compile("[\\t \\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MD_MARKS = Pattern.compile("^(#{1,6}\\s+|>\\s*)|\\*\\*|__|`");

    private TextCleaner() {
    }

    /**
     * @param raw      text with {@code \f} between pages
     * @param fromPdf  a lone carriage return inside a PDF line is spacing, in a text file a line break
     * @param markdown strip Markdown markup
     */
    static String clean(String raw, boolean fromPdf, boolean markdown) {
        return String.join("\n", cleanPages(raw, fromPdf, markdown)).strip();
    }

    /** As {@link #clean}, page by page. */
    static List<String> cleanPages(String raw, boolean fromPdf, boolean markdown) {
        String text = raw.replace("\r\n", "\n").replace('\r', fromPdf ? ' ' : '\n');
        text = INVISIBLE.matcher(text).replaceAll("");
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        text = HYPHENS.matcher(text).replaceAll("-");
        text = DOUBLED_HYPHEN.matcher(text).replaceAll("-"); // "on-\u2010campus" once the soft hyphen became '-'

        String[] pages = text.split("\f", -1);
        List<List<String>> pageLines = new ArrayList<>();
        for (String page : pages) {
            List<String> lines = new ArrayList<>();
            for (String line : page.split("\n", -1)) {
                String l = SPACES.matcher(line).replaceAll(" ").strip();
                if (markdown) {
                    l = MD_MARKS.matcher(MD_LINK.matcher(l).replaceAll("$1")).replaceAll("").strip();
                    if (l.matches("[-*_=]{3,}")) {
                        l = "";
                    }
                }
                lines.add(l);
            }
            pageLines.add(lines);
        }
        removeRunningLines(pageLines);
        List<String> result = new ArrayList<>();
        for (List<String> lines : pageLines) {
            StringBuilder out = new StringBuilder();
            boolean blank = true;
            for (String l : lines) {
                // a lone bracket is what Tika leaves around a Word VML text box
                if (l.isEmpty() || PAGE_NUMBER.matcher(l).matches() || l.equals("(") || l.equals(")")) {
                    if (!blank) {
                        out.append('\n');
                        blank = true;
                    }
                    continue;
                }
                out.append(l).append('\n');
                blank = false;
            }
            if (!out.toString().isBlank()) {
                result.add(out.toString().strip());
            }
        }
        return result;
    }

    /** Lines near the top or bottom of a page that recur (digits aside) on at least half of 3+ pages. */
    private static void removeRunningLines(List<List<String>> pages) {
        List<List<String>> real = pages.stream().filter(p -> p.stream().anyMatch(l -> !l.isEmpty())).toList();
        if (real.size() < 3) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (List<String> page : real) {
            edges(page).stream().map(TextCleaner::key).distinct().forEach(k -> seen.merge(k, 1, Integer::sum));
        }
        for (List<String> page : real) {
            for (String l : edges(page)) {
                if (seen.getOrDefault(key(l), 0) * 2 >= real.size()) {
                    page.set(page.indexOf(l), "");
                }
            }
        }
    }

    private static List<String> edges(List<String> page) {
        List<String> nonBlank = page.stream().filter(l -> !l.isEmpty()).toList();
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < nonBlank.size(); i++) {
            if (i < 2 || i >= nonBlank.size() - 2) {
                edges.add(nonBlank.get(i));
            }
        }
        return edges;
    }

    /** Digits are ignored only in lines that name a page ("Jane Doe - CV - Page 3"), so that content lines stay apart. */
    private static String key(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return PAGE_WORD.matcher(lower).find() ? lower.replaceAll("\\d+", "#") : lower;
    }
}
