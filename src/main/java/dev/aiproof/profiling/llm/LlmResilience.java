package dev.aiproof.profiling.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * Retry (exponential backoff with jitter, honouring {@code Retry-After}) around a circuit breaker, a rate limiter
 * and a bulkhead, all named after the provider so that each provider has its own. LangChain4j's own retries are
 * off ({@code maxRetries(0)}), so every attempt shows up here.
 */
final class LlmResilience {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LlmResilience.class);

    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final RateLimiter rateLimiter;
    private final Bulkhead bulkhead;

    LlmResilience(LlmProperties properties, RetryRegistry retries, CircuitBreakerRegistry breakers,
            RateLimiterRegistry limiters, BulkheadRegistry bulkheads) {
        String name = "llm-" + properties.provider().name().toLowerCase(java.util.Locale.ROOT);
        LlmProperties.Retry r = properties.retry();
        this.retry = retries.retry(name, RetryConfig.custom()
                .maxAttempts(r.maxAttempts())
                .intervalBiFunction(interval(r))
                .retryOnException(LlmResilience::isTransient)
                .build());
        // exception class only: provider error bodies may echo the request
        retry.getEventPublisher().onRetry(event -> log.info("{} attempt {} failed ({}), next in {} ms", name,
                event.getNumberOfRetryAttempts(), event.getLastThrowable().getClass().getSimpleName(),
                event.getWaitInterval().toMillis()));
        LlmProperties.CircuitBreaker c = properties.circuitBreaker();
        this.circuitBreaker = breakers.circuitBreaker(name, CircuitBreakerConfig.custom()
                .failureRateThreshold(c.failureRateThreshold())
                .slidingWindowSize(c.slidingWindowSize())
                .minimumNumberOfCalls(c.minimumCalls())
                .waitDurationInOpenState(c.openFor())
                .recordException(LlmResilience::isProviderFailure)
                .build());
        LlmProperties.RateLimit l = properties.rateLimit();
        this.rateLimiter = limiters.rateLimiter(name, RateLimiterConfig.custom()
                .limitForPeriod(l.limitForPeriod())
                .limitRefreshPeriod(l.period())
                .timeoutDuration(l.maxWait())
                .build());
        LlmProperties.Bulkhead b = properties.bulkhead();
        this.bulkhead = bulkheads.bulkhead(name, BulkheadConfig.custom()
                .maxConcurrentCalls(b.maxConcurrentCalls())
                .maxWaitDuration(b.maxWait())
                .build());
    }

    /** Runs one provider call; each retry passes the breaker, the rate limiter and the bulkhead again. */
    <T> T call(Supplier<T> call) {
        Supplier<T> guarded = Bulkhead.decorateSupplier(bulkhead, call);
        guarded = RateLimiter.decorateSupplier(rateLimiter, guarded);
        guarded = CircuitBreaker.decorateSupplier(circuitBreaker, guarded);
        return Retry.decorateSupplier(retry, guarded).get();
    }

    Retry retry() {
        return retry;
    }

    /** The provider's {@code Retry-After} when it sent one (capped), else exponential backoff with jitter. */
    static <T> IntervalBiFunction<T> interval(LlmProperties.Retry r) {
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(r.initialBackoff(), r.multiplier(),
                r.jitter());
        return (attempt, outcome) -> {
            Optional<Duration> hint = outcome.isLeft() ? retryAfter(outcome.getLeft()) : Optional.empty();
            if (hint.isPresent()) {
                return Math.min(hint.get().toMillis(), r.maxRetryAfter().toMillis());
            }
            // jitter first, then the cap: no wait is ever longer than max-backoff
            return Math.min(backoff.apply(attempt), r.maxBackoff().toMillis());
        };
    }

    static Optional<Duration> retryAfter(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof LlmHttpException http && http.retryAfter().isPresent()) {
                return http.retryAfter();
            }
        }
        return Optional.empty();
    }

    /** Worth another try: rate limited, server error, timeout, connection trouble. */
    static boolean isTransient(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RateLimitException || t instanceof InternalServerException
                    || t instanceof TimeoutException || t instanceof java.net.http.HttpTimeoutException
                    || t instanceof IOException || t instanceof UncheckedIOException) {
                return true;
            }
            if (t instanceof HttpException http) {
                int status = http.statusCode();
                return status == 408 || status == 429 || status >= 500;
            }
        }
        return false;
    }

    /** Counts against the provider's health: transient failures and refused requests (auth, bad model). */
    static boolean isProviderFailure(Throwable error) {
        if (isTransient(error)) {
            return true;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpException) {
                return true;
            }
        }
        return false;
    }
}
