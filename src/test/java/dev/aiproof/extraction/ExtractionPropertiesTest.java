package dev.aiproof.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** {@code aiproof.extraction} as Spring binds it: its defaults, sizes written as sizes, and bad values refused. */
class ExtractionPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Properties.class);

    @Test
    void theHandBuiltLimitsAreTheBoundDefaultsInThisProcess() {
        ExtractionProperties bound = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("aiproof.extraction", ExtractionProperties.class);

        assertThat(bound.isolation()).isEqualTo(ExtractionProperties.Isolation.PROCESS);
        assertThat(ExtractionProperties.inProcess()).isEqualTo(ExtractionLimits.bind());
    }

    @Test
    void sizesAreWrittenAsSizesAndTheLimitIsToldInMegabytes() {
        context.withPropertyValues("aiproof.extraction.max-file-size=25MB", "aiproof.extraction.child-heap=1GB")
                .run(c -> {
                    ExtractionProperties limits = c.getBean(ExtractionProperties.class);
                    assertThat(limits.maxFileSize()).isEqualTo(DataSize.ofMegabytes(25));
                    assertThat(limits.maxMegabytes()).isEqualTo(25);
                    assertThat(limits.childHeap()).isEqualTo(DataSize.ofGigabytes(1));
                });
    }

    @Test
    void aValueOutOfRangeStopsTheStartWithItsName() {
        context.withPropertyValues("aiproof.extraction.max-pages=0")
                .run(c -> assertThat(c).getFailure().rootCause().hasMessageContaining("maxPages"));
        context.withPropertyValues("aiproof.extraction.child-heap=8MB").run(
                c -> assertThat(c).getFailure().rootCause().hasMessageContaining("child-heap must be at least 16MB"));
        context.withPropertyValues("aiproof.extraction.isolation=container").run(c -> assertThat(c).hasFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ExtractionProperties.class)
    static class Properties {
    }
}
