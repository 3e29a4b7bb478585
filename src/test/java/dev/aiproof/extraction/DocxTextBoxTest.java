package dev.aiproof.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Word text boxes (VML, and DrawingML with a VML fallback) are read, and read once. */
class DocxTextBoxTest {

    private final Extractor extractor = new Extractor();

    @Test
    void drawingMlTextBoxIsReadOnceDespiteItsVmlFallback() throws IOException {
        String text = extractor.extract("cv.docx", Files.readAllBytes(Path.of("fixtures/cv/sykepleier-norsk.docx")))
                .text();
        assertThat(text.split("Nøkkelkompetanse: legemiddelhåndtering", -1)).hasSize(2);
    }

    @Test
    void vmlTextBoxAndTableCellsAreRead() throws IOException {
        String text = extractor.extract("cv.docx", Files.readAllBytes(Path.of("fixtures/cv/developer-tables.docx")))
                .text();
        assertThat(text).contains("Full-stack developer with six years", "Jan 2022 – Present", "Terraform");
    }
}
