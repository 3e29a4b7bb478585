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

    public static boolean isNorwegianOrShort(String text) {
        if (text == null || text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return true;
        }
        List<DetectedLanguage> ranked = DETECTOR.getProbabilities(TEXTS.forText(text));
        return !ranked.isEmpty() && List.of("no", "da").contains(ranked.getFirst().getLocale().getLanguage());
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
