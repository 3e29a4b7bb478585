package dev.aiproof.profiling.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** {@code aiproof.llm} as Spring binds it: defaults from the annotations, the provider's endpoint, bad values refused. */
class LlmPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Properties.class);

    @Test
    void noSettingsMeanTheDocumentedDefaults() {
        LlmProperties p = LlmTestSupport.bind(Map.of());

        assertThat(p.provider()).isEqualTo(LlmProvider.OPENAI);
        assertThat(p.baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(p.modelId()).isEqualTo("openai:gpt-4o-mini");
        assertThat(p.headers()).isEmpty();
        assertThat(p.temperature()).isZero();
        assertThat(p.seed()).isNull();
        assertThat(p.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(p.fallback()).isEqualTo(LlmFallback.OFFLINE);
        assertThat(p.maxCvChars()).isEqualTo(9000);
        assertThat(p.jsonSchema()).isTrue();
        assertThat(p.cache()).isTrue();
        assertThat(p.cacheTtl()).isEqualTo(Duration.ofDays(30));
        assertThat(p.retry().maxAttempts()).isEqualTo(3);
        assertThat(p.retry().maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(p.circuitBreaker().failureRateThreshold()).isEqualTo(50f);
        assertThat(p.bulkhead().maxConcurrentCalls()).isEqualTo(4);
        assertThat(p.rateLimit().limitForPeriod()).isEqualTo(50);
    }

    @Test
    void theEndpointAndModelFollowTheProviderUnlessSet() {
        assertThat(LlmTestSupport.bind(Map.of("provider", "ollama")).modelId()).isEqualTo("ollama:qwen2.5:7b-instruct");
        assertThat(LlmTestSupport.bind(Map.of("provider", "anthropic")).baseUrl())
                .isEqualTo("https://api.anthropic.com/v1/");
        LlmProperties set = LlmTestSupport.bind(Map.of("provider", "ollama", "base-url", "http://gpu:11434",
                "model", "llama3.1:8b", "retry.max-attempts", "5"));
        assertThat(set.baseUrl()).isEqualTo("http://gpu:11434");
        assertThat(set.modelId()).isEqualTo("ollama:llama3.1:8b");
        assertThat(set.retry().maxAttempts()).isEqualTo(5);
        assertThat(set.retry().initialBackoff()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aValueOutOfRangeOrATypoStopsTheStartWithItsName() {
        context.withPropertyValues("aiproof.llm.max-cv-chars=0")
                .run(c -> assertThat(c).getFailure().rootCause().hasMessageContaining("maxCvChars"));
        context.withPropertyValues("aiproof.llm.retry.jitter=3")
                .run(c -> assertThat(c).getFailure().rootCause().hasMessageContaining("retry.jitter"));
        context.withPropertyValues("aiproof.llm.provider=openia").run(c -> assertThat(c).hasFailed());
        context.withPropertyValues("aiproof.llm.fallback=later").run(c -> assertThat(c).hasFailed());
        context.withPropertyValues("aiproof.llm.timeout=0s")
                .run(c -> assertThat(c).getFailure().rootCause().hasMessageContaining("timeout"));
        context.run(c -> assertThat(c).hasNotFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LlmProperties.class)
    static class Properties {
    }
}
