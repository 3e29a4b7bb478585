package dev.aiproof.intake;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import dev.aiproof.taxonomy.Language;

/**
 * The language of a page: a page about one assessment speaks the assessment's language (set by its controller);
 * any other follows Accept-Language, with no, nb and nn all meaning Norwegian bokmål and anything else English.
 * Registered as Spring MVC's {@code localeResolver}, so Thymeleaf's #{…} and the API's problem details follow it.
 */
@Component("localeResolver")
class PageLocale implements LocaleResolver {

    private static final String CHOSEN = PageLocale.class.getName() + ".chosen";

    /** Makes the rest of this request speak {@code language}. */
    static void choose(HttpServletRequest request, Language language) {
        request.setAttribute(CHOSEN, language);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Language chosen) {
            return chosen.locale();
        }
        return fromHeader(request.getHeader("Accept-Language")).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        choose(request, Language.of(locale));
    }

    /** The first language of the header we write in, by the header's own order of preference. */
    static Language fromHeader(String header) {
        if (header == null || header.isBlank()) {
            return Language.EN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() > 0) {
                    var language = Language.of(range.getRange());
                    if (language.isPresent()) {
                        return language.get();
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            return Language.EN; // a malformed header is no reason to refuse the page
        }
        return Language.EN;
    }
}
