package dev.aiproof.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** A CV written wholly in prose has no title lines, but it dates its jobs: it is a CV, not a letter or a recipe. */
class ProseCvTest {

    private final Extractor extractor = new Extractor();

    @Test
    void aCvInParagraphsIsAccepted() throws IOException {
        Path cv = Path.of("fixtures/cv/labelled/d005-bartender-paragraphs.txt");

        ExtractedDocument document = extractor.extract(cv.getFileName().toString(), Files.readAllBytes(cv));

        assertThat(document.text()).contains("Since March 2022");
    }

    @Test
    void aCoverLetterAloneIsStillRefused() throws IOException {
        Path letter = Path.of("fixtures/bad/cover-letter-only.txt");

        assertThatThrownBy(() -> extractor.extract(letter.getFileName().toString(), Files.readAllBytes(letter)))
                .isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(((ExtractionException) e).error()).isEqualTo(ExtractionError.NOT_A_CV));
    }
}
