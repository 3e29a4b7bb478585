package dev.aiproof.profiling.offline;

import java.util.List;
import java.util.Map;

/**
 * The practitioner of a field of study, so that a learner's degree names the occupation they train for: "Aerospace
 * Engineering" is studied by aerospace engineers, "Nutrition and Dietetics" by dietitians, "psykologi" by psykologer.
 * English and Norwegian word formation (engineering → engineer, -ology → -ologist, -logi → -log, -fag → the trade),
 * and the few fields whose practitioner is another word (law → lawyer, sykepleie → sykepleier). The published data
 * has no crosswalk from fields of study to occupations we could use (CIP–SOC is not among the anchors), so this
 * is our rule; it is only applied to the degree and statement of a learner (see {@link Applicant}).
 */
final class FieldOfStudy {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("law", "lawyer"), Map.entry("nursing", "nurse"), Map.entry("dietetics", "dietitian"),
            Map.entry("nutrition", "nutritionist"), Map.entry("pharmacy", "pharmacist"),
            Map.entry("medicine", "physician"),
            Map.entry("dentistry", "dentist"), Map.entry("midwifery", "midwife"),
            Map.entry("accountancy", "accountant"),
            Map.entry("accounting", "accountant"), Map.entry("architecture", "architect"),
            Map.entry("economics", "economist"),
            Map.entry("journalism", "journalist"), Map.entry("physiotherapy", "physiotherapist"),
            Map.entry("horticulture", "horticulturist"), Map.entry("animation", "animator"),
            Map.entry("translation", "translator"), Map.entry("statistics", "statistician"),
            Map.entry("mathematics", "mathematician"), Map.entry("chemistry", "chemist"),
            Map.entry("physics", "physicist"),
            Map.entry("photography", "photographer"), Map.entry("cartography", "cartographer"),
            Map.entry("surveying", "surveyor"), Map.entry("geography", "geographer"), Map.entry("teaching", "teacher"),
            Map.entry("radiography", "radiographer"), Map.entry("optometry", "optometrist"),
            Map.entry("jus", "jurist"), Map.entry("rettsvitenskap", "jurist"), Map.entry("sykepleie", "sykepleier"),
            Map.entry("vernepleie", "vernepleier"), Map.entry("farmasi", "farmasøyt"), Map.entry("økonomi", "økonom"),
            Map.entry("informatikk", "utvikler"), Map.entry("ergoterapi", "ergoterapeut"),
            Map.entry("fysioterapi", "fysioterapeut"), Map.entry("journalistikk", "journalist"),
            Map.entry("barnevern", "barnevernspedagog"));

    /** Suffix rules, tried in order: a field ending in the first is practised by one ending in the second. */
    private static final List<String[]> SUFFIXES = List.of(
            new String[] {"engineering", "engineer"}, new String[] {"ology", "ologist"},
            new String[] {"science", "scientist"},
            new String[] {"design", "designer"}, new String[] {"therapy", "therapist"},
            new String[] {"planning", "planner"},
            new String[] {"management", "manager"}, new String[] {"ingeniørfag", "ingeniør"},
            new String[] {"logi", "log"},
            new String[] {"planlegging", "planlegger"}, new String[] {"økonomi", "økonom"},
            new String[] {"terapi", "terapeut"}, new String[] {"fag", ""});

    /** A degree's field says less than a role the person names: it weighs half as much. */
    static final double WEIGHT = 0.5;

    /** A line that names a degree or a learner: its field is what they study, unlike a list of modules. */
    static final java.util.regex.Pattern DEGREE = java.util.regex.Pattern.compile(
            "\\b(?:bachelor|bachelor's|master|master's|bsc|msc|meng|beng|ba|ma|mba|phd|b\\.sc|m\\.sc|b\\.s|m\\.s|"
                    + "degree|diploma|hnd|hnc|btec|foundation degree|\\p{L}*student|graduate|undergraduate|studying|"
                    + "studerer|studium|årsstudium|fagbrev|vg[123]|lærling|apprentice)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    private FieldOfStudy() {
    }

    /** The practitioner's word for a field's word (lower case, singular), or null when it names no field. */
    static String practitioner(String field) {
        String irregular = IRREGULAR.get(field);
        if (irregular != null) {
            return irregular;
        }
        for (String[] rule : SUFFIXES) {
            if (field.endsWith(rule[0]) && field.length() >= rule[0].length() + (rule[1].isEmpty() ? 4 : 0)) {
                return field.substring(0, field.length() - rule[0].length()) + rule[1];
            }
        }
        return null;
    }
}
