package dev.aiproof.taxonomy;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.validation.annotation.Validated;

@Configuration(proxyBeanMethods = false)
class TaxonomyConfiguration {

    /** The read {@link TaxonomyPreload} started, when it read these settings; else a read now. */
    @Bean
    Taxonomy taxonomy(TaxonomyProperties properties, ResourceLoader resources,
            ObjectProvider<TaxonomyPreload.Preloaded> preloaded) {
        TaxonomyPreload.Preloaded started = preloaded.getIfAvailable();
        if (started != null && started.properties().equals(properties)) {
            return started.join();
        }
        return new TaxonomyLoader(resources, properties.cacheDir()).load(properties.location());
    }

    /** Named messageSource so that Spring Boot's own backs off and Thymeleaf's #{…} reads the same bundles. */
    @Bean
    org.springframework.context.MessageSource messageSource() {
        return Messages.bundled();
    }

    /**
     * @param location folder of the taxonomy files; unset, ./config/taxonomy when there is one, else the jar's own
     * @param cacheDir where parsed copies of its YAML files are kept between starts
     */
    @Validated
    @ConfigurationProperties("aiproof.taxonomy")
    record TaxonomyProperties(String location, @DefaultValue("./data/cache") @NotNull Path cacheDir) {
        TaxonomyProperties {
            if (location == null || location.isBlank()) {
                location = Files.isDirectory(Path.of("config/taxonomy"))
                        ? "file:config/taxonomy/"
                        : TaxonomyLoader.DEFAULT_LOCATION;
            }
        }
    }
}
