package dev.aiproof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

/**
 * Tells English from Norwegian (and its neighbours) in a report's texts, independently of the service's own
 * detector settings: a sentence long enough to tell whose most likely language is English counts as English.
 */
public final class LanguageCheck {

    /** Shorter texts (a task title, a skill name) carry too few n-grams to judge on their own. */
    public static final int MIN_LETTERS = 25;

    private static final LanguageDetector DETECTOR = detector();
    private static final TextObjectFactory TEXTS = CommonTextObjectFactories.forDetectingOnLargeText();

    private LanguageCheck() {
    }

    public static boolean isEnglish(String text) {
        if (text == null || text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return false;
        }
        List<DetectedLanguage> ranked = DETECTOR.getProbabilities(TEXTS.forText(text));
        return !ranked.isEmpty() && ranked.getFirst().getLocale().getLanguage().equals("en");
    }

    /** A sentence long enough to tell whose most likely language is Norwegian (or Danish, its near twin). */
    public static boolean isNorwegian(String text) {
        if (text == null || text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return false;
        }
        List<DetectedLanguage> ranked = DETECTOR.getProbabilities(TEXTS.forText(text));
        return !ranked.isEmpty() && List.of("no", "da").contains(ranked.getFirst().getLocale().getLanguage());
    }

    /** Texts quoted from the CV or named by their owners (skills, sources), not written by us in a language. */
    private static final java.util.Set<String> NOT_OUR_WORDS = java.util.Set.of("evidence", "matchedTitle", "sources",
            "model", "promptVersion", "fallbackReason", "id", "soc", "band", "level", "riskEffect", "effect",
            "exposure",
            "kind", "taxonomyVersion", "language", "name");

    /** Every text of ours in a report (as JSON) that reads as English, with where it is. */
    public static List<String> englishTexts(tools.jackson.databind.JsonNode report) {
        List<String> found = new java.util.ArrayList<>();
        walk("", report, found, LanguageCheck::isEnglish);
        return found;
    }

    /** Every text of ours in a report that reads as Norwegian (or Danish), with where it is. */
    public static List<String> norwegianTexts(tools.jackson.databind.JsonNode report) {
        List<String> found = new java.util.ArrayList<>();
        // short English titles ("Design databases and data models") read as Danish too often to judge alone
        walk("", report, found, t -> t.codePoints().filter(Character::isLetter).count() >= 2 * MIN_LETTERS
                && isNorwegian(t));
        return found;
    }

    private static void walk(String path, tools.jackson.databind.JsonNode node, List<String> found,
            java.util.function.Predicate<String> wrong) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                if (!NOT_OUR_WORDS.contains(field.getKey())) {
                    walk(path + "." + field.getKey(), field.getValue(), found, wrong);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", node.get(i), found, wrong);
            }
        } else if (node.isString() && wrong.test(node.asString())) {
            found.add(path + ": " + node.asString());
        }
    }

    private static LanguageDetector detector() {
        try {
            return LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readBuiltIn(
                            List.of(LdLocale.fromString("en"), LdLocale.fromString("no"), LdLocale.fromString("da"),
                                    LdLocale.fromString("sv"), LdLocale.fromString("de"))))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
