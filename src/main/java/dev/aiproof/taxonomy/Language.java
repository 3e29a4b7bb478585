package dev.aiproof.taxonomy;

import java.util.Locale;
import java.util.Optional;

/** The languages a report is written in. Every text a person reads exists in each of them. */
public enum Language {
    EN("en", Locale.ENGLISH),
    NB("nb", Locale.forLanguageTag("nb-NO"));

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The ISO 639-1 code used in the API and the report JSON: en, nb. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * An occupation's title inside a sentence: English keeps its capitals ("for Software Developers"), Norwegian
     * writes occupations in lower case ("for en sykepleier").
     */
    public String inSentence(String title) {
        return this == EN || title == null || title.isEmpty()
                ? title
                : title.substring(0, 1).toLowerCase(locale) + title.substring(1);
    }

    /** en and nb, and the codes people also use for Norwegian bokmål (no, nb-NO, nn falls back to bokmål). */
    public static Optional<Language> of(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        String primary = c.contains("-") ? c.substring(0, c.indexOf('-')) : c;
        return switch (primary) {
            case "en" -> Optional.of(EN);
            case "nb", "no", "nn" -> Optional.of(NB);
            default -> Optional.empty();
        };
    }

    /** The language of a locale, English when it is neither. */
    public static Language of(Locale locale) {
        return locale == null ? EN : of(locale.getLanguage()).orElse(EN);
    }
}
