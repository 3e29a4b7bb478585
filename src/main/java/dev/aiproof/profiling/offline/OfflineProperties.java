package dev.aiproof.profiling.offline;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the offline profiler.
 *
 * @param cacheDir where the taxonomy embeddings are cached between runs; {@code data/cache} by default
 */
@Validated
@ConfigurationProperties("aiproof.offline")
public record OfflineProperties(@DefaultValue("data/cache") @NotNull Path cacheDir) {
}
