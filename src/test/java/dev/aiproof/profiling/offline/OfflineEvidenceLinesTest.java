package dev.aiproof.profiling.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Splitting a CV into lines and bullets, and knowing which section each sits in. */
class OfflineEvidenceLinesTest {

    @Test
    void splitsBulletsAndStripsTheirMarks() {
        List<EvidenceLine> lines = EvidenceLines.split("Jane Roe\nSkills\n• Java • Kotlin • SQL\n- Docker");
        assertThat(lines).extracting(EvidenceLine::text).containsExactly("Jane Roe", "Skills", "Java", "Kotlin", "SQL", "Docker");
        assertThat(lines).extracting(EvidenceLine::section)
                .containsExactly("headline", "heading", "skills", "skills", "skills", "skills");
    }

    @Test
    void knowsNorwegianHeadings() {
        List<EvidenceLine> lines = EvidenceLines.split("Kari\nArbeidserfaring\nLærer, Fjell skole\nUtdanning\nBachelor, 2019");
        assertThat(lines).extracting(EvidenceLine::section)
                .containsExactly("headline", "heading", "experience", "heading", "education");
    }

    @Test
    void skipsLinesWithoutWords() {
        assertThat(EvidenceLines.split("●●●●●\n—————\nJava")).extracting(EvidenceLine::text).containsExactly("Java");
    }

    @Test
    void contactLinesAndBareDatesAreNotWorthEmbedding() {
        assertThat(OfflineDocument.meaningless("Mar 2021 – Present")).isTrue();
        assertThat(OfflineDocument.meaningless("august 2022 – nå")).isTrue();
        assertThat(OfflineDocument.meaningless("09/2022 – 03/2024")).isTrue();
        assertThat(OfflineDocument.meaningless("Oslo | kari@example.no | +47 412 55 019")).isTrue();
        assertThat(OfflineDocument.meaningless("Marketing Manager")).isFalse();
        assertThat(OfflineDocument.meaningless("Nurse 2015 – 2018")).isFalse();
    }
}
