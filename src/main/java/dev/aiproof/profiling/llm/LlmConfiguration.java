package dev.aiproof.profiling.llm;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.extraction.ExtractedDocument;
import dev.aiproof.profiling.Profiler;
import dev.aiproof.profiling.Shortlist;
import dev.aiproof.profiling.offline.OfflineProfiler;
import dev.aiproof.taxonomy.Taxonomy;

/**
 * The LLM profiler's wiring, active with {@code aiproof.profiler=llm}: it then becomes the primary
 * {@link Profiler}, with the offline profiler as its shortlister and fallback. Models and the AI service are plain
 * beans built from {@link LlmProperties} (the LangChain4j Spring Boot starters are not used).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "aiproof.profiler", havingValue = "llm")
@EnableConfigurationProperties(LlmProperties.class)
class LlmConfiguration {

    @Bean
    LlmUsageMeter llmUsageMeter() {
        return new LlmUsageMeter();
    }

    @Bean
    ChatModel llmChatModel(LlmProperties properties, LlmUsageMeter meter) {
        return LlmChatModels.create(properties, List.of(meter));
    }

    @Bean
    PromptSet promptSet(LlmProperties properties, ResourceLoader resources) {
        return PromptSet.load(resources, properties.promptsLocation());
    }

    @Bean
    LlmResilience llmResilience(LlmProperties properties, ObjectProvider<RetryRegistry> retries,
            ObjectProvider<CircuitBreakerRegistry> breakers, ObjectProvider<RateLimiterRegistry> limiters,
            ObjectProvider<BulkheadRegistry> bulkheads) {
        return new LlmResilience(properties, retries.getIfAvailable(RetryRegistry::ofDefaults),
                breakers.getIfAvailable(CircuitBreakerRegistry::ofDefaults),
                limiters.getIfAvailable(RateLimiterRegistry::ofDefaults),
                bulkheads.getIfAvailable(BulkheadRegistry::ofDefaults));
    }

    @Bean
    LlmProfilingService llmProfilingService(ChatModel llmChatModel, LlmResilience resilience, PromptSet prompts) {
        return aiService(llmChatModel, resilience, prompts);
    }

    @Bean
    ProfileCache profileCache(LlmProperties properties, ObjectProvider<JdbcTemplate> jdbc, JsonMapper json) {
        return new ProfileCache(jdbc.getObject(), json, Clock.systemUTC(), properties.cacheTtl());
    }

    @Bean
    @Primary
    Profiler llmProfiler(LlmProfilingService service, LlmUsageMeter meter, LlmProperties properties, PromptSet prompts,
            Taxonomy taxonomy, OfflineProfiler offline, ProfileCache cache) {
        return profiler(service, meter, properties, prompts, taxonomy, offline, offline::shortlist,
                properties.cache() ? Optional.of(cache) : Optional.empty());
    }

    static LlmProfilingService aiService(ChatModel model, LlmResilience resilience, PromptSet prompts) {
        return AiServices.builder(LlmProfilingService.class)
                .chatModel(new LlmResilientChatModel(model, resilience))
                .systemMessageProvider(memoryId -> prompts.system())
                .build();
    }

    static LlmProfiler profiler(LlmProfilingService service, LlmUsageMeter meter, LlmProperties properties,
            PromptSet prompts, Taxonomy taxonomy, Profiler offline,
            Function<ExtractedDocument, Shortlist> shortlister, Optional<ProfileCache> cache) {
        return new LlmProfiler(service, meter, properties, prompts,
                new PromptComposer(prompts, taxonomy, properties.maxCvChars()), new ProfileValidator(taxonomy),
                offline, shortlister, cache, taxonomy.version());
    }
}
