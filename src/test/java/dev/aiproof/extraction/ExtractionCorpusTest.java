package dev.aiproof.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in fixtures/cv (not labelled/), fixtures/bad and, when present, ../shared/realcv is extracted and its
 * expected outcome asserted, from fixtures/extraction-expectations.csv and fixtures/realcv-expectations.csv.
 */
class ExtractionCorpusTest {

    static final Path FIXTURES = Path.of("fixtures");
    static final Path REALCV = Path.of("../shared/realcv");
    private static final Extractor EXTRACTOR = new Extractor();

    static List<Expectations> fixtures() throws IOException {
        return Expectations.load(FIXTURES.resolve("extraction-expectations.csv"));
    }

    static List<Expectations> realCvs() throws IOException {
        return Expectations.load(FIXTURES.resolve("realcv-expectations.csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture(Expectations expected) throws IOException {
        expected.check(EXTRACTOR, FIXTURES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realCvs")
    void realCv(Expectations expected) throws IOException {
        assumeTrue(Files.isDirectory(REALCV), "../shared/realcv is not present");
        expected.check(EXTRACTOR, REALCV);
    }

    @Test
    void everyFixtureHasAnExpectation() throws IOException {
        List<String> listed = fixtures().stream().map(Expectations::file).toList();
        try (Stream<Path> files = Stream.concat(Files.list(FIXTURES.resolve("cv")),
                Files.list(FIXTURES.resolve("bad")))) {
            List<String> present = files.filter(Files::isRegularFile)
                    .map(p -> FIXTURES.relativize(p).toString().replace('\\', '/')).toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(present);
        }
    }

    @Test
    void everyRealCvHasAnExpectation() throws IOException {
        assumeTrue(Files.isDirectory(REALCV), "../shared/realcv is not present");
        List<String> listed = realCvs().stream().map(Expectations::file).toList();
        try (Stream<Path> files = Files.list(REALCV)) {
            List<String> cvs = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".expected.json") && !n.endsWith(".truth.json") && !n.equals("SOURCES.md"))
                    .toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(cvs);
        }
    }

    @Test
    void committedFixturesAreSmall() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(FIXTURES.resolve("cv")),
                Files.list(FIXTURES.resolve("bad")))) {
            files.filter(Files::isRegularFile).forEach(p -> {
                try {
                    assertThat(Files.size(p)).as(p.toString()).isLessThan(300_000);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
