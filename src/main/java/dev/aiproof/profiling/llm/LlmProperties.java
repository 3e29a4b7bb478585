package dev.aiproof.profiling.llm;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code aiproof.llm.*}: how the LLM profiler reaches its model and how hard it tries. Every field has a default,
 * so only {@code provider}, {@code base-url}, {@code api-key} and {@code model} usually need setting. A value out of
 * range stops the start with the setting's name.
 *
 * @param provider        openai (any OpenAI-compatible endpoint) | ollama (native API) | anthropic
 * @param baseUrl         endpoint; unset, the provider's public one (the default depends on the provider, so it is
 *                        filled in here rather than by {@code @DefaultValue})
 * @param apiKey          secret; not needed for local servers
 * @param headers         extra HTTP headers, e.g. {@code api-key} for Azure OpenAI's OpenAI-compatible endpoint
 * @param model           model name; unset, a small, cheap default per provider
 * @param temperature     0 by default: the same CV should map the same way
 * @param seed            sent where the provider supports it (OpenAI-compatible, Ollama); unset, none is sent
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
@Validated
@ConfigurationProperties("aiproof.llm")
record LlmProperties(
        @DefaultValue("openai") @NotNull LlmProvider provider,
        String baseUrl,
        String apiKey,
        @DefaultValue Map<String, String> headers,
        String model,
        @DefaultValue("0") @DecimalMin("0") @DecimalMax("2") double temperature,
        Integer seed,
        @DefaultValue("60s") @NotNull @DurationMin(millis = 1) Duration timeout,
        @DefaultValue("offline") @NotNull LlmFallback fallback,
        @DefaultValue("1200") @Positive int maxOutputTokens,
        @DefaultValue("9000") @Positive int maxCvChars,
        @DefaultValue("true") boolean jsonSchema,
        @DefaultValue("classpath:prompts/") @NotBlank String promptsLocation,
        @DefaultValue("true") boolean cache,
        @DefaultValue("30d") @NotNull @DurationMin(millis = 1) Duration cacheTtl,
        @DefaultValue @NotNull @Valid Retry retry,
        @DefaultValue @NotNull @Valid CircuitBreaker circuitBreaker,
        @DefaultValue @NotNull @Valid Bulkhead bulkhead,
        @DefaultValue @NotNull @Valid RateLimit rateLimit) {

    LlmProperties {
        if (provider != null) {
            baseUrl = blank(baseUrl) ? provider.defaultBaseUrl : baseUrl;
            model = blank(model) ? provider.defaultModel : model;
        }
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** The model as recorded in reports and cache keys. */
    String modelId() {
        return provider.name().toLowerCase(Locale.ROOT) + ":" + model;
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
    record Retry(@DefaultValue("3") @Positive int maxAttempts,
            @DefaultValue("1s") @NotNull Duration initialBackoff,
            @DefaultValue("2.0") @DecimalMin("1") double multiplier,
            @DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double jitter,
            @DefaultValue("30s") @NotNull Duration maxBackoff,
            @DefaultValue("60s") @NotNull Duration maxRetryAfter) {
    }

    /**
     * @param failureRateThreshold percentage of failed calls that opens the circuit
     * @param slidingWindowSize    calls looked at
     * @param minimumCalls         calls needed before the rate counts
     * @param openFor              how long the circuit stays open before a trial call
     */
    record CircuitBreaker(
            @DefaultValue("50") @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") float failureRateThreshold,
            @DefaultValue("20") @Positive int slidingWindowSize,
            @DefaultValue("5") @Positive int minimumCalls,
            @DefaultValue("1m") @NotNull @DurationMin(millis = 1) Duration openFor) {
    }

    /** @param maxConcurrentCalls LLM calls in flight at once; @param maxWait how long a further call queues */
    record Bulkhead(@DefaultValue("4") @Positive int maxConcurrentCalls,
            @DefaultValue("30s") @NotNull Duration maxWait) {
    }

    /** @param limitForPeriod calls per period; @param period the period; @param maxWait how long a call waits for a permit */
    record RateLimit(@DefaultValue("50") @Positive int limitForPeriod,
            @DefaultValue("1m") @NotNull @DurationMin(millis = 1) Duration period,
            @DefaultValue("30s") @NotNull Duration maxWait) {
    }
}
