package dev.aiproof.linkedin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseUrl  where public profiles are fetched from (tests point it at WireMock)
 * @param timeout  for connecting and for the whole response, per try (three tries: about 21 s in all)
 * @param maxBytes larger pages are cut off: a profile page is far smaller
 */
@ConfigurationProperties("aiproof.linkedin")
public record LinkedInProperties(
        @DefaultValue("https://www.linkedin.com") String baseUrl,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("2000000") int maxBytes) {
}
