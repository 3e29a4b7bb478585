package dev.aiproof.profiling.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aiproof.extraction.DatedPosition;

/** Years of experience from date ranges in CV lines, without the embedding model. */
class OfflineSeniorityYearsTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    private static double years(String text) {
        return SeniorityYears.years(SeniorityYears.periods(List.of(), EvidenceLines.split(text), NOW));
    }

    @Test
    void readsEnglishAndNorwegianRangesAndPresent() {
        assertThat(years("Experience\nDeveloper, Acme\nMar 2021 – Present")).isEqualTo(5.8);
        assertThat(years("Erfaring\nSykepleier, Haukeland\naugust 2022 – nå")).isEqualTo(4.3);
        assertThat(years("Experience\nAnalyst, Foo — 09/2022 – 03/2024")).isEqualTo(1.6);
        // bare years read as the extractor reads them everywhere: January of the first to December of the last
        assertThat(years("Experience\nWelder 2015–2018")).isEqualTo(4.0);
    }

    @Test
    void overlappingJobsCountOnce() {
        assertThat(years("Experience\nA 2018 – 2022\nB 2020 – 2021")).isEqualTo(5.0);
    }

    @Test
    void studyInternshipAndApprenticeYearsDoNotCount() {
        String cv = """
                Experience
                Tømrer, Block Berge                2022 – nå
                Lærling, Hyttebygg Øyer AS         2019 – 2021
                Summer intern, Acme
                Jun 2018 – Aug 2018
                Education
                Bachelor in Nursing, 2015 – 2018
                """;
        assertThat(years(cv)).isEqualTo(4.9);
    }

    /** A school's teaching assistant is a job of its own (SOC 25-9042), not a student's side job. */
    @Test
    void teachingAssistantYearsCount() {
        assertThat(years("Experience\nTeaching Assistant, Lark Hill Primary School\nSep 2022 – Aug 2025"))
                .isEqualTo(3.0);
    }

    @Test
    void degreeLinesOutsideAnEducationHeadingDoNotCount() {
        assertThat(years("• Vocational school: Metalworking technician, 2017 – 2020\n• 2022 – present: Shipyard"))
                .isEqualTo(4.9);
    }

    @Test
    void extractorPositionsWinOverParsing() {
        List<DatedPosition> positions = List.of(
                new DatedPosition("Nurse", "Ward 3", YearMonth.of(2020, 1), null, "Nurse, Ward 3, 2020 – now"),
                new DatedPosition("Nurse", "Ward 2", YearMonth.of(2016, 1), YearMonth.of(2019, 12), "Nurse, Ward 2"));
        assertThat(SeniorityYears
                .years(SeniorityYears.periods(positions, EvidenceLines.split("Experience\nX 2001 – 2002"), NOW)))
                .isEqualTo(10.9);
    }

    @Test
    void extractorPositionsForInternshipsAndDegreesDoNotCount() {
        List<DatedPosition> positions = List.of(
                new DatedPosition("Tømrer", "Block Berge", YearMonth.of(2022, 1), null,
                        "Tømrer, Block Berge 2022 – nå"),
                new DatedPosition("Lærling", "Hyttebygg", YearMonth.of(2019, 1), YearMonth.of(2021, 12),
                        "Lærling 2019 – 2021"),
                new DatedPosition("University — Bachelor of IT", null, YearMonth.of(2015, 1), YearMonth.of(2018, 12),
                        "x"));
        assertThat(SeniorityYears.years(SeniorityYears.periods(positions, List.of(), NOW))).isEqualTo(4.9);
        assertThat(SeniorityYears.preCareer(List.of(), positions)).containsExactly("Lærling 2019 – 2021");
    }

    @Test
    void claimedYearsAreReadFromSummaries() {
        assertThat(SeniorityYears.claimed(EvidenceLines.split("Engineer with 12+ years of experience in oil and gas")))
                .isEqualTo(12);
        assertThat(SeniorityYears.claimed(EvidenceLines.split("Tømrer med 7 års erfaring"))).isEqualTo(7);
    }

    @Test
    void personalProjectsAndChineseInternshipsDoNotCount() {
        String cv = """
                Experience
                Developer, Acme                             2025 – present
                Personal project: home weather station      2020 – present
                实习 后端开发, 某科技公司                        2024 – 2025
                """;
        assertThat(years(cv)).isEqualTo(1.9);
    }
}
