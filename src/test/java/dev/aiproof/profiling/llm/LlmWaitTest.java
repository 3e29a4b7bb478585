package dev.aiproof.profiling.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.ServiceTest;
import dev.aiproof.UploadForm;

/**
 * aiproof.llm.fallback=wait with an LLM that fails 20 times before it answers: the assessment waits 20 times and is
 * DELIVERED with the LLM's profile. The waits are no failures: db-scheduler's failure count for the stage stays at
 * zero throughout, so neither max-attempts (3 here) nor the backoff (10 minutes here) ever comes into play.
 */
@TestPropertySource(properties = {
        "aiproof.profiler=llm",
        "aiproof.llm.provider=openai",
        "aiproof.llm.model=gpt-4o-mini",
        "aiproof.llm.api-key=sk-test-not-a-real-key",
        "aiproof.llm.fallback=wait",
        "aiproof.llm.retry.max-attempts=1",
        "aiproof.llm.circuit-breaker.minimum-calls=100",
        "aiproof.llm.circuit-breaker.sliding-window-size=100",
        "aiproof.pipeline.profiler-wait=100ms",
        "aiproof.pipeline.max-attempts=3",
        "aiproof.pipeline.initial-backoff=10m"})
class LlmWaitTest extends ServiceTest {

    private static final int WAITS = 20;
    private static final WireMockServer llm = new WireMockServer(options().dynamicPort());

    static {
        llm.start();
    }

    @DynamicPropertySource
    static void llmEndpoint(DynamicPropertyRegistry registry) {
        registry.add("aiproof.llm.base-url", () -> llm.baseUrl() + "/v1");
    }

    @AfterAll
    static void stop() {
        llm.stop();
    }

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.shared();

    @Test
    void twentyWaitsThenTheLlmAnswersAndTheReportIsDelivered() throws Exception {
        List<ResponseDefinitionBuilder> turns = new ArrayList<>();
        for (int i = 0; i < WAITS; i++) {
            turns.add(LlmTestSupport.error(LlmProvider.OPENAI, 500, "error-500"));
        }
        turns.add(LlmTestSupport.ok(LlmProvider.OPENAI, "developer"));
        LlmTestSupport.answerInTurn(llm, LlmProvider.OPENAI, turns);
        RestClient http = RestClient.create(baseUrl());
        String id = json.readTree(http.post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(UploadForm.of(Path.of("fixtures/llm/cv/developer.txt"), "waiting@llm-wait.example"))
                .retrieve().body(String.class)).get("id").asString();

        AtomicInteger mostFailures = new AtomicInteger();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20)).until(() -> {
            jdbc.sql("select consecutive_failures from scheduled_tasks where task_name = 'assessment-profile' "
                    + "and task_instance = ?").param(id).query(Integer.class).optional()
                    .ifPresent(n -> mostFailures.accumulateAndGet(n, Math::max));
            return "DELIVERED".equals(status(http, id).get("state").asString());
        });

        assertThat(llm.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))).hasSize(WAITS + 1);
        assertThat(mostFailures.get()).as("failures counted for the waiting stage").isZero();
        JsonNode report = json
                .readTree(http.get().uri("/api/assessments/{id}/report", id).retrieve().body(String.class));
        assertThat(report.get("profiler").get("kind").asString()).isEqualTo("llm");
        assertThat(
                report.get("profiler").has("fallbackReason") && !report.get("profiler").get("fallbackReason").isNull())
                .as("a fallback reason").isFalse();
    }

    private JsonNode status(RestClient http, String id) {
        return json.readTree(http.get().uri("/api/assessments/{id}", id).retrieve().body(String.class));
    }
}
