package dev.aiproof.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.aiproof.extraction.FixtureCvs.Cv;
import dev.aiproof.extraction.FixtureCvs.Job;

/** Each invented CV yields exactly its roles, with title, employer and start month, whatever the format. */
class FixturePositionsTest {

    private static final Extractor EXTRACTOR = new Extractor();

    static List<Cv> cvs() {
        return FixtureCvs.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cvs")
    void rolesAreReadWithTitleAndEmployer(Cv cv) throws IOException {
        Path file = Path.of("fixtures/cv", cv.file());
        ExtractedDocument doc = EXTRACTOR.extract(cv.file(), Files.readAllBytes(file));

        assertThat(doc.positions()).extracting(DatedPosition::title).containsExactlyElementsOf(cv.titles());
        List<String> employers = cv.jobs().stream().map(Job::org).toList();
        assertThat(doc.positions()).extracting(DatedPosition::organisation).containsExactlyElementsOf(employers);
        assertThat(doc.positions()).allSatisfy(p -> assertThat(p.start()).isNotNull());
        List<Boolean> current = cv.jobs().stream().map(j -> j.dates().matches("(?i).*(present|nå|heute).*|.*/"))
                .toList();
        assertThat(doc.positions()).extracting(p -> p.end() == null).containsExactlyElementsOf(current);
        assertThat(doc.language()).isEqualTo(cv.lang());
    }
}
