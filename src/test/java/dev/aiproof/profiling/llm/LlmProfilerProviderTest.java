package dev.aiproof.profiling.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.aiproof.profiling.llm.LlmTestSupport.answerInTurn;
import static dev.aiproof.profiling.llm.LlmTestSupport.error;
import static dev.aiproof.profiling.llm.LlmTestSupport.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import dev.aiproof.WireMockServerExtension;
import dev.aiproof.profiling.CareerProfile;

/**
 * Every provider (OpenAI-compatible, Ollama native, Anthropic) played by WireMock with recorded-style responses
 * from fixtures/llm: each scenario ends in a correct LLM profile or the documented offline fallback, after the
 * expected number of requests, with the tokens of every paid answer counted.
 */
class LlmProfilerProviderTest {

    @RegisterExtension
    static final WireMockServerExtension server = new WireMockServerExtension();

    /**
     * @param responses   what the provider answers, in turn
     * @param kind        llm or offline (fallback)
     * @param reason      start of the fallback reason, null for an LLM profile
     * @param requests    calls the provider receives
     * @param paidAnswers answers with a usage block (the tokens we are billed for)
     */
    record Case(String name, List<Function<LlmProvider, ResponseDefinitionBuilder>> responses, String kind,
            String reason, int requests, int paidAnswers) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("success", List.of(p -> ok(p, "developer")), "llm", null, 1, 1),
                new Case("rate limited with Retry-After, then success", List.of(
                        p -> error(p, p == LlmProvider.OLLAMA ? 503 : 429, "error-429").withHeader("Retry-After", "1"),
                        p -> ok(p, "developer")), "llm", null, 2, 1),
                new Case("server error on every attempt", List.of(
                        p -> error(p, p == LlmProvider.ANTHROPIC ? 529 : 500, "error-500")),
                        "offline", "llm-unavailable: HTTP 5", 3, 0),
                new Case("slower than the timeout on every attempt", List.of(
                        p -> ok(p, "developer").withFixedDelay(3000)), "offline", "llm-unavailable: TimeoutException",
                        3, 0),
                new Case("malformed JSON, repaired", List.of(p -> ok(p, "malformed"), p -> ok(p, "developer")),
                        "llm", null, 2, 2),
                new Case("JSON inside markdown fences", List.of(p -> ok(p, "fenced")), "llm", null, 1, 1),
                new Case("refusal twice", List.of(p -> ok(p, "refusal")), "offline", "invalid-answer: ", 2, 2),
                new Case("empty answer, repaired", List.of(p -> ok(p, "empty"), p -> ok(p, "developer")),
                        "llm", null, 2, 2),
                new Case("unknown ids dropped", List.of(p -> ok(p, "unknown-ids")), "llm", null, 1, 1),
                new Case("unknown occupation, repaired",
                        List.of(p -> ok(p, "unknown-occupation"), p -> ok(p, "developer")),
                        "llm", null, 2, 2),
                new Case("invented evidence twice", List.of(p -> ok(p, "invented-evidence")),
                        "offline", "invalid-answer: occupation evidence", 2, 2));
    }

    static Stream<Arguments> providerCases() {
        return Arrays.stream(LlmProvider.values()).flatMap(p -> cases().stream().map(c -> Arguments.of(p, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("providerCases")
    void endsInACorrectProfileOrTheDocumentedFallback(LlmProvider provider, Case scenario) {
        answerInTurn(server, provider, scenario.responses().stream().map(r -> r.apply(provider)).toList());
        Duration timeout = scenario.name().startsWith("slower") ? Duration.ofMillis(800) : Duration.ofSeconds(5);
        LlmProfiler profiler = LlmTestSupport.profiler(LlmTestSupport.properties(provider,
                LlmTestSupport.baseUrl(server, provider), LlmFallback.OFFLINE,
                new LlmProperties.CircuitBreaker(50f, 100, 100, Duration.ofMinutes(1)),
                new LlmProperties.RateLimit(1000, Duration.ofSeconds(1), Duration.ofSeconds(1)), timeout),
                Optional.empty());

        CareerProfile profile = profiler.profile(LlmTestSupport.document("developer"));

        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(LlmTestSupport.path(provider)))))
                .hasSize(scenario.requests());
        assertThat(profile.profiler().kind()).isEqualTo(scenario.kind());
        assertThat(profile.profiler().promptVersion()).isEqualTo(LlmTestSupport.PROMPTS.version());
        // OpenAI's refusal is raised by LangChain4j before its usage block is read: those tokens go uncounted
        int paid = provider == LlmProvider.OPENAI && scenario.name().startsWith("refusal") ? 0 : scenario.paidAnswers();
        assertThat(profile.profiler().inputTokens()).isEqualTo(1789 * paid);
        assertThat(profile.occupation().soc()).isEqualTo("15-1252");
        assertThat(profile.tasks()).isNotEmpty();
        // the offline profiler rounds its shares; ours are exact
        assertThat(profile.tasks().stream().mapToDouble(CareerProfile.TaskClaim::share).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(scenario.reason() == null ? 1e-9 : 1e-3));
        if (scenario.reason() == null) {
            assertThat(profile.profiler().fallbackReason()).isNull();
            assertThat(profile.profiler().model())
                    .isEqualTo(provider.name().toLowerCase() + ":" + provider.defaultModel);
            assertThat(profile.profiler().outputTokens()).isPositive();
            assertThat(profile.seniority().level()).isEqualTo(dev.aiproof.taxonomy.SeniorityLevel.SENIOR);
            assertThat(profile.tasks()).allSatisfy(t -> assertThat(t.evidence()).isNotEmpty());
            assertThat(profile.tasks()).extracting(CareerProfile.TaskClaim::taskId)
                    .doesNotContain("build-payment-platforms").contains("write-code");
            assertThat(profile.skills()).extracting(CareerProfile.SkillClaim::skillId)
                    .doesNotContain("kotlin-coroutines", "kafka-streams").contains("java");
        } else {
            assertThat(profile.profiler().fallbackReason()).startsWith(scenario.reason());
        }
    }

    @org.junit.jupiter.api.Test
    void withoutJsonSchemaTheFormatIsAskedForInThePromptInsteadAndExtraHeadersAreSent() {
        answerInTurn(server, LlmProvider.OPENAI, List.of(ok(LlmProvider.OPENAI, "fenced")));
        LlmProperties properties = LlmTestSupport.bind(Map.of("provider", "openai",
                "base-url", LlmTestSupport.baseUrl(server, LlmProvider.OPENAI), "api-key", "sk-test-not-a-real-key",
                "headers.api-key", "azure-style-key", "timeout", "5s", "json-schema", "false"));

        CareerProfile profile = LlmTestSupport.profiler(properties, Optional.empty())
                .profile(LlmTestSupport.document("developer"));

        String body = server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))).getFirst()
                .getBodyAsString();
        // LangChain4j then appends the record's shape, with our field descriptions, to the user message
        assertThat(body).doesNotContain("response_format").contains("task id from the candidate list; type: string");
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))).getFirst()
                .getHeader("api-key"))
                .isEqualTo("azure-style-key");
        assertThat(profile.profiler().kind()).isEqualTo("llm");
        assertThat(profile.occupation().soc()).isEqualTo("15-1252");
    }
}
