package dev.aiproof.profiling.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SOC 2018 tells school teachers apart by the level they teach, not by their title: a "teacher", "lærer" or
 * "lektor" is a preschool, elementary, middle or secondary school teacher by the school named where they work. So
 * when the best occupation is one of these, the level of school in the most recent work line that names one
 * decides between them. English and Norwegian school names, mapped by SOC's own definitions (elementary: grades
 * 1–5 or 1–6, Norwegian barnetrinn 1–7; middle: 6–8, ungdomstrinn 8–10; secondary: 9–12, videregående; adults:
 * adult basic education and second-language teaching, Norwegian voksenopplæring).
 */
final class SchoolLevel {

    private static final Map<String, Pattern> LEVELS = new LinkedHashMap<>();
    private static final Pattern POSTSECONDARY;
    /** Education administrators by the same rule: childcare and preschool, schools, and colleges and universities. */
    private static final Map<String, String> ADMINISTRATORS = Map.of("25-2011", "11-9031", "25-2021", "11-9032",
            "25-2022", "11-9032", "25-2031", "11-9032", "post", "11-9033");

    static {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS;
        LEVELS.put("25-2011", Pattern.compile(
                "\\b(?:pre-?school|pre-?k|pre-?kindergarten|nursery school|barnehage\\p{L}*|førskole\\p{L}*)\\b",
                flags));
        LEVELS.put("25-2021", Pattern.compile("\\b(?:elementary school|primary school|grade school|barneskole\\p{L}*|"
                + "barnetrinn\\p{L}*|småtrinn\\p{L}*|mellomtrinn\\p{L}*|\\p{L}*barneskole)\\b", flags));
        LEVELS.put("25-2022", Pattern.compile("\\b(?:middle school|junior high|intermediate school|ungdomsskole\\p{L}*|"
                + "ungdomstrinn\\p{L}*|\\p{L}*ungdomsskole)\\b", flags));
        // English secondary schools teach GCSEs and A levels, years 10 to 13 of an 11–18 school
        LEVELS.put("25-2031", Pattern.compile("\\b(?:high school|secondary school|senior high|sixth form|"
                + "upper secondary|videregående|vgs|\\p{L}*gymnas(?:ium)?|gcses?|a[- ]levels?|key stage [45]|ks[45]|"
                + "year 1[0-3]|11\\s*[–-]\\s*1[68])\\b", flags));
        POSTSECONDARY = Pattern.compile("\\b(?:university|college|polytechnic|universitet\\p{L}*|høgskole\\p{L}*|"
                + "høyskole\\p{L}*|fagskole\\p{L}*|\\p{L}*universitetet|\\p{L}*høgskolen|\\p{L}*høyskolen)\\b", flags);
        LEVELS.put("25-3011", Pattern.compile("\\b(?:adult (?:basic |secondary )?education|adult learners|esol|"
                + "voksenopplæring\\p{L}*|norsk for voksne|norskopplæring\\p{L}*|introduksjonsprogram\\p{L}*)\\b",
                flags));
    }

    private SchoolLevel() {
    }

    /**
     * The teacher or education administrator occupation of the school level the person works at now, when the
     * ranking's first is one of them.
     */
    static Optional<String> of(OfflineDocument doc, String top) {
        if (ADMINISTRATORS.containsValue(top)) {
            return administrator(doc);
        }
        if (!LEVELS.containsKey(top)) {
            return Optional.empty();
        }
        for (EvidenceLine line : doc.lines()) {
            if ("education".equals(line.section()) || "other".equals(line.section())) {
                continue;
            }
            List<String> named = new ArrayList<>();
            LEVELS.forEach((soc, pattern) -> {
                if (pattern.matcher(line.text()).find()) {
                    named.add(soc);
                }
            });
            // "1–10 school" (barne- og ungdomsskole) names two levels: it does not decide
            if (named.size() == 1) {
                return Optional.of(named.getFirst());
            }
        }
        return Optional.empty();
    }

    /** A rektor's or principal's school level, read as for teachers, with colleges and universities added. */
    private static Optional<String> administrator(OfflineDocument doc) {
        for (EvidenceLine line : doc.lines()) {
            if ("education".equals(line.section()) || "other".equals(line.section())) {
                continue;
            }
            java.util.Set<String> named = new java.util.TreeSet<>();
            LEVELS.forEach((soc, pattern) -> {
                if (ADMINISTRATORS.containsKey(soc) && pattern.matcher(line.text()).find()) {
                    named.add(ADMINISTRATORS.get(soc));
                }
            });
            if (POSTSECONDARY.matcher(line.text()).find()) {
                named.add(ADMINISTRATORS.get("post"));
            }
            if (named.size() == 1) {
                return Optional.of(named.iterator().next());
            }
        }
        return Optional.empty();
    }
}
