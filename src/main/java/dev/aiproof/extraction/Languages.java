package dev.aiproof.extraction;

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
 * The language a CV is written in, by the n-gram detector that Tika's language module wraps (Optimaize; the Tika
 * module itself is not served by the registry here). Only languages CVs come in are loaded: fewer profiles load
 * faster, and Danish and Swedish stay in so that a Norwegian CV has to beat its neighbours, not merely English.
 */
final class Languages {

    private static final List<String> CANDIDATES = List.of("en", "no", "da", "sv", "de", "fr", "nl", "es", "it", "pt",
            "pl", "fi", "ja", "zh-CN");
    /** Below this probability the text is too short or too mixed to say. */
    private static final double MIN_PROBABILITY = 0.5;
    /** A few words (a skills line) are no language at all. */
    private static final int MIN_LETTERS = 20;

    private Languages() {
    }

    /** ISO 639-1 code ("en", "nb" for Norwegian, "de"…), or "und" when there is too little to tell. */
    static String detect(String text) {
        if (text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return "und";
        }
        List<DetectedLanguage> ranked = Holder.DETECTOR.getProbabilities(Holder.TEXTS.forText(text));
        if (ranked.isEmpty() || ranked.getFirst().getProbability() < MIN_PROBABILITY) {
            return "und";
        }
        String code = ranked.getFirst().getLocale().getLanguage();
        return code.equals("no") ? "nb" : code;
    }

    /** Loaded on first use: the profiles take a moment and the command line may never need them. */
    private static final class Holder {
        static final TextObjectFactory TEXTS = CommonTextObjectFactories.forDetectingOnLargeText();
        static final LanguageDetector DETECTOR = build();

        private static LanguageDetector build() {
            try {
                return LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readBuiltIn(
                                CANDIDATES.stream().map(LdLocale::fromString).toList()))
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the language profiles", e);
            }
        }
    }
}
