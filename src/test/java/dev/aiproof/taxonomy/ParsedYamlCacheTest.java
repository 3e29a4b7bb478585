package dev.aiproof.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Parsed copies of the taxonomy's YAML: the same taxonomy either way, a changed file parsed again, the old copy gone. */
class ParsedYamlCacheTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @TempDir
    Path cache;

    @Test
    void aTaxonomyLoadedFromParsedCopiesIsTheSameTaxonomy() {
        Taxonomy parsed = new TaxonomyLoader(new DefaultResourceLoader()).load(TaxonomyLoader.DEFAULT_LOCATION);
        Taxonomy first = new TaxonomyLoader(new DefaultResourceLoader(), cache).load(TaxonomyLoader.DEFAULT_LOCATION);
        Taxonomy second = new TaxonomyLoader(new DefaultResourceLoader(), cache).load(TaxonomyLoader.DEFAULT_LOCATION);

        assertThat(jsonFiles()).anyMatch(f -> f.contains("-occupations.yaml-"));
        for (Taxonomy loaded : List.of(first, second)) {
            assertThat(loaded.version()).isEqualTo(parsed.version());
            assertThat(loaded.occupations()).isEqualTo(parsed.occupations());
            assertThat(loaded.tasks()).isEqualTo(parsed.tasks());
            assertThat(loaded.skills()).isEqualTo(parsed.skills());
            assertThat(loaded.in(Language.NB).occupations()).isEqualTo(parsed.in(Language.NB).occupations());
        }
    }

    @Test
    void aChangedFileIsParsedAgainAndItsOldCopyRemoved() throws IOException {
        ParsedYamlCache parsedCopies = new ParsedYamlCache(cache);
        AtomicInteger parses = new AtomicInteger();
        byte[] v1 = "a: 1\n".getBytes(StandardCharsets.UTF_8);
        byte[] v2 = "a: 2\n".getBytes(StandardCharsets.UTF_8);

        JsonNode one = parsedCopies.tree("file:t/", "x.yaml", v1, () -> parse(v1, parses));
        JsonNode again = parsedCopies.tree("file:t/", "x.yaml", v1, () -> parse(v1, parses));
        assertThat(again).isEqualTo(one);
        assertThat(parses).hasValue(1);

        JsonNode two = parsedCopies.tree("file:t/", "x.yaml", v2, () -> parse(v2, parses));
        assertThat(two.get("a").asInt()).isEqualTo(2);
        assertThat(parses).hasValue(2);
        assertThat(jsonFiles()).hasSize(1);
    }

    @Test
    void withoutAFolderEveryFileIsParsed() {
        AtomicInteger parses = new AtomicInteger();
        byte[] yaml = "a: 1\n".getBytes(StandardCharsets.UTF_8);
        ParsedYamlCache none = new ParsedYamlCache(null);
        none.tree("file:t/", "x.yaml", yaml, () -> parse(yaml, parses));
        none.tree("file:t/", "x.yaml", yaml, () -> parse(yaml, parses));
        assertThat(parses).hasValue(2);
    }

    private static JsonNode parse(byte[] yaml, AtomicInteger parses) {
        parses.incrementAndGet();
        return YAML.readTree(yaml);
    }

    private List<String> jsonFiles() {
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
