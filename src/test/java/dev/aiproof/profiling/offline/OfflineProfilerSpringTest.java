package dev.aiproof.profiling.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.aiproof.taxonomy.Taxonomy;
import dev.aiproof.taxonomy.TaxonomyLoader;

/** The profiler as Spring builds it: constructor injection and the aiproof.offline.* settings. */
class OfflineProfilerSpringTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(OfflineProperties.class)
    static class Setup {
        @Bean
        Taxonomy taxonomy() {
            return TaxonomyLoader.loadDefault();
        }
    }

    @Test
    void bindsTheCacheDirectoryAndBuildsTheProfiler() {
        OfflineProfilerFixtures.profiler(); // fills the cache, so the Spring-built profiler must read it
        new ApplicationContextRunner().withUserConfiguration(Setup.class).withBean(OfflineProfiler.class)
                .withPropertyValues("aiproof.offline.cache-dir=" + OfflineProfilerFixtures.CACHE)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(OfflineProperties.class).cacheDir())
                            .isEqualTo(OfflineProfilerFixtures.CACHE);
                    assertThat(context.getBean(OfflineProfiler.class).embeddingsFromCache()).isTrue();
                });
    }
}
