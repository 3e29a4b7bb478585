package dev.aiproof.intake;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.LocaleResolver;

import dev.aiproof.extraction.ExtractionProperties;

/**
 * What a {@code @WebMvcTest} of ours adds to Spring MVC's slice: the real security chain (headers, CSRF), the real
 * page language and the real submission checks. Beans of other modules (the pipeline, the report renderer) and the
 * database-backed limits are {@code @MockitoBean}s of the test.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({WebSecurity.class, SubmissionValidator.class})
@EnableConfigurationProperties(ExtractionProperties.class)
class WebSlice {

    /** By this name, as in the service: Spring MVC looks the resolver up by it. */
    @Bean("localeResolver")
    LocaleResolver localeResolver() {
        return new PageLocale();
    }
}
