package dev.aiproof.extraction;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.util.unit.DataSize;

/**
 * Limits for extraction, under {@code aiproof.extraction}. Zero or missing values fall back to the defaults.
 *
 * @param maxBytes        largest upload accepted (default 10 MB)
 * @param maxPages        most pages a CV may have (default 30)
 * @param maxChars        cleaned text beyond this is cut off with a note (default 60,000)
 * @param timeout         hard limit for one parse, OCR included (default 60 s)
 * @param maxParallel     parses that may run at once (default 4); in thread isolation a parse that overran its
 *                        timeout keeps its slot until it ends
 * @param ocr             run Tesseract on PDF pages without a text layer when it is installed (default true)
 * @param ocrLanguage     Tesseract language(s), e.g. "eng" or "eng+nor"
 * @param isolation       where Tika parses: {@code process} (pooled child JVMs, default) or {@code thread}
 * @param childHeap       -Xmx of each parse worker JVM (default 512 MB); a parse that needs more is TOO_LARGE
 * @param poolSize        idle parse workers kept warm (default 2); up to {@code maxParallel} run at once
 */
@ConfigurationProperties("aiproof.extraction")
public record ExtractionProperties(long maxBytes, int maxPages, int maxChars, Duration timeout, int maxParallel,
                                   Boolean ocr, String ocrLanguage, Isolation isolation, DataSize childHeap,
                                   int poolSize) {

    public enum Isolation { PROCESS, THREAD }

    @ConstructorBinding
    public ExtractionProperties {
        maxBytes = maxBytes > 0 ? maxBytes : 10L * 1024 * 1024;
        maxPages = maxPages > 0 ? maxPages : 30;
        maxChars = maxChars > 0 ? maxChars : 60_000;
        timeout = timeout != null && !timeout.isZero() && !timeout.isNegative() ? timeout : Duration.ofSeconds(60);
        maxParallel = maxParallel > 0 ? maxParallel : 4;
        ocr = ocr == null || ocr;
        ocrLanguage = ocrLanguage == null || ocrLanguage.isBlank() ? "eng" : ocrLanguage;
        isolation = isolation == null ? Isolation.PROCESS : isolation;
        childHeap = childHeap != null && childHeap.toMegabytes() >= 16 ? childHeap : DataSize.ofMegabytes(512);
        poolSize = poolSize > 0 ? poolSize : 2;
    }

    /** The limits above with thread isolation: cheap to create, for tools and tests that build an Extractor directly. */
    public ExtractionProperties(long maxBytes, int maxPages, int maxChars, Duration timeout, int maxParallel,
                                Boolean ocr, String ocrLanguage) {
        this(maxBytes, maxPages, maxChars, timeout, maxParallel, ocr, ocrLanguage, Isolation.THREAD, null, 0);
    }
}
