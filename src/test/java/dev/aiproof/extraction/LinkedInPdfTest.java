package dev.aiproof.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The LinkedIn "Save to PDF" reader against the golden structure published with the silasyudi export. */
class LinkedInPdfTest {

    private static final Path PDF = Path.of("../shared/realcv/silasyudi__Profile.pdf");
    private static final Path EXPECTED = Path.of("../shared/realcv/silasyudi__Profile.expected.json");
    private final Extractor extractor = new Extractor();

    @Test
    void matchesTheGoldenStructureOfTheSilasyudiExport() throws IOException {
        assumeTrue(Files.exists(PDF) && Files.exists(EXPECTED), "../shared/realcv is not present");
        JsonNode expected = JsonMapper.builder().build().readTree(Files.readString(EXPECTED));
        LinkedInProfile profile = profileOf(Files.readAllBytes(PDF));

        assertThat(profile.name()).isEqualTo(expected.get("name").asString());
        assertThat(profile.headline()).isEqualTo(expected.get("subtitle").asString());
        assertThat(profile.location()).isEqualTo(expected.get("location").asString());
        assertThat(profile.summary()).isEqualTo(expected.get("summary").asString());
        assertThat(profile.email()).isEqualTo(expected.path("contact").get("email").asString());
        assertThat(profile.linkedin()).isEqualTo(expected.path("contact").get("linkedin").asString());
        assertThat(profile.topSkills()).containsExactlyElementsOf(strings(expected.get("top_skills")));

        List<LinkedInProfile.Job> jobs = profile.jobs();
        assertThat(jobs).hasSize(expected.get("experiences").size());
        for (int i = 0; i < jobs.size(); i++) {
            JsonNode e = expected.get("experiences").get(i);
            LinkedInProfile.Job j = jobs.get(i);
            assertThat(j.company()).as("company %d", i).isEqualTo(e.get("company").asString());
            assertThat(j.title()).as("title %d", i).isEqualTo(e.get("title").asString());
            assertThat(j.start()).as("start %d", i).isEqualTo(e.path("period").get("start").asString());
            assertThat(j.end()).as("end %d", i).isEqualTo(e.path("period").get("end").asString());
            assertThat(j.location()).as("location %d", i).isEqualTo(e.get("location").asString());
            assertThat(j.description()).as("description %d", i).isEqualTo(e.get("description").asString());
        }
        List<LinkedInProfile.School> schools = profile.schools();
        assertThat(schools).hasSize(expected.get("educations").size());
        for (int i = 0; i < schools.size(); i++) {
            JsonNode e = expected.get("educations").get(i);
            assertThat(schools.get(i))
                    .isEqualTo(new LinkedInProfile.School(e.get("school").asString(), e.get("degree").asString(),
                            e.get("course").asString(), e.path("period").get("start").asString(),
                            e.path("period").get("end").asString()));
        }
        List<LinkedInProfile.Language> languages = profile.languages();
        assertThat(languages).hasSize(expected.get("languages").size());
        for (int i = 0; i < languages.size(); i++) {
            JsonNode e = expected.get("languages").get(i);
            assertThat(languages.get(i)).isEqualTo(new LinkedInProfile.Language(e.get("name").asString(),
                    e.get("proficience").asString(), e.get("scale").asInt()));
        }
    }

    @Test
    void theExtractedDocumentCarriesTheStructure() throws IOException {
        assumeTrue(Files.exists(PDF), "../shared/realcv is not present");
        ExtractedDocument doc = extractor.extract("Profile.pdf", Files.readAllBytes(PDF));

        assertThat(doc.sections()).extracting(Section::kind)
                .containsExactly("headline", "summary", "experience", "skills", "languages", "education");
        assertThat(doc.positions()).hasSize(10);
        DatedPosition first = doc.positions().getFirst();
        assertThat(first).isEqualTo(new DatedPosition("Senior Java Developer", "SAP", YearMonth.of(2022, 10),
                YearMonth.of(2023, 1), first.line()));
        assertThat(doc.positions().getLast().start()).isEqualTo(YearMonth.of(2014, 7));
        assertThat(doc.text()).doesNotContain("Page 1 of 5");
    }

    @Test
    void ourLinkedInStyleFixtureIsStructuredToo() throws IOException {
        LinkedInProfile profile = profileOf(Files.readAllBytes(Path.of("fixtures/cv/linkedin-style-export.pdf")));

        assertThat(profile.name()).isEqualTo("Daniel Osei");
        assertThat(profile.headline()).isEqualTo("Senior Backend Engineer at Fjordline Logistics");
        assertThat(profile.topSkills()).containsExactly("Kotlin", "Java", "Kafka");
        assertThat(profile.jobs())
                .extracting(LinkedInProfile.Job::company, LinkedInProfile.Job::title, LinkedInProfile.Job::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Fjordline Logistics", "Senior Backend Engineer",
                                "Present"),
                        org.assertj.core.groups.Tuple.tuple("Fjordline Logistics", "Backend Engineer", "January 2021"),
                        org.assertj.core.groups.Tuple.tuple("Accra Digital Works", "Software Developer", "May 2018"));
        assertThat(profile.languages()).extracting(LinkedInProfile.Language::scale).containsExactly(5, 2);
    }

    @Test
    void anOrdinaryCvIsNotTakenForALinkedInExport() {
        assertThat(LinkedInPdf.recognise("Jane Doe\nExperience\nNurse\n2019 - 2020")).isFalse();
    }

    private static LinkedInProfile profileOf(byte[] pdf) {
        TikaTextReader reader = new TikaTextReader(ExtractionProperties.inProcess());
        TikaTextReader.Parsed parsed = reader.read(pdf, "application/pdf");
        List<String> pages = TextCleaner.cleanPages(parsed.text(), true, false);
        assertThat(LinkedInPdf.recognise(String.join("\n", pages))).isTrue();
        return LinkedInPdf.read(pages).orElseThrow();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
