package dev.aiproof.pipeline;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * How long what a person gave us is kept, under {@code aiproof.retention}.
 *
 * @param documentWait how long an assessment waits for the LinkedIn PDF it asked for (NEEDS_DOCUMENT) before it is
 *                     erased with the address and profile link it holds; the person uploads the PDF as a new
 *                     submission, so nothing needs the old one after that
 */
@Validated
@ConfigurationProperties("aiproof.retention")
record RetentionProperties(
        @DefaultValue("7d") @NotNull @DurationMin(seconds = 1) Duration documentWait) {
}
