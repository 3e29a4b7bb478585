package dev.aiproof.profiling.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.profiling.Profiler;
import dev.aiproof.profiling.offline.OfflineProfiler;
import dev.aiproof.taxonomy.Taxonomy;

/**
 * The wiring: with {@code aiproof.profiler=llm} the LLM profiler is the primary {@link Profiler}, built from
 * {@code aiproof.llm.*}, with the Flyway V3 cache table, so that a resubmitted CV costs no second call.
 */
@SpringBootTest(properties = {
        "aiproof.profiler=llm",
        "aiproof.llm.provider=openai",
        "aiproof.llm.api-key=sk-test-not-a-real-key",
        "aiproof.llm.model=gpt-4o-mini",
        "aiproof.llm.timeout=5s",
        "aiproof.llm.retry.initial-backoff=5ms",
        "aiproof.llm.retry.max-retry-after=50ms",
        "spring.datasource.url=jdbc:h2:mem:llm-spring;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
class LlmProfilerSpringTest {

    private static final WireMockServer server = new WireMockServer(options().dynamicPort());

    static {
        server.start();
    }

    @DynamicPropertySource
    static void llm(DynamicPropertyRegistry registry) {
        registry.add("aiproof.llm.base-url", () -> server.baseUrl() + "/v1");
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Autowired
    Profiler profiler;

    @Autowired
    OfflineProfiler offline;

    @Autowired
    LlmProperties properties;

    @Test
    void theLlmProfilerIsThePrimaryProfilerAndCachesInTheDatabase() {
        LlmTestSupport.answerInTurn(server, LlmProvider.OPENAI,
                List.of(LlmTestSupport.ok(LlmProvider.OPENAI, "developer")));

        CareerProfile first = profiler.profile(LlmTestSupport.document("developer"));
        CareerProfile again = profiler.profile(LlmTestSupport.document("developer"));

        assertThat(profiler).isInstanceOf(LlmProfiler.class);
        assertThat(offline).isNotSameAs(profiler);
        assertThat(properties.retry().initialBackoff()).isEqualTo(Duration.ofMillis(5));
        assertThat(properties.temperature()).isZero();
        assertThat(first.profiler().kind()).isEqualTo("llm");
        assertThat(first.profiler().model()).isEqualTo("openai:gpt-4o-mini");
        assertThat(first.profiler().promptVersion()).isEqualTo(LlmTestSupport.PROMPTS.version());
        assertThat(again.profiler().inputTokens()).isZero();
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))).hasSize(1);
    }

    @Test
    void withoutProfilerLlmNothingOfItIsCreated() {
        new ApplicationContextRunner()
                .withBean(Taxonomy.class, () -> LlmTestSupport.TAXONOMY)
                .withBean(OfflineProfiler.class, LlmTestSupport::offline)
                .withUserConfiguration(LlmConfiguration.class)
                .withPropertyValues("aiproof.profiler=offline")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(LlmProfiler.class);
                    assertThat(context).doesNotHaveBean(LlmProperties.class);
                    assertThat(context.getBean(Profiler.class)).isInstanceOf(OfflineProfiler.class);
                });
    }
}
