package dev.aiproof.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LinkedInExportTest {

    @Test
    void readsTheCvFilesWithBomAndQuotedNewlinesAndNothingElse() throws Exception {
        Draft draft = LinkedInExport.read(FixtureGenerator.linkedInExport("Basic_LinkedInDataExport/"));

        assertThat(draft.text()).startsWith("Rosa Lindgren\nProduct Manager at Tundra Apps");
        assertThat(draft.text()).contains("Own the analytics product line.\n\"Shipped\" self-serve dashboards");
        assertThat(draft.text()).doesNotContain("PRIVATE-");
        assertThat(draft.positions()).extracting(DatedPosition::title, DatedPosition::start, DatedPosition::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Senior Product Manager", YearMonth.of(2021, 3), null),
                        org.assertj.core.groups.Tuple.tuple("Product Manager", YearMonth.of(2018, 1),
                                YearMonth.of(2021, 2)),
                        org.assertj.core.groups.Tuple.tuple("Business Analyst", YearMonth.of(2015, 8),
                                YearMonth.of(2017, 12)));
        assertThat(draft.sections()).extracting(Section::kind).contains("experience", "education", "skills",
                "languages", "certifications");
    }

    @Test
    void aZipWithoutTheCvFilesIsNotAnExport() throws Exception {
        byte[] zip = FixtureFormats.zip(Map.of("messages.csv", "FROM,TO\nA,B\n".getBytes()));
        ExtractionException e = catchThrowableOfType(ExtractionException.class, () -> LinkedInExport.read(zip));
        assertThat(e.error()).isEqualTo(ExtractionError.UNSUPPORTED_FORMAT);
    }

    @Test
    void aJsonFileThatIsNotAJsonResumeIsRefused() {
        ExtractionException e = catchThrowableOfType(ExtractionException.class,
                () -> JsonResume.read("{\"invoice\": 12}"));
        assertThat(e.error()).isEqualTo(ExtractionError.NOT_A_CV);
        ExtractionException broken = catchThrowableOfType(ExtractionException.class,
                () -> JsonResume.read("{\"basics\": "));
        assertThat(broken.error()).isEqualTo(ExtractionError.CORRUPT);
    }
}
