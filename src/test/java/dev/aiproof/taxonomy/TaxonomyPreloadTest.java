package dev.aiproof.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The taxonomy read while Spring starts is the one the context uses, and a bad taxonomy still stops the start. */
class TaxonomyPreloadTest {

    @TempDir
    Path dir;

    @Configuration(proxyBeanMethods = false)
    @Import(TaxonomyConfiguration.class)
    @EnableConfigurationProperties(TaxonomyConfiguration.TaxonomyProperties.class)
    static class TaxonomyOnly {
    }

    private static SpringApplicationBuilder start() {
        return new SpringApplicationBuilder(TaxonomyOnly.class).web(WebApplicationType.NONE)
                .listeners(new TaxonomyPreload()).logStartupInfo(false);
    }

    @Test
    void theContextUsesTheTaxonomyReadBeforeIt() {
        try (ConfigurableApplicationContext context = start().run("--aiproof.taxonomy.cache-dir=" + dir)) {
            Taxonomy taxonomy = context.getBean(Taxonomy.class);
            assertThat(taxonomy).isSameAs(context.getBean(TaxonomyPreload.Preloaded.class).join());
            assertThat(taxonomy.occupations()).hasSizeGreaterThan(700);
        }
    }

    @Test
    void aBrokenTaxonomyStopsTheStartWithItsOwnError() throws Exception {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("taxonomy.yaml"), "");

        assertThatThrownBy(() -> start().run("--aiproof.taxonomy.cache-dir=" + dir,
                "--aiproof.taxonomy.location=file:" + broken + "/").close())
                .hasRootCauseInstanceOf(TaxonomyException.class).rootCause().hasMessageContaining("is empty");
    }
}
