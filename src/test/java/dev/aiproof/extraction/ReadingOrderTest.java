package dev.aiproof.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Two-column PDFs keep each column together (Tika's sortByPosition stays off; see the benchmark for the comparison). */
class ReadingOrderTest {

    private final Extractor extractor = new Extractor();

    @Test
    void theSidebarDoesNotInterruptTheExperienceColumn() throws IOException {
        ExtractedDocument doc = extractor.extract("cv.pdf",
                Files.readAllBytes(Path.of("fixtures/cv/designer-two-column.pdf")));
        String text = doc.text();
        String experience = text.substring(text.indexOf("Lead Product Designer"), text.indexOf("Produced wireframes"));
        assertThat(experience).doesNotContain("Accessibility", "Swedish (native)", "Hochschule Hamburg");
        assertThat(doc.lines()).contains("Summary", "Experience", "Skills", "Education", "Languages");
        assertThat(doc.positions()).extracting(DatedPosition::title)
                .containsExactly("Lead Product Designer", "Product Designer", "Junior UX Designer");
    }
}
