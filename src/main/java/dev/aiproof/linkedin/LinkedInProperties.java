package dev.aiproof.linkedin;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param baseUrl  where public profiles are fetched from (tests point it at WireMock)
 * @param timeout  for connecting and for the whole response, per try (three tries: about 21 s in all)
 * @param maxPageSize larger pages are cut off: a profile page is far smaller
 */
@Validated
@ConfigurationProperties("aiproof.linkedin")
public record LinkedInProperties(
        @DefaultValue("https://www.linkedin.com") @NotBlank String baseUrl,
        @DefaultValue("5s") @NotNull @DurationMin(millis = 1) Duration timeout,
        @DefaultValue("2MB") @NotNull DataSize maxPageSize) {

    @AssertTrue(message = "max-page-size must be more than 0 bytes")
    public boolean isMaxPageSizePositive() {
        return maxPageSize == null || maxPageSize.toBytes() > 0;
    }

    /** The page limit in bytes, as the fetch counts them. */
    int maxPageBytes() {
        return (int) Math.min(Integer.MAX_VALUE, maxPageSize.toBytes());
    }
}
