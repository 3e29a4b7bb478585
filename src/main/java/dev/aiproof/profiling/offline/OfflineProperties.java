package dev.aiproof.profiling.offline;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the offline profiler.
 *
 * @param cacheDir where the taxonomy embeddings are cached between runs; {@code data/cache} by default
 */
@ConfigurationProperties("aiproof.offline")
public record OfflineProperties(Path cacheDir) {

    public OfflineProperties {
        if (cacheDir == null) {
            cacheDir = Path.of("data", "cache");
        }
    }

    public static OfflineProperties defaults() {
        return new OfflineProperties(null);
    }
}
