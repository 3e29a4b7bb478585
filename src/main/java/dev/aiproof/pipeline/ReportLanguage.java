package dev.aiproof.pipeline;

import dev.aiproof.extraction.ExtractedDocument;
import dev.aiproof.taxonomy.Language;

/**
 * Which language a report is written in: the one the person chose, or with {@code auto} the CV's own when we
 * write in it, else the language the person used our pages in.
 */
final class ReportLanguage {

    static final String AUTO = "auto";

    private ReportLanguage() {
    }

    static Language resolve(String requested, ExtractedDocument document, Language pages) {
        if (requested != null && !AUTO.equals(requested)) {
            return of(requested);
        }
        return Language.of(document.language()).orElse(pages);
    }

    /** A stored language code; anything unknown reads as English. */
    static Language of(String code) {
        return Language.of(code).orElse(Language.EN);
    }
}
