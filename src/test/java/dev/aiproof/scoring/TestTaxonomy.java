package dev.aiproof.scoring;

import org.springframework.core.io.DefaultResourceLoader;

import dev.aiproof.taxonomy.Taxonomy;
import dev.aiproof.taxonomy.TaxonomyLoader;

/** The project's own taxonomy, loaded once for all scoring tests. */
final class TestTaxonomy {

    private static Taxonomy shipped;

    private TestTaxonomy() {
    }

    static synchronized Taxonomy shipped() {
        if (shipped == null) {
            shipped = new TaxonomyLoader(new DefaultResourceLoader()).load("file:config/taxonomy/");
        }
        return shipped;
    }
}
