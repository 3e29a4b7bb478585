package dev.aiproof.profiling.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The roles a person seeks or trains for, read from the title index in the words people use for them: the role
 * after "seeking" or "søker … som", the field of a place sought or held ("marketing internship", "HR Trainee"), a
 * Norwegian trade ("lærling i tømrerfaget") and a degree's field ("MEng Aerospace Engineering"). Their hits are
 * marked as sought, so that the ranking weighs them as a learner's occupation.
 */
final class SoughtRoles {

    private final TitleMatcher titles;

    SoughtRoles(TitleMatcher titles) {
        this.titles = titles;
    }

    /** The field of a place sought or held ({@link SoughtField}): sought when the person says it at the top. */
    void placeField(EvidenceLine line, boolean top, List<TitleMatcher.Hit> out) {
        SoughtField.in(line.text(), k -> titles.entries(k) != null)
                .ifPresent(f -> titles.entries(f.key()).forEach(e -> out.add(
                        new TitleMatcher.Hit(e.soc(), e.title(), line, f.start(), f.end(), false, e.weight(), true,
                                top))));
    }

    /** A Norwegian trade ("lærling i helsearbeiderfaget", "fagbrev i tømrerfaget"): the trade names its title. */
    private static final Pattern TRADE = Pattern.compile(
            "\\b(?:lærling|lærekandidat|fagbrev|svennebrev|fagprøve)\\s+(?:(?:i|som)\\s+)?"
                    + "((?:\\p{L}+-?\\s+og\\s+)?\\p{L}+?)-?faget\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private static final List<String> TRADE_WORKERS = List.of("r", "er", "mekaniker", "arbeider", "operatør", "montør",
            "tekniker");

    /**
     * The title of a Norwegian trade is its name without "-faget" ("tømrerfaget": tømrer), and a trade named for its
     * workers takes the form of the certificate's title ("helsearbeiderfaget": helsefagarbeider).
     */
    void trade(EvidenceLine line, List<TitleMatcher.Hit> out) {
        java.util.regex.Matcher m = TRADE.matcher(line.text());
        while (m.find()) {
            String stem = m.group(1).toLowerCase(Locale.ROOT);
            List<String> forms = new ArrayList<>(List.of(stem));
            if (stem.endsWith("arbeider")) {
                forms.add(stem.substring(0, stem.length() - "arbeider".length()) + "fagarbeider");
            }
            // a trade named for its work rather than its workers: "bilfaget" trains a bilmekaniker, "sveisefaget" a
            // sveiser, "betongfaget" a betongarbeider
            for (String worker : TRADE_WORKERS) {
                forms.add(stem + worker);
            }
            for (String form : forms) {
                List<TitleMatcher.Entry> entries = titles.entries(TitleWords.normal(form));
                if (entries != null) {
                    entries.forEach(
                            e -> out.add(new TitleMatcher.Hit(e.soc(), e.title(), line, m.start(1), m.end(), false,
                                    e.weight(),
                                    true, true)));
                    break;
                }
            }
        }
    }

    /** A field of study and up to two words before it ("Civil and Environmental Engineering"). */
    private static final int FIELD_WORDS_BEFORE = 2;

    /**
     * A field of study read as its practitioner ("MEng Aerospace Engineering": aerospace engineer), so that a learner's
     * degree names the occupation they train for. Counted as a role sought (see {@link FieldOfStudy}).
     */
    void field(EvidenceLine line, List<TitleMatcher.Hit> out) {
        List<TitleWords.Word> words = TitleWords.words(line.text());
        for (int i = 0; i < words.size(); i++) {
            String practitioner = FieldOfStudy.practitioner(words.get(i).form());
            if (practitioner == null) {
                continue;
            }
            for (int k = Math.min(FIELD_WORDS_BEFORE, i); k >= 0; k--) {
                StringBuilder key = new StringBuilder();
                for (int w = i - k; w < i; w++) {
                    key.append(words.get(w).form()).append(' ');
                }
                List<TitleMatcher.Entry> entries = titles.entries(key + TitleWords.form(practitioner));
                if (entries != null) {
                    int start = words.get(i - k).start();
                    int end = words.get(i).end();
                    entries.forEach(e -> out.add(new TitleMatcher.Hit(e.soc(), e.title(), line, start, end, false,
                            e.weight() * FieldOfStudy.WEIGHT, true, true)));
                    break;
                }
            }
        }
    }

    /** "… som", "as a", "als", "comme": what follows names the role sought. */
    private static final Pattern AS = Pattern.compile("\\b(?:som|as an?|as|als|comme|en tant que)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CLAUSE_END = Pattern.compile("[.;!?]\\s|[.;!?]$|\\s[–—]\\s");
    private static final int SOUGHT_WORDS_AFTER_AS = 2;

    /**
     * The role a person says they look for ("søker første jobb som arealplanlegger i kommune", "seeking a role as a
     * junior data analyst", "looking for a graduate software engineer position"): a title after "som"/"as", or a
     * title of two words or more anywhere in the clause after the verb of seeking.
     */
    void sought(EvidenceLine line, List<TitleMatcher.Hit> out) {
        java.util.regex.Matcher seeking = Applicant.SEEKING.matcher(line.text());
        if (!seeking.find()) {
            return;
        }
        int from = seeking.end();
        java.util.regex.Matcher end = CLAUSE_END.matcher(line.text());
        int to = end.find(from) ? end.start() : line.text().length();
        String clause = line.text().substring(from, to);
        List<TitleWords.Word> words = TitleWords.words(clause);
        List<Integer> afterAs = new ArrayList<>();
        java.util.regex.Matcher as = AS.matcher(clause);
        while (as.find()) {
            for (int w = 0; w < words.size(); w++) {
                if (words.get(w).start() >= as.end()) {
                    afterAs.add(w);
                    break;
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            int word = i;
            boolean named = afterAs.stream().anyMatch(a -> word >= a && word - a <= SOUGHT_WORDS_AFTER_AS);
            StringBuilder key = new StringBuilder();
            for (int n = 0; n < TitleMatcher.MAX_WORDS && i + n < words.size(); n++) {
                key.append(n == 0 ? "" : " ").append(words.get(i + n).form());
                List<TitleMatcher.Entry> entries = titles.entries(key.toString());
                if (entries != null && (n > 0 || named)) {
                    for (TitleMatcher.Entry e : entries) {
                        out.add(new TitleMatcher.Hit(e.soc(), e.title(), line, from + words.get(i).start(),
                                from + words.get(i + n).end(),
                                false, e.weight(), true, true));
                    }
                }
            }
            if (named && titles.entries(words.get(i).form()) == null) {
                List<TitleMatcher.Hit> compounds = new ArrayList<>();
                titles.compound(line, words.get(i), false, compounds);
                compounds.forEach(h -> out
                        .add(new TitleMatcher.Hit(h.soc(), h.title(), line, from + h.start(), from + h.end(), true,
                                h.weight(), true, true)));
            }
        }
    }
}
