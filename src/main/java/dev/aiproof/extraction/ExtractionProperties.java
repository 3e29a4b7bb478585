package dev.aiproof.extraction;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits for extraction, under {@code aiproof.extraction}. A value out of range stops the start with the setting's
 * name, rather than quietly meaning its default.
 *
 * @param maxFileSize largest upload accepted (10MB); people are told this limit when a file is larger
 * @param maxPages    most pages a CV may have
 * @param maxChars    cleaned text beyond this is cut off with a note
 * @param timeout     hard limit for one parse, OCR included
 * @param maxParallel parses that may run at once; in thread isolation a parse that overran its timeout keeps its
 *                    slot until it ends
 * @param ocr         run Tesseract on PDF pages without a text layer when it is installed
 * @param ocrLanguage Tesseract language(s), e.g. "eng" or "eng+nor"
 * @param isolation   where Tika parses: {@code process} (pooled child JVMs) or {@code thread}
 * @param childHeap   -Xmx of each parse worker JVM; a parse that needs more is TOO_LARGE
 * @param poolSize    idle parse workers kept warm; up to {@code maxParallel} run at once
 * @param workerIdleTimeout a parse worker unused this long stops (its memory goes back); the next parse starts one
 */
@Validated
@ConfigurationProperties("aiproof.extraction")
public record ExtractionProperties(
        @DefaultValue("10MB") @NotNull DataSize maxFileSize,
        @DefaultValue("30") @Positive int maxPages,
        @DefaultValue("60000") @Positive int maxChars,
        @DefaultValue("60s") @NotNull @DurationMin(millis = 1) Duration timeout,
        @DefaultValue("4") @Positive int maxParallel,
        @DefaultValue("true") boolean ocr,
        @DefaultValue("eng") @NotBlank String ocrLanguage,
        @DefaultValue("process") @NotNull Isolation isolation,
        @DefaultValue("512MB") @NotNull DataSize childHeap,
        @DefaultValue("2") @Positive int poolSize,
        @DefaultValue("2m") @NotNull @DurationMin(seconds = 1) Duration workerIdleTimeout) {

    public enum Isolation {
        PROCESS,
        THREAD
    }

    /**
     * The defaults above with thread isolation, for tools and tests that build an {@link Extractor} without Spring
     * ({@code ExtractionPropertiesTest} keeps them equal to what Spring binds from no settings).
     */
    public static ExtractionProperties inProcess() {
        return new ExtractionProperties(DataSize.ofMegabytes(10), 30, 60_000, Duration.ofSeconds(60), 4, true, "eng",
                Isolation.THREAD, DataSize.ofMegabytes(512), 2, Duration.ofMinutes(2));
    }

    /**
     * The limits a refusal quotes, as the arguments of its {@code error.<CODE>} message: {0} the upload limit in
     * megabytes, {1} the page limit, {2} the parse timeout in seconds.
     */
    public Object[] messageArguments() {
        return new Object[] {maxMegabytes(), maxPages, Math.max(1, timeout.toSeconds())};
    }

    /** The upload limit in whole megabytes, as people are told it ("under 10 MB"). */
    public long maxMegabytes() {
        return Math.max(1, maxFileSize.toMegabytes());
    }

    /** A parse worker JVM needs some room of its own before it can read anything. */
    @AssertTrue(message = "child-heap must be at least 16MB")
    public boolean isChildHeapEnough() {
        return childHeap == null || childHeap.toMegabytes() >= 16;
    }
}
