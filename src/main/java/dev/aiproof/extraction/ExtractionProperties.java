package dev.aiproof.extraction;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits for extraction, under {@code aiproof.extraction}. Zero or missing values fall back to the defaults.
 *
 * @param maxBytes        largest upload accepted (default 10 MB)
 * @param maxPages        most pages a CV may have (default 30)
 * @param maxChars        cleaned text beyond this is cut off with a note (default 60,000)
 * @param timeout         hard limit for one parse, OCR included (default 60 s)
 * @param maxParallel     parses that may run at once; a parse that overran its timeout keeps its slot until it ends
 * @param ocr             run Tesseract on PDF pages without a text layer when it is installed (default true)
 * @param ocrLanguage     Tesseract language(s), e.g. "eng" or "eng+nor"
 */
@ConfigurationProperties("aiproof.extraction")
public record ExtractionProperties(long maxBytes, int maxPages, int maxChars, Duration timeout, int maxParallel,
                                   Boolean ocr, String ocrLanguage) {

    public ExtractionProperties {
        maxBytes = maxBytes > 0 ? maxBytes : 10L * 1024 * 1024;
        maxPages = maxPages > 0 ? maxPages : 30;
        maxChars = maxChars > 0 ? maxChars : 60_000;
        timeout = timeout != null && !timeout.isZero() && !timeout.isNegative() ? timeout : Duration.ofSeconds(60);
        maxParallel = maxParallel > 0 ? maxParallel : 4;
        ocr = ocr == null || ocr;
        ocrLanguage = ocrLanguage == null || ocrLanguage.isBlank() ? "eng" : ocrLanguage;
    }

    public static ExtractionProperties defaults() {
        return new ExtractionProperties(0, 0, 0, null, 0, null, null);
    }
}
