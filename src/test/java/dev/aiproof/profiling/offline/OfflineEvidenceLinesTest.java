package dev.aiproof.profiling.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Splitting a CV into lines and bullets, and knowing which section each sits in. */
class OfflineEvidenceLinesTest {

    @Test
    void splitsBulletsAndStripsTheirMarks() {
        List<EvidenceLine> lines = EvidenceLines.split("Jane Roe\nSkills\n• Java • Kotlin • SQL\n- Docker");
        assertThat(lines).extracting(EvidenceLine::text).containsExactly("Jane Roe", "Skills", "Java", "Kotlin", "SQL",
                "Docker");
        assertThat(lines).extracting(EvidenceLine::section)
                .containsExactly("headline", "heading", "skills", "skills", "skills", "skills");
    }

    @Test
    void knowsNorwegianHeadings() {
        List<EvidenceLine> lines = EvidenceLines
                .split("Kari\nArbeidserfaring\nLærer, Fjell skole\nUtdanning\nBachelor, 2019");
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

    @Test
    void readsTheSectionsExtractionFound() {
        String text = "Jane Roe\nMy working life\nNurse, Ahus, 2019 – now\nSkills\nTriage";
        dev.aiproof.extraction.ExtractedDocument document = new dev.aiproof.extraction.ExtractedDocument(text,
                "text/plain",
                "en", 1, List.of(new dev.aiproof.extraction.Section("headline", "", "Jane Roe"),
                        new dev.aiproof.extraction.Section("experience", "My working life", "Nurse, Ahus, 2019 – now"),
                        new dev.aiproof.extraction.Section("skills", "Skills", "Triage")),
                List.of(), "x", List.of());
        // "My working life" is no heading of the dictionary: only extraction's sections say the job is experience
        assertThat(EvidenceLines.split(document)).extracting(EvidenceLine::section)
                .containsExactly("headline", "heading", "experience", "heading", "skills");
        assertThat(EvidenceLines.split(text)).extracting(EvidenceLine::section)
                .containsExactly("headline", "headline", "headline", "heading", "skills");
    }
}
