package dev.aiproof.profiling.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.service.output.OutputParsingException;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;

import dev.aiproof.WireMockServerExtension;
import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.profiling.ProfilerUnavailableException;

class LlmResilienceTest {

    @RegisterExtension
    static final WireMockServerExtension server = new WireMockServerExtension();
    private static final LlmProvider OPENAI = LlmProvider.OPENAI;

    @Test
    void waitsWhatRetryAfterSaysUpToTheCap() {
        var rateLimited = new RateLimitException(new LlmHttpException(429, "{}", Duration.ofSeconds(2)));
        var generous = new LlmProperties.Retry(3, Duration.ofMillis(100), 2.0, 0.5, Duration.ofSeconds(5),
                Duration.ofSeconds(10));
        var strict = new LlmProperties.Retry(3, Duration.ofMillis(100), 2.0, 0.5, Duration.ofSeconds(5),
                Duration.ofMillis(50));

        assertThat(LlmResilience.interval(generous).apply(1, Either.left(rateLimited))).isEqualTo(2000L);
        assertThat(LlmResilience.interval(strict).apply(1, Either.left(rateLimited))).isEqualTo(50L);
    }

    @Test
    void backsOffExponentiallyWithJitterWithoutRetryAfter() {
        var retry = new LlmProperties.Retry(5, Duration.ofMillis(100), 2.0, 0.5, Duration.ofMillis(500),
                Duration.ofSeconds(10));
        var failure = new InternalServerException(new LlmHttpException(500, "{}", null));
        for (int run = 0; run < 50; run++) {
            assertThat(LlmResilience.interval(retry).apply(1, Either.left(failure))).isBetween(50L, 150L);
            assertThat(LlmResilience.interval(retry).apply(2, Either.left(failure))).isBetween(100L, 300L);
            assertThat(LlmResilience.interval(retry).apply(4, Either.left(failure))).isBetween(400L, 500L);
        }
    }

    @ParameterizedTest
    @CsvSource({"2,2000", "0.5,500", "0,0", "soon,-1"})
    void readsRetryAfterInSeconds(String header, long millis) {
        assertThat(LlmHttpClient.parseRetryAfter(header).map(Duration::toMillis).orElse(-1L)).isEqualTo(millis);
    }

