package dev.aiproof.taxonomy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
class TaxonomyConfiguration {

    @Bean
    Taxonomy taxonomy(TaxonomyProperties properties, ResourceLoader resources) {
        return new TaxonomyLoader(resources).load(properties.location());
    }

    /** Named messageSource so that Spring Boot's own backs off and Thymeleaf's #{…} reads the same bundles. */
    @Bean
    org.springframework.context.MessageSource messageSource() {
        return Messages.bundled();
    }

    /** @param location folder of the taxonomy YAML files; the jar's own by default */
    @ConfigurationProperties("aiproof.taxonomy")
    record TaxonomyProperties(String location) {
        TaxonomyProperties {
            if (location == null || location.isBlank()) {
                location = java.nio.file.Files.isDirectory(java.nio.file.Path.of("config/taxonomy"))
                        ? "file:config/taxonomy/"
                        : TaxonomyLoader.DEFAULT_LOCATION;
            }
        }
    }
}
