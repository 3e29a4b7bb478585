package dev.aiproof.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The older single-column LinkedIn "Save to PDF" layout: recognised, its repeated contact trailer dropped, and its
 * body read into sections and dated positions.
 */
class LinkedInLegacyPdfTest {

    private static final Extractor EXTRACTOR = new Extractor();

    @Test
    void olderLayoutIsRecognisedAndStructured() throws IOException {
        byte[] pdf = new FixturePdf()
                .column(List.of(
                        "Marte Solberg",
                        "Senior Accountant at Nordlys Regnskap AS",
                        "marte.solberg@example.org",
                        "# Summary",
                        "Chartered accountant with eight years of experience in audit and financial reporting for retail groups.",
                        "# Experience",
                        "Senior Accountant at Nordlys Regnskap AS",
                        "March 2019 - Present (5 years 8 months)",
                        "Prepared monthly and annual accounts for twelve clients and led the year-end close.",
                        "Accountant at Bergen Revisjon",
                        "August 2015 - February 2019 (3 years 7 months)",
                        "Reconciled ledgers, prepared VAT returns and supported statutory audits.",
                        "# Education",
                        "Norwegian School of Economics",
                        "Master of Science, Accounting and Auditing, 2013 - 2015",
                        "# Skills & Expertise",
                        "Financial reporting",
                        "IFRS",
                        "Audit"), 0, 60, 470)
                .column(List.of(
                        "Marte Solberg",
                        "Senior Accountant at Nordlys Regnskap AS",
                        "marte.solberg@example.org",
                        "Contact Marte on LinkedIn"), 1, 60, 470)
                .toPdf();

        ExtractedDocument document = EXTRACTOR.extract("Profile.pdf", pdf);

        assertThat(document.notes()).contains("Recognised as a LinkedIn profile export (older layout).");
        assertThat(document.text()).doesNotContain("Contact Marte on LinkedIn");
        assertThat(document.text().indexOf("Marte Solberg")).isEqualTo(document.text().lastIndexOf("Marte Solberg"));
        assertThat(document.sections()).extracting(Section::kind).contains("summary", "experience", "education");
        assertThat(document.positions()).hasSize(2);
        DatedPosition current = document.positions().getFirst();
        assertThat(current.title()).contains("Senior Accountant");
        assertThat(current.start()).isEqualTo(YearMonth.of(2019, 3));
        assertThat(current.end()).isNull();
        DatedPosition earlier = document.positions().get(1);
        assertThat(earlier.title()).contains("Accountant");
        assertThat(earlier.start()).isEqualTo(YearMonth.of(2015, 8));
        assertThat(earlier.end()).isEqualTo(YearMonth.of(2019, 2));
    }
}