    @Test
    void readsRetryAfterAsAnHttpDate() {
        String in30s = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30));

        assertThat(LlmHttpClient.parseRetryAfter(in30s)).hasValueSatisfying(d -> assertThat(d).isBetween(
                Duration.ofSeconds(25), Duration.ofSeconds(31)));
    }

    @Test
    void theProvidersRetryAfterTravelsThroughLangChain4jToTheRetry() {
        LlmTestSupport.answerInTurn(server, OPENAI, List.of(
                LlmTestSupport.error(OPENAI, 429, "error-429").withHeader("Retry-After", "0.03"),
                LlmTestSupport.error(OPENAI, 429, "error-429").withHeader("retry-after-ms", "40"),
                LlmTestSupport.ok(OPENAI, "developer")));
        LlmProperties properties = LlmTestSupport.properties(OPENAI, LlmTestSupport.baseUrl(server, OPENAI),
                LlmFallback.OFFLINE);
        LlmResilience resilience = new LlmResilience(properties, RetryRegistry.ofDefaults(),
                CircuitBreakerRegistry.ofDefaults(), RateLimiterRegistry.ofDefaults(), BulkheadRegistry.ofDefaults());
        List<Duration> waits = new java.util.concurrent.CopyOnWriteArrayList<>();
        resilience.retry().getEventPublisher().onRetry(event -> waits.add(event.getWaitInterval()));
        var model = new LlmResilientChatModel(LlmChatModels.create(properties, List.of()), resilience);

        var response = model.chat(dev.langchain4j.model.chat.request.ChatRequest.builder()
                .messages(dev.langchain4j.data.message.UserMessage.from("hello")).build());

        assertThat(response.aiMessage().text()).contains("15-1252");
        assertThat(waits).containsExactly(Duration.ofMillis(30), Duration.ofMillis(40));
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))).hasSize(3);
    }

    @Test
    void retriesRateLimitsServerErrorsAndTimeoutsOnly() {
        assertThat(LlmResilience.isTransient(new RateLimitException(new LlmHttpException(429, "", null)))).isTrue();
        assertThat(LlmResilience.isTransient(new LlmHttpException(503, "", null))).isTrue();
        assertThat(LlmResilience.isTransient(new LlmHttpException(408, "", null))).isTrue();
        assertThat(LlmResilience.isTransient(new TimeoutException("slow"))).isTrue();
        assertThat(LlmResilience.isTransient(new RuntimeException(new java.io.IOException("reset")))).isTrue();
        assertThat(LlmResilience.isTransient(new LlmHttpException(400, "", null))).isFalse();
        assertThat(LlmResilience.isTransient(new LlmHttpException(401, "", null))).isFalse();
        assertThat(LlmResilience.isTransient(new OutputParsingException("not json", null))).isFalse();
        assertThat(LlmResilience.isProviderFailure(new LlmHttpException(401, "", null))).isTrue();
        assertThat(LlmResilience.isProviderFailure(new OutputParsingException("not json", null))).isFalse();
    }

    private LlmProperties breakerProperties(LlmFallback fallback) {
        return LlmTestSupport.properties(OPENAI, LlmTestSupport.baseUrl(server, OPENAI), fallback,
                new LlmProperties.CircuitBreaker(50f, 2, 2, Duration.ofMinutes(5)),
                new LlmProperties.RateLimit(1000, Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }

    @Test
    void anOpenCircuitFallsBackOfflineWithoutCallingTheProvider() {
        LlmTestSupport.answerInTurn(server, OPENAI, List.of(LlmTestSupport.error(OPENAI, 500, "error-500")));
        LlmProfiler profiler = LlmTestSupport.profiler(breakerProperties(LlmFallback.OFFLINE), Optional.empty());

        CareerProfile first = profiler.profile(LlmTestSupport.document("developer"));
        int callsBefore = server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))).size();
        CareerProfile second = profiler.profile(LlmTestSupport.document("injection"));

        assertThat(callsBefore).isEqualTo(2);
        assertThat(first.profiler().fallbackReason()).isEqualTo("llm-unavailable: circuit breaker open");
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))).hasSize(2);
        assertThat(second.profiler().kind()).isEqualTo("offline");
        assertThat(second.profiler().fallbackReason()).isEqualTo("llm-unavailable: circuit breaker open");
    }

    @Test
    void withFallbackWaitAnUnreachableProviderAsksThePipelineToRetryLater() {
        LlmTestSupport.answerInTurn(server, OPENAI, List.of(LlmTestSupport.error(OPENAI, 500, "error-500")));
        LlmProfiler profiler = LlmTestSupport.profiler(LlmTestSupport.properties(OPENAI,
                LlmTestSupport.baseUrl(server, OPENAI), LlmFallback.WAIT), Optional.empty());

        assertThatThrownBy(() -> profiler.profile(LlmTestSupport.document("developer")))
                .isInstanceOf(ProfilerUnavailableException.class)
                .hasMessage("LLM provider unavailable: HTTP 500 after retries");
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))).hasSize(3);
    }

    @Test
    void withFallbackWaitAnOpenCircuitAsksThePipelineToRetryLaterWithoutCalling() {
        LlmTestSupport.answerInTurn(server, OPENAI, List.of(LlmTestSupport.error(OPENAI, 500, "error-500")));
        LlmProfiler profiler = LlmTestSupport.profiler(breakerProperties(LlmFallback.WAIT), Optional.empty());
        assertThatThrownBy(() -> profiler.profile(LlmTestSupport.document("developer")))
                .isInstanceOf(ProfilerUnavailableException.class);
        int calls = server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))).size();

        assertThatThrownBy(() -> profiler.profile(LlmTestSupport.document("injection")))
                .isInstanceOf(ProfilerUnavailableException.class)
                .hasMessage("LLM provider unavailable: circuit breaker open");
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))).hasSize(calls);
    }

    @Test
    void theRateLimiterHoldsCallsPerProvider() {
        LlmTestSupport.answerInTurn(server, OPENAI, List.of(LlmTestSupport.ok(OPENAI, "developer")));
        LlmProfiler profiler = LlmTestSupport.profiler(LlmTestSupport.properties(OPENAI,
                LlmTestSupport.baseUrl(server, OPENAI), LlmFallback.OFFLINE,
                new LlmProperties.CircuitBreaker(50f, 100, 100, Duration.ofMinutes(1)),
                new LlmProperties.RateLimit(1, Duration.ofMinutes(10), Duration.ZERO)), Optional.empty());

        CareerProfile first = profiler.profile(LlmTestSupport.document("developer"));
        CareerProfile second = profiler.profile(LlmTestSupport.document("injection"));

        assertThat(first.profiler().kind()).isEqualTo("llm");
        assertThat(second.profiler().fallbackReason()).isEqualTo("llm-unavailable: rate limit reached");
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))).hasSize(1);
    }

    @Test
    void theBulkheadLimitsConcurrentCalls() throws Exception {
        LlmProperties properties = LlmTestSupport
                .bind(Map.of("bulkhead.max-concurrent-calls", "1", "bulkhead.max-wait", "0s"));
        LlmResilience resilience = new LlmResilience(properties, RetryRegistry.ofDefaults(),
                CircuitBreakerRegistry.ofDefaults(), RateLimiterRegistry.ofDefaults(), BulkheadRegistry.ofDefaults());
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> resilience.call(() -> {
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> resilience.call(() -> "second")).isInstanceOf(BulkheadFullException.class);
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(resilience.call(() -> "third")).isEqualTo("third");
    }
}
