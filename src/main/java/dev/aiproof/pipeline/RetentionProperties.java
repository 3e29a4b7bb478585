package dev.aiproof.pipeline;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long what a person gave us is kept, under {@code aiproof.retention}. Periods count from the moment an
 * assessment ended (delivered, rejected, failed, or asked for a document); one still in the works is never swept.
 *
 * @param report        an ended assessment is erased altogether after this: the row with its report (which quotes
 *                      the CV), address, state and codes, its pending tasks and its cached LLM profile
 * @param email         the address of an ended assessment is erased after this (when shorter than {@code report},
 *                      the report page stays while the address is gone)
 * @param documentWait  how long an assessment waits for the LinkedIn PDF it asked for (NEEDS_DOCUMENT) before it is
 *                      erased with the address and profile link it holds; the person uploads the PDF as a new
 *                      submission, so nothing needs the old one after that
 * @param sweepInterval how often the recurring task that applies {@code report} and {@code email} runs
 * @param compactionInterval how often the embedded H2 database file is rewritten, so that erased values leave it
 *                      ({@link DatabaseCompaction}); erased data stays in the file at most about this long
 */
@Validated
@ConfigurationProperties("aiproof.retention")
record RetentionProperties(
        @DefaultValue("30d") @NotNull @DurationMin(seconds = 1) Duration report,
        @DefaultValue("30d") @NotNull @DurationMin(seconds = 1) Duration email,
        @DefaultValue("7d") @NotNull @DurationMin(seconds = 1) Duration documentWait,
        @DefaultValue("1h") @NotNull @DurationMin(seconds = 1) Duration sweepInterval,
        @DefaultValue("10m") @NotNull @DurationMin(seconds = 1) Duration compactionInterval) {
}
