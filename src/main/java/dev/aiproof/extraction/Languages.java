package dev.aiproof.extraction;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language from stop words and script. Tika's language detector is not in the standard parser
 * package, and a CV has enough function words for this to work for the languages we serve.
 */
final class Languages {

    private static final Map<String, Set<String>> STOP_WORDS = new LinkedHashMap<>();

    static {
        STOP_WORDS.put("en", words("the and of to in for with on at from by an as is was are my our i we responsible years"));
        STOP_WORDS.put("nb", words("og i på til med for av som er det en et jeg har ble fra om ved hos mitt min erfaring ansvar"));
        STOP_WORDS.put("de", words("und der die das den dem des mit für von zu im bei ich ist auf als eine einer sowie"));
        STOP_WORDS.put("sv", words("och att för med på av som är det en ett jag har vid från inom mitt ansvar"));
        STOP_WORDS.put("da", words("og at på til med for af som er det en et jeg har ved fra hos mit min ansvar"));
        STOP_WORDS.put("nl", words("en de het van een met voor op in bij als ik is zijn mijn"));
        STOP_WORDS.put("fr", words("et le la les de des du en pour avec dans au aux une un je est sur par"));
        STOP_WORDS.put("es", words("y el la los las de del en para con por una un como es mi su"));
        STOP_WORDS.put("pt", words("e o a os as de do da dos das em para com por uma um como é meu"));
    }

    private static final Map<String, String> LETTERS = Map.of("de", "äöüß", "nb", "æøå", "da", "æøå", "sv", "äöå",
            "fr", "éèêàçœ", "es", "ñ¿¡", "pt", "ãõç");

    private Languages() {
    }

    private static Set<String> words(String s) {
        return new HashSet<>(Arrays.asList(s.split(" ")));
    }

    /** ISO 639-1 code, or "und" when there is too little to tell. */
    static String detect(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long kana = text.codePoints().filter(c -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
        }).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters > 0 && kana * 10 > letters) {
            return "ja";
        }
        if (letters > 0 && han * 5 > letters) {
            return "zh";
        }
        Map<String, Integer> hits = new LinkedHashMap<>();
        STOP_WORDS.keySet().forEach(k -> hits.put(k, 0));
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            STOP_WORDS.forEach((lang, set) -> {
                if (set.contains(w)) {
                    hits.merge(lang, 1, Integer::sum);
                }
            });
        }
        // letters only some of the languages use are evidence too (lorem-ipsum filler fools function words)
        LETTERS.forEach((lang, own) -> hits.merge(lang, (int) Math.min(10,
                text.codePoints().filter(c -> own.indexOf(Character.toLowerCase(c)) >= 0).count()), Integer::sum));
        String best = "und";
        int max = 4;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > max) {
                best = e.getKey();
                max = e.getValue();
            }
        }
        if (Set.of("nb", "da", "sv").contains(best) && text.codePoints().noneMatch(c -> "æøåÆØÅ".indexOf(c) >= 0)) {
            hits.remove("nb");
            hits.remove("da");
            hits.remove("sv");
            best = "und";
            max = 4;
            for (Map.Entry<String, Integer> e : hits.entrySet()) {
                if (e.getValue() > max) {
                    best = e.getKey();
                    max = e.getValue();
                }
            }
        }
        if (best.equals("da") || best.equals("nb")) {
            // Danish and Norwegian share most function words; these letters and words tell them apart
            String lower = text.toLowerCase(Locale.ROOT);
            int nb = count(lower, " ikke ") + count(lower, " også ") + count(lower, " hvor ") + count(lower, "erfaring") + count(lower, "utdanning");
            int da = count(lower, " ikke ") + count(lower, " også ") + count(lower, " hvor ") + count(lower, "erfaring") / 2
                    + count(lower, "uddannelse") * 2 + count(lower, " af ") + count(lower, "ansættelse");
            best = da > nb ? "da" : "nb";
        }
        return best;
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }
}
