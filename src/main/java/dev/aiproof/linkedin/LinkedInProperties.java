package dev.aiproof.linkedin;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * @param baseUrl  where public profiles are fetched from (tests point it at WireMock)
 * @param timeout  for connecting and for the whole response, per try (three tries: about 21 s in all)
 * @param maxBytes larger pages are cut off: a profile page is far smaller
 */
@Validated
@ConfigurationProperties("aiproof.linkedin")
public record LinkedInProperties(
        @DefaultValue("https://www.linkedin.com") @NotBlank String baseUrl,
        @DefaultValue("5s") @NotNull @DurationMin(millis = 1) Duration timeout,
        @DefaultValue("2000000") @Positive int maxBytes) {
}
