package dev.aiproof.profiling.llm;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aiproof.llm.*}: how the LLM profiler reaches its model and how hard it tries. Every field has a default,
 * so only {@code provider}, {@code base-url}, {@code api-key} and {@code model} usually need setting.
 *
 * @param provider        openai (any OpenAI-compatible endpoint) | ollama (native API) | anthropic
 * @param baseUrl         endpoint; the provider's public one by default
 * @param apiKey          secret; not needed for local servers
 * @param headers         extra HTTP headers, e.g. {@code api-key} for Azure OpenAI's OpenAI-compatible endpoint
 * @param model           model name; a small, cheap default per provider
 * @param temperature     0 by default: the same CV should map the same way
 * @param seed            sent where the provider supports it (OpenAI-compatible, Ollama)
 * @param timeout         per HTTP call; a slower answer counts as a failed attempt
 * @param fallback        offline | wait, when the provider cannot be reached
 * @param maxOutputTokens hard cap on the answer's length
 * @param maxCvChars      the CV text sent is cut to this many characters (low-value sections go first)
 * @param jsonSchema      ask for JSON-schema structured output (strict on OpenAI); off for servers that reject it
 * @param promptsLocation folder with system.txt, user.txt, repair.txt and VERSION
 * @param cache           reuse a stored profile for the same CV, prompt version, model and taxonomy version
 * @param cacheTtl        how long a stored profile is kept (its evidence quotes are CV lines)
 * @param retry           backoff for 429, 5xx and timeouts
 * @param circuitBreaker  stops calling a failing provider for a while
 * @param bulkhead        concurrent calls allowed
 * @param rateLimit       calls allowed per period, per provider
 */
@ConfigurationProperties("aiproof.llm")
record LlmProperties(LlmProvider provider, String baseUrl, String apiKey, Map<String, String> headers, String model,
                     Double temperature,
                     Integer seed, Duration timeout, LlmFallback fallback, Integer maxOutputTokens, Integer maxCvChars,
                     Boolean jsonSchema, String promptsLocation, Boolean cache, Duration cacheTtl, Retry retry,
                     CircuitBreaker circuitBreaker, Bulkhead bulkhead, RateLimit rateLimit) {

    LlmProperties {
        provider = provider == null ? LlmProvider.OPENAI : provider;
        baseUrl = blank(baseUrl) ? provider.defaultBaseUrl : baseUrl;
        model = blank(model) ? provider.defaultModel : model;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        temperature = temperature == null ? 0.0 : temperature;
        timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
        fallback = fallback == null ? LlmFallback.OFFLINE : fallback;
        maxOutputTokens = maxOutputTokens == null ? 1200 : maxOutputTokens;
        maxCvChars = maxCvChars == null ? 9000 : maxCvChars;
        jsonSchema = jsonSchema == null || jsonSchema;
        promptsLocation = blank(promptsLocation) ? "classpath:prompts/" : promptsLocation;
        cache = cache == null || cache;
        cacheTtl = cacheTtl == null ? Duration.ofDays(30) : cacheTtl;
        retry = retry == null ? new Retry(null, null, null, null, null, null) : retry;
        circuitBreaker = circuitBreaker == null ? new CircuitBreaker(null, null, null, null) : circuitBreaker;
        bulkhead = bulkhead == null ? new Bulkhead(null, null) : bulkhead;
        rateLimit = rateLimit == null ? new RateLimit(null, null, null) : rateLimit;
    }

    /** The model as recorded in reports and cache keys. */
    String modelId() {
        return provider.name().toLowerCase(java.util.Locale.ROOT) + ":" + model;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * @param maxAttempts    calls in all, the first included
     * @param initialBackoff wait before the second call
     * @param multiplier     growth of the wait per attempt
     * @param jitter         randomisation factor (0.5: ±50 %)
     * @param maxBackoff     longest computed wait
     * @param maxRetryAfter  longest provider {@code Retry-After} honoured; a longer one is cut to this
     */
    record Retry(Integer maxAttempts, Duration initialBackoff, Double multiplier, Double jitter, Duration maxBackoff,
                 Duration maxRetryAfter) {
        Retry {
            maxAttempts = maxAttempts == null ? 3 : maxAttempts;
            initialBackoff = initialBackoff == null ? Duration.ofSeconds(1) : initialBackoff;
            multiplier = multiplier == null ? 2.0 : multiplier;
            jitter = jitter == null ? 0.5 : jitter;
            maxBackoff = maxBackoff == null ? Duration.ofSeconds(30) : maxBackoff;
            maxRetryAfter = maxRetryAfter == null ? Duration.ofSeconds(60) : maxRetryAfter;
        }
    }

    /**
     * @param failureRateThreshold percentage of failed calls that opens the circuit
     * @param slidingWindowSize    calls looked at
     * @param minimumCalls         calls needed before the rate counts
     * @param openFor              how long the circuit stays open before a trial call
     */
    record CircuitBreaker(Float failureRateThreshold, Integer slidingWindowSize, Integer minimumCalls,
                          Duration openFor) {
        CircuitBreaker {
            failureRateThreshold = failureRateThreshold == null ? 50f : failureRateThreshold;
            slidingWindowSize = slidingWindowSize == null ? 20 : slidingWindowSize;
            minimumCalls = minimumCalls == null ? 5 : minimumCalls;
            openFor = openFor == null ? Duration.ofMinutes(1) : openFor;
        }
    }

    /** @param maxConcurrentCalls LLM calls in flight at once; @param maxWait how long a further call queues */
    record Bulkhead(Integer maxConcurrentCalls, Duration maxWait) {
        Bulkhead {
            maxConcurrentCalls = maxConcurrentCalls == null ? 4 : maxConcurrentCalls;
            maxWait = maxWait == null ? Duration.ofSeconds(30) : maxWait;
        }
    }

    /** @param limitForPeriod calls per period; @param period the period; @param maxWait how long a call waits for a permit */
    record RateLimit(Integer limitForPeriod, Duration period, Duration maxWait) {
        RateLimit {
            limitForPeriod = limitForPeriod == null ? 50 : limitForPeriod;
            period = period == null ? Duration.ofMinutes(1) : period;
            maxWait = maxWait == null ? Duration.ofSeconds(30) : maxWait;
        }
    }
}
