package dev.aiproof.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** File names as the database keeps them: at most 255 characters, the extension kept, nothing invisible. */
class UploadNameTest {

    @Test
    void aLongNameIsCutAndKeepsItsExtension() {
        String name = "Curriculum vitae ".repeat(20) + "final.pdf"; // 349 characters
        String fitted = UploadName.fit(name);
        assertThat(fitted.length()).isBetween(UploadName.MAX - 1, UploadName.MAX); // a space before the cut goes
        assertThat(fitted).startsWith("Curriculum vitae").endsWith(".pdf").doesNotContain(" .pdf");
        assertThat(UploadName.fit("x".repeat(300) + ".docx")).hasSize(UploadName.MAX).endsWith("x.docx");
    }

    @Test
    void aSurrogatePairIsNeverCutInHalf() {
        String fitted = UploadName.fit("a" + "😀".repeat(200) + ".txt");
        assertThat(fitted.length()).isLessThanOrEqualTo(UploadName.MAX);
        assertThat(fitted).endsWith("😀.txt");
        assertThat(fitted.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "C:\\Users\\kari\\Documents\\CV.docx|CV.docx",
            "../../etc/cv.txt|cv.txt",
            "cv\u0000\u0007\u202e.pdf|cv.pdf",
            "my\u2028cv\t  2026.pdf|my cv 2026.pdf",
            "'  cv.pdf  '|cv.pdf",
            "\u200b|upload",
            "..|upload"})
    void pathsAndInvisibleCharactersGo(String name, String kept) {
        assertThat(UploadName.fit(name)).isEqualTo(kept);
    }

    @Test
    void noNameStaysNone() {
        assertThat(UploadName.fit(null)).isNull();
    }
}
