package dev.aiproof.profiling.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    private final Redactor redactor = new Redactor();

    @Test
    void redactsTheFixtureCvsPersonalDataAndKeepsItsWork() {
        String redacted = redactor.redact(LlmTestSupport.document("developer").text());

        assertThat(redacted).doesNotContain("Ingrid", "Haugen", "ingrid.haugen@example.com", "412 34 567", "Storgata",
                "0155 Oslo", "linkedin.com/in/ingrid-haugen-dev", "github.com/ihaugen");
        assertThat(redacted).startsWith("[NAME]\nSenior Software Engineer\n[ADDRESS], [ADDRESS]\n[PHONE] | [EMAIL]\n[URL] | [URL]");
        assertThat(redacted).contains("08.2021 - present", "06.2018 - 07.2021", "Computer Science, Norwegian University",
                "2011 - 2016", "4,000 requests per second", "Senior Software Engineer, Vipps MobilePay, Oslo");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Contact: jane.doe+cv@mail.example.co.uk;Contact: [EMAIL]",
            "Mobile +47 412 34 567;Mobile [PHONE]",
            "Call (555) 123-4567 after six;Call [PHONE] after six",
            "555-123-4567;[PHONE]",
            "Tel. 020 7946 0958;Tel. [PHONE]",
            "Ring 41 23 45 67;Ring [PHONE]",
            "Mobil 41234567;Mobil [PHONE]",
            "+49 30 1234567;[PHONE]",
            "https://www.linkedin.com/in/jane-doe-123/ and github.com/janedoe;[URL] and [URL]",
            "Portfolio: www.janedoe.dev;Portfolio: [URL]",
            "221B Baker Street, London NW1 6XE;[ADDRESS], London [ADDRESS]",
            "1600 Amphitheatre Parkway Way, Mountain View, CA 94043;[ADDRESS], Mountain View, [ADDRESS]",
            "Karl Johans gate 5, 0154 Oslo;[ADDRESS], [ADDRESS]",
            "Hauptstraße 12, 10115 Berlin;[ADDRESS], [ADDRESS]"})
    void redactsContactData(String line, String expected) {
        assertThat(redactor.redact("Some Heading Text Here\n" + line)).endsWith(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019 - 2023", "01.2019 - 03.2021", "Jan 2015 – Dec 2020", "Increased revenue by 12 345 678 NOK",
            "Served 4,000 requests per second", "ISO 27001 certified since 2018", "Java SE 11, Spring Boot 3.2",
            "Managed a budget of 2 500 000", "Postal code routing for 5000 stores"})
    void leavesWorkContentAndDatesAlone(String line) {
        assertThat(redactor.redact("Some Heading Text Here\n" + line)).endsWith(line);
    }

    @Test
    void findsTheNameHeadingAndItsOtherOccurrences() {
        String cv = "Curriculum Vitae\nOla Nordmann\nBackend developer\nReferences: ask Ola Nordmann or see Nordmann's blog";

        assertThat(redactor.redact(cv)).isEqualTo(
                "Curriculum Vitae\n[NAME]\nBackend developer\nReferences: ask [NAME] or see [NAME]'s blog");
    }

    @Test
    void namesMayHaveParticles() {
        assertThat(redactor.redact("Maria de la Cruz\nNurse")).isEqualTo("[NAME]\nNurse");
        assertThat(redactor.redact("Maria  de la Cruz\nAsk maria de la\tcruz")).isEqualTo("[NAME]\nAsk [NAME]");
        assertThat(redactor.redact("de la\nNurse")).isEqualTo("de la\nNurse");
    }

    @Test
    void doesNotTakeAJobTitleHeadingForAName() {
        String cv = "Senior Software Engineer\nBuilt payment systems";

        assertThat(redactor.redact(cv)).isEqualTo(cv);
    }

    @Test
    void redactsLabelledFieldsInMarkdownQuotes() {
        assertThat(redactor.redact("CV\n> address - Mytown, Mycountry")).isEqualTo("CV\n> address - [REDACTED]");
    }

    @Test
    void redactsLabelledPersonalFields() {
        String cv = "CV\nName: Kari Nordmann\nDate of birth: 12.03.1990\nAddress: Somewhere 1\nWorked as nurse at Ullevål";

        assertThat(redactor.redact(cv)).isEqualTo(
                "CV\nName: [REDACTED]\nDate of birth: [REDACTED]\nAddress: [REDACTED]\nWorked as nurse at Ullevål");
    }
}
