package dev.aiproof.profiling.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.core.io.DefaultResourceLoader;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;

import dev.aiproof.extraction.ExtractedDocument;
import dev.aiproof.profiling.offline.OfflineProfiler;
import dev.aiproof.taxonomy.Taxonomy;
import dev.aiproof.taxonomy.TaxonomyLoader;

/** Builds LLM profilers against WireMock exactly as {@link LlmConfiguration} does, with tiny waits. */
final class LlmTestSupport {

    static final Path FIXTURES = Path.of("fixtures/llm");
    static final Taxonomy TAXONOMY = new TaxonomyLoader(new DefaultResourceLoader()).load("file:config/taxonomy/");
    static final PromptSet PROMPTS = PromptSet.load(new DefaultResourceLoader(), "file:prompts/");

    /** One offline profiler for all tests: building it loads the embedding model. */
    static OfflineProfiler offline() {
        return Offline.PROFILER;
    }

    private static final class Offline {
        static final OfflineProfiler PROFILER = new OfflineProfiler(TAXONOMY,
                new dev.aiproof.profiling.offline.OfflineProperties(Path.of("data/cache").toAbsolutePath()));
    }

    private LlmTestSupport() {
    }

    static ExtractedDocument document(String name) {
        String text = read(FIXTURES.resolve("cv").resolve(name + ".txt"));
        return new ExtractedDocument(text, "text/plain", "en", 2, List.of(), List.of(), sha256(text), List.of());
    }

    static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String text) {
        return DigestUtils.sha256Hex(text);
    }

    static String baseUrl(WireMockServer server, LlmProvider provider) {
        return switch (provider) {
            case OPENAI -> server.baseUrl() + "/v1";
            case OLLAMA -> server.baseUrl();
            case ANTHROPIC -> server.baseUrl() + "/v1/";
        };
    }

    static String path(LlmProvider provider) {
        return switch (provider) {
            case OPENAI -> "/v1/chat/completions";
            case OLLAMA -> "/api/chat";
            case ANTHROPIC -> "/v1/messages";
        };
    }

    /** Properties as a test wants them: millisecond backoff, a short timeout, a breaker that stays closed. */
    /** What Spring binds from no {@code aiproof.llm} settings at all. */
    static final LlmProperties DEFAULTS = bind(Map.of());

    /** {@code aiproof.llm} as Spring binds it from these settings (keys without the prefix), defaults filled in. */
    static LlmProperties bind(Map<String, String> settings) {
        Map<String, String> prefixed = new java.util.HashMap<>();
        settings.forEach((k, v) -> prefixed.put("aiproof.llm." + k, v));
        return new org.springframework.boot.context.properties.bind.Binder(
                new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(prefixed))
                .bindOrCreate("aiproof.llm", LlmProperties.class);
    }

    static LlmProperties properties(LlmProvider provider, String baseUrl, LlmFallback fallback) {
        return properties(provider, baseUrl, fallback,
                new LlmProperties.CircuitBreaker(50f, 100, 100, Duration.ofMinutes(1)),
                new LlmProperties.RateLimit(1000, Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }

    static LlmProperties properties(LlmProvider provider, String baseUrl, LlmFallback fallback,
            LlmProperties.CircuitBreaker breaker, LlmProperties.RateLimit rateLimit) {
        return properties(provider, baseUrl, fallback, breaker, rateLimit, Duration.ofSeconds(5));
    }

    /** A generous timeout by default: the machine is shared, and only the slow-answer case wants a short one. */
    static LlmProperties properties(LlmProvider provider, String baseUrl, LlmFallback fallback,
            LlmProperties.CircuitBreaker breaker, LlmProperties.RateLimit rateLimit,
            Duration timeout) {
        return new LlmProperties(provider, baseUrl, "sk-test-not-a-real-key", Map.of(), null, DEFAULTS.temperature(),
                42, timeout, fallback, DEFAULTS.maxOutputTokens(), DEFAULTS.maxCvChars(), DEFAULTS.jsonSchema(),
                DEFAULTS.promptsLocation(), DEFAULTS.cache(), DEFAULTS.cacheTtl(),
                new LlmProperties.Retry(3, Duration.ofMillis(5), 2.0, 0.5, Duration.ofMillis(20),
                        Duration.ofMillis(50)),
                breaker, new LlmProperties.Bulkhead(4, Duration.ofSeconds(2)), rateLimit);
    }

    static LlmProfiler profiler(LlmProperties properties, Optional<ProfileCache> cache) {
        LlmUsageMeter meter = new LlmUsageMeter();
        LlmResilience resilience = new LlmResilience(properties, RetryRegistry.ofDefaults(),
                CircuitBreakerRegistry.ofDefaults(), RateLimiterRegistry.ofDefaults(), BulkheadRegistry.ofDefaults());
        LlmProfilingService service = LlmConfiguration.aiService(
                LlmChatModels.create(properties, List.of(meter)), resilience, PROMPTS);
        OfflineProfiler offline = offline();
        return LlmConfiguration.profiler(service, meter, properties, PROMPTS, TAXONOMY, offline,
                offline::shortlist, cache);
    }

    static ResponseDefinitionBuilder ok(LlmProvider provider, String fixture) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(read(FIXTURES.resolve(provider.name().toLowerCase()).resolve(fixture + ".json")));
    }

    static ResponseDefinitionBuilder error(LlmProvider provider, int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(read(FIXTURES.resolve(provider.name().toLowerCase()).resolve(fixture + ".json")));
    }

    /** Answers the provider's endpoint with these responses in turn, the last one for every further call. */
    static void answerInTurn(WireMockServer server, LlmProvider provider, List<ResponseDefinitionBuilder> responses) {
        for (int i = 0; i < responses.size(); i++) {
            server.stubFor(post(urlPathEqualTo(path(provider)))
                    .inScenario("turns")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "turn-" + i)
                    .willSetStateTo(
                            i < responses.size() - 1 ? "turn-" + (i + 1) : i == 0 ? Scenario.STARTED : "turn-" + i)
                    .willReturn(responses.get(i)));
        }
    }
}
