package dev.aiproof.profiling.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

import dev.aiproof.taxonomy.Taxonomy;
import dev.aiproof.taxonomy.TaxonomyLoader;

/** The taxonomy embeddings are computed once, then read from disk until the taxonomy changes. */
class OfflineEmbeddingCacheTest {

    /** One occupation and the first {@code tasks} tasks of its mix: another count is another set of embedded texts. */
    private static Taxonomy small(int tasks) {
        Taxonomy full = TaxonomyLoader.loadDefault();
        List<dev.aiproof.taxonomy.Occupation> occupations = full.occupations().subList(0, 1);
        List<String> taskIds = occupations.getFirst().tasks().stream().map(dev.aiproof.taxonomy.OccupationTask::id)
                .limit(tasks).toList();
        return new Taxonomy(full.version(), occupations,
                full.tasks().stream().filter(t -> taskIds.contains(t.id())).toList(),
                full.skills().subList(0, 3), full.seniority(), full.actions(), full.edges(), full.sources());
    }

    private static EmbeddingIndex index(Taxonomy taxonomy, Path dir) {
        return new EmbeddingIndex(taxonomy, new BgeSmallEnV15QuantizedEmbeddingModel(), OfflineProfiler.MODEL,
                new EmbeddingCache(dir, taxonomy.version(), OfflineProfiler.MODEL));
    }

    @Test
    void secondStartReadsTheCacheAndGetsTheSameVectors(@TempDir Path dir) {
        Taxonomy taxonomy = small(3);
        EmbeddingIndex first = index(taxonomy, dir);
        EmbeddingIndex second = index(taxonomy, dir);

        assertThat(first.fromCache()).isFalse();
        assertThat(second.fromCache()).isTrue();
        String soc = taxonomy.occupations().getFirst().soc();
        assertThat(second.occupationTitles(soc)).isDeepEqualTo(first.occupationTitles(soc));
        assertThat(dir.resolve("embeddings-" + taxonomy.version() + "-" + OfflineProfiler.MODEL + ".bin")).exists();
    }

    @Test
    void aChangedTaxonomyMissesTheCache(@TempDir Path dir) {
        index(small(3), dir);
        EmbeddingIndex changed = index(small(2), dir);
        assertThat(changed.fromCache()).isFalse();
        assertThat(index(small(2), dir).fromCache()).isTrue();
    }

    @Test
    void aDamagedCacheIsRecomputed(@TempDir Path dir) throws Exception {
        Taxonomy taxonomy = small(3);
        index(taxonomy, dir);
        Path file = new EmbeddingCache(dir, taxonomy.version(), OfflineProfiler.MODEL).file();
        Files.write(file, new byte[] {1, 2, 3});
        assertThat(index(taxonomy, dir).fromCache()).isFalse();
        assertThat(index(taxonomy, dir).fromCache()).isTrue();
    }
}
