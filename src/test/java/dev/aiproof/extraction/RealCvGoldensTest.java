package dev.aiproof.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published goldens beside the offlinecv samples in ../shared/realcv. */
class RealCvGoldensTest {

    private static final Path REALCV = Path.of("../shared/realcv");
    private final Extractor extractor = new Extractor();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void twoColumnSidebarSampleHasItsFiveRolesAndTwoPages() throws IOException {
        Path pdf = REALCV.resolve("offlinecv__chromium-two-column-sidebar.pdf");
        assumeTrue(Files.exists(pdf), "../shared/realcv is not present");
        JsonNode expected = json
                .readTree(Files.readString(REALCV.resolve("offlinecv__chromium-two-column-sidebar.expected.json")));
        ExtractedDocument doc = extractor.extract(pdf.getFileName().toString(), Files.readAllBytes(pdf));

        assertThat(doc.positions()).hasSize(expected.path("cascade").get("experienceCount").asInt());
        assertThat(doc.pageCount()).isEqualTo(expected.path("cascade").get("pageCount").asInt());
        assertThat(doc.positions().getFirst().start()).isEqualTo(YearMonth.of(2021, 4));
        assertThat(doc.positions().getFirst().end()).isNull();
        assertThat(doc.sections()).extracting(Section::kind).contains("summary", "experience", "skills", "education");
    }

    @Test
    void extendedLatinSampleMatchesItsTruth() throws IOException {
        Path pdf = REALCV.resolve("offlinecv__extended-latin-name-roundtrip.pdf");
        assumeTrue(Files.exists(pdf), "../shared/realcv is not present");
        JsonNode truth = json
                .readTree(Files.readString(REALCV.resolve("offlinecv__extended-latin-name-roundtrip.truth.json")));
        ExtractedDocument doc = extractor.extract(pdf.getFileName().toString(), Files.readAllBytes(pdf));

        JsonNode role = truth.get("experience").get(0);
        assertThat(doc.positions()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo(role.get("title").asString());
            assertThat(p.organisation()).isEqualTo(role.get("company").asString());
            assertThat(p.start()).isEqualTo(YearMonth.of(2021, 3));
            assertThat(p.end()).isNull();
        });
        assertThat(doc.text()).contains(truth.path("contact").get("full_name").asString());
        truth.get("skills").forEach(s -> assertThat(doc.text()).contains(s.asString()));
    }

    @Test
    void officeManagerTemplateKeepsItsThreeRolesInOrder() throws IOException {
        Path pdf = REALCV.resolve("offlinecv__chanchal-sharma-sample.pdf");
        assumeTrue(Files.exists(pdf), "../shared/realcv is not present");
        JsonNode truth = json
                .readTree(Files.readString(REALCV.resolve("offlinecv__chanchal-sharma-sample.truth.json")));
        String text = extractor.extract(pdf.getFileName().toString(), Files.readAllBytes(pdf)).text();

        int from = 0;
        for (JsonNode role : truth.get("experience")) {
            int at = text.indexOf(role.get("company").asString(), from);
            assertThat(at).as(role.get("company").asString()).isGreaterThanOrEqualTo(from);
            from = at;
        }
        truth.get("skills").forEach(s -> assertThat(text).contains(s.asString()));
    }
}
