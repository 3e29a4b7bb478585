package dev.aiproof.pipeline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl      where people reach this service; report links in emails start with it
 * @param maxAttempts    tries of a stage before the assessment is marked FAILED
 * @param initialBackoff wait before the first retry; each further retry waits three times longer
 * @param profilerWait   wait before asking an unavailable LLM again (aiproof.llm.fallback=wait)
 */
@ConfigurationProperties("aiproof.pipeline")
public record PipelineProperties(
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("10s") Duration initialBackoff,
        @DefaultValue("1m") Duration profilerWait) {
}
