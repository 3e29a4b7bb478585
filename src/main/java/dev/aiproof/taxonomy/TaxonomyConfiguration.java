package dev.aiproof.taxonomy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

@Configuration(proxyBeanMethods = false)
class TaxonomyConfiguration {

    @Bean
    Taxonomy taxonomy(TaxonomyProperties properties, ResourceLoader resources) {
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
