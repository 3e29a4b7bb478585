package dev.aiproof.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void splitsLigaturesAndDropsSoftHyphensAndInvisibleCharacters() {
        assertThat(TextCleaner.clean("Certi\uFB01ed e\uFB03cient \uFB02ow Super\u00ADvisor zero\u200Bwidth \uE001icon",
                false, false))
                .isEqualTo("Certified efficient flow Supervisor zerowidth icon");
    }

    @Test
    void mapsOddHyphensAndCollapsesTheirDoubles() {
        assertThat(TextCleaner.clean("e\u2010mail on-\u2010campus 555\u2011\u20115555 \u2212 minus", false, false))
                .isEqualTo("e-mail on-campus 555-5555 - minus");
    }

    @Test
    void collapsesTheTabAndSpaceRunsOfWordOnMacPdfs() {
        assertThat(TextCleaner.clean("Leo\t\r \u00A0Leopard\t\r \u00A0 \u00A0Way", true, false))
                .isEqualTo("Leo Leopard Way");
    }

    @Test
    void aLoneCarriageReturnInATextFileIsALineBreak() {
        assertThat(TextCleaner.clean("Nurse\rTeacher\r\nChef", false, false)).isEqualTo("Nurse\nTeacher\nChef");
    }

    @Test
    void removesPageNumbersInSeveralLanguages() {
        assertThat(TextCleaner.clean("Nurse\nPage 2 of 5\n3\n- 4 -\nSide 2 av 3\nSeite 1/3\n2019\nChef", true, false))
                .isEqualTo("Nurse\n\n2019\nChef");
    }

    @Test
    void removesHeadersAndFootersRepeatedOnMostPages() {
        String page = "Jane Doe - CV - Confidential\nBody line %d\nMore text %d\nStill more %d\nfooter: jane@example.com";
        String raw = "\f" + page.formatted(1, 1, 1) + "\f" + page.formatted(2, 2, 2) + "\f" + page.formatted(3, 3, 3);
        String clean = TextCleaner.clean(raw, true, false);
        assertThat(clean).doesNotContain("Confidential").doesNotContain("footer:");
        assertThat(clean).contains("Body line 1", "Body line 3", "More text 2");
    }

    @Test
    void keepsLinesOnTwoPagesOnly() {
        String raw = "\fJane Doe\nNurse\nMore\nMore\nMore\n\fJane Doe\nTeacher\nMore\nMore\nMore";
        assertThat(TextCleaner.clean(raw, true, false)).contains("Jane Doe");
    }

    @Test
    void dropsTheBracketsLeftAroundWordTextBoxes() {
        assertThat(TextCleaner.clean("Summary\n(\nFull-stack developer\n)\nExperience", false, false))
                .isEqualTo("Summary\n\nFull-stack developer\n\nExperience");
    }

    @Test
    void stripsMarkdownMarkup() {
        assertThat(TextCleaner.clean(
                "# Jane\n## Experience\n**Nurse**  \n*2019 – 2020*\n[site](https://x.example)\n---\n`code`", false,
                true))
                .isEqualTo("Jane\nExperience\nNurse\n*2019 – 2020*\nsite\n\ncode");
    }

    @Test
    void normalisesFullWidthAndCompatibilityForms() {
        assertThat(TextCleaner.clean("ＡＢＣ Ⅻ ½", false, false)).isEqualTo("ABC XII 1⁄2");
    }
}
