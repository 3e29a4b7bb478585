package dev.aiproof.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import dev.aiproof.linkedin.LinkedInProperties;
import dev.aiproof.profiling.offline.OfflineProperties;

/** {@code aiproof.pipeline}, {@code aiproof.linkedin} and {@code aiproof.offline}: their defaults, and bad values refused. */
class PipelinePropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Properties.class);

    @Test
    void noSettingsMeanTheDocumentedDefaults() {
        context.run(c -> {
            PipelineProperties pipeline = c.getBean(PipelineProperties.class);
            assertThat(pipeline.maxAttempts()).isEqualTo(8);
            assertThat(pipeline.initialBackoff()).isEqualTo(Duration.ofSeconds(10));
            assertThat(pipeline.busyWait()).isEqualTo(Duration.ofSeconds(5));
            assertThat(c.getBean(LinkedInProperties.class).timeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(c.getBean(OfflineProperties.class))
                    .isEqualTo(new OfflineProperties(java.nio.file.Path.of("data", "cache")));
        });
    }

    @Test
    void aValueOutOfRangeStopsTheStartWithItsName() {
        context.withPropertyValues("aiproof.pipeline.max-attempts=0")
                .run(c -> assertThat(c).getFailure().rootCause().hasMessageContaining("maxAttempts"));
        context.withPropertyValues("aiproof.pipeline.busy-wait=0s")
                .run(c -> assertThat(c).getFailure().rootCause().hasMessageContaining("busyWait"));
        context.withPropertyValues("aiproof.linkedin.max-page-size=0B")
                .run(c -> assertThat(c).getFailure().rootCause().hasMessageContaining("max-page-size"));
        context.withPropertyValues("aiproof.pipeline.public-url=ftp://example.com").run(c -> assertThat(c).hasFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({PipelineProperties.class, LinkedInProperties.class, OfflineProperties.class})
    static class Properties {
    }
}
