package dev.aiproof.profiling.offline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Job titles and CV lines in one normal form, so that "Sr. Claims Adjusters", "senior claims adjuster" and
 * "Claims Adjuster, Senior" meet: lower case, words split on anything but letters and digits, common
 * abbreviations written out, British spellings in their American form (the SOC and O*NET titles are American),
 * English and Norwegian plurals and gendered forms reduced to one form.
 */
final class TitleWords {

    /** A word of a line and where it stands in the original text. */
    record Word(String form, int start, int end) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("sr", "senior"),
            Map.entry("snr", "senior"), Map.entry("jr", "junior"), Map.entry("jnr", "junior"),
            Map.entry("mgr", "manager"),
            Map.entry("asst", "assistant"), Map.entry("assoc", "associate"), Map.entry("dept", "department"),
            Map.entry("admin", "administrator"), Map.entry("coord", "coordinator"), Map.entry("supv", "supervisor"),
            Map.entry("rep", "representative"), Map.entry("reps", "representative"), Map.entry("vp", "vice president"));

    /** British word beginnings and their American form: "draughtsperson" meets "drafter", "labourer" "laborer". */
    private static final List<Map.Entry<String, String>> SPELLINGS = List.of(Map.entry("draught", "draft"),
            Map.entry("labour", "labor"), Map.entry("programme", "program"), Map.entry("paediatr", "pediatr"),
            Map.entry("anaesth", "anesth"), Map.entry("orthopaed", "orthoped"), Map.entry("haemat", "hemat"),
            Map.entry("gynaecolog", "gynecolog"), Map.entry("colour", "color"), Map.entry("jeweller", "jeweler"),
            Map.entry("centre", "center"), Map.entry("theatre", "theater"), Map.entry("tyre", "tire"),
            Map.entry("mould", "mold"), Map.entry("cataloguer", "cataloger"));

    private TitleWords() {
    }

    static List<Word> words(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            String word = m.group();
            String expanded = ABBREVIATIONS.get(word);
            if (expanded != null && expanded.contains(" ")) {
                for (String part : expanded.split(" ")) {
                    words.add(new Word(part, m.start(), m.end()));
                }
            } else {
                words.add(new Word(form(expanded != null ? expanded : word), m.start(), m.end()));
            }
        }
        return words;
    }

    /** One title in normal form, words joined by single spaces; "manager, sales" reads as "sales manager". */
    static String normal(String title) {
        String text = title;
        int comma = title.indexOf(',');
        if (comma > 0 && title.indexOf(',', comma + 1) < 0 && title.substring(0, comma).strip().indexOf(' ') < 0) {
            text = title.substring(comma + 1) + " " + title.substring(0, comma);
        }
        StringBuilder out = new StringBuilder();
        for (Word w : words(text)) {
            out.append(out.isEmpty() ? "" : " ").append(w.form());
        }
        return out.toString();
    }

    /** Singular, ungendered form of one lower-case word. */
    static String form(String word) {
        String w = american(word);
        int n = w.length();
        if (n <= 3 || w.chars().anyMatch(Character::isDigit)) {
            return w;
        }
        if (w.endsWith("women") || w.endsWith("woman")) {
            return w.substring(0, n - 5) + "man";
        }
        if (w.endsWith("men") && n > 5) {
            return w.substring(0, n - 3) + "man";
        }
        if (w.endsWith("person") && n > 7) {
            return w.substring(0, n - 6) + "man";
        }
        // Norwegian: lærere → lærer, sykepleiersker → sykepleier, lærerinne → lærer
        if (w.endsWith("erske") || w.endsWith("ersker")) {
            return w.substring(0, w.lastIndexOf("erske") + 2);
        }
        if (w.endsWith("erinne") || w.endsWith("erinner")) {
            return w.substring(0, w.lastIndexOf("erinne") + 2);
        }
        if (w.endsWith("ere") && n > 5) {
            return w.substring(0, n - 1);
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && !w.endsWith("ics")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static String american(String w) {
        for (Map.Entry<String, String> spelling : SPELLINGS) {
            if (w.startsWith(spelling.getKey())) {
                return spelling.getValue() + w.substring(spelling.getKey().length());
            }
        }
        return w;
    }
}
