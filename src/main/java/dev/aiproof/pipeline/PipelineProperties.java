package dev.aiproof.pipeline;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import io.github.resilience4j.core.IntervalFunction;

/**
 * @param publicUrl      where people reach this service; every emailed link starts with it. Unset (or blank), links
 *                       follow the address each submission came to ({@link LinkBase}). Trailing slashes are dropped;
 *                       anything but an absolute http(s) address fails the start
 * @param maxAttempts    tries of a stage before the assessment is marked FAILED
 * @param initialBackoff wait before the first retry; each further retry waits three times longer
 * @param maxBackoff     the longest wait between two retries
 * @param profilerWait   wait before asking an unavailable LLM again (aiproof.llm.fallback=wait); waits are no
 *                       failures, so they never end an assessment nor lengthen its backoff
 * @param busyWait       wait before a stage that found every mail or parse slot taken tries again
 */
@Validated
@ConfigurationProperties("aiproof.pipeline")
public record PipelineProperties(
        String publicUrl,
        @DefaultValue("8") @Positive int maxAttempts,
        @DefaultValue("10s") @NotNull @DurationMin(millis = 1) Duration initialBackoff,
        @DefaultValue("2h") @NotNull @DurationMin(millis = 1) Duration maxBackoff,
        @DefaultValue("1m") @NotNull @DurationMin(millis = 1) Duration profilerWait,
        @DefaultValue("5s") @NotNull @DurationMin(millis = 1) Duration busyWait) {

    public PipelineProperties {
        publicUrl = LinkBase.configured(publicUrl);
    }

    /** The wait after the {@code failures}th failure in a row: 1, 3, 9, … times the initial backoff, capped. */
    Duration backoff(int failures) {
        return Duration.ofMillis(IntervalFunction.ofExponentialBackoff(initialBackoff, 3, maxBackoff).apply(failures));
    }
}
