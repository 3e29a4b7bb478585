package dev.aiproof.profiling.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.aiproof.erasure.AssessmentErased;
import dev.aiproof.extraction.DatedPosition;
import dev.aiproof.extraction.ExtractedDocument;
import dev.aiproof.extraction.Extractor;
import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.profiling.Shortlist;
import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.OccupationTask;
import dev.aiproof.taxonomy.SeniorityLevel;
import dev.aiproof.taxonomy.Taxonomy;
import dev.aiproof.taxonomy.TaxonomyLoader;

/** What every offline profile promises: real CV quotes, taxonomy ids, normalised shares, the same answer twice. */
class OfflineProfilerTest {

    private final OfflineProfiler profiler = OfflineProfilerFixtures.profiler();
    private final Taxonomy taxonomy = TaxonomyLoader.loadDefault();

    private static ExtractedDocument fixture(String name) throws IOException {
        return new Extractor().extract(name, Files.readAllBytes(OfflineProfilerFixtures.LABELLED.resolve(name)));
    }

    @Test
    void sameDocumentSameProfile() throws IOException {
        ExtractedDocument cv = fixture("01-backend-engineer-senior.txt");
        // a trailing newline changes nothing in the CV but misses the profiler's memo, so both are computed afresh
        assertThat(profiler.profile(withText(cv, cv.text() + "\n"))).isEqualTo(profiler.profile(cv));
        assertThat(profiler.shortlist(withText(cv, cv.text() + "\n\n"))).isEqualTo(profiler.shortlist(cv));
    }

    @Test
    void theSameTextIsPreparedOnceAndFewDocumentsAreKept() throws IOException {
        ExtractedDocument cv = fixture("01-backend-engineer-senior.txt");
        OfflineDocument prepared = profiler.prepare(cv);
        assertThat(profiler.prepare(withText(cv, cv.text()))).isSameAs(prepared);
        for (int i = 0; i < 12; i++) {
            profiler.prepare(withText(cv, "Nurse " + i));
        }
        assertThat(profiler.recentDocuments()).isEqualTo(8);
    }

    @Test
    void anErasedAssessmentsCvIsDroppedAtOnce() throws IOException {
        ExtractedDocument kept = fixture("01-backend-engineer-senior.txt");
        ExtractedDocument erased = withText(kept, "Nurse\nCared for patients", "c0ffee");
        OfflineDocument keptBefore = profiler.prepare(kept);
        OfflineDocument erasedBefore = profiler.prepare(erased);

        profiler.on(new AssessmentErased("a1", Optional.of("c0ffee")));

        assertThat(profiler.prepare(kept)).as("another CV stays").isSameAs(keptBefore);
        assertThat(profiler.prepare(erased)).as("prepared afresh").isNotSameAs(erasedBefore);
    }

    private static ExtractedDocument withText(ExtractedDocument cv, String text, String contentHash) {
        return new ExtractedDocument(text, cv.mediaType(), cv.language(), cv.pageCount(), cv.sections(), cv.positions(),
                contentHash, cv.notes());
    }

    private static ExtractedDocument withText(ExtractedDocument cv, String text) {
        return new ExtractedDocument(text, cv.mediaType(), cv.language(), cv.pageCount(), cv.sections(), cv.positions(),
                cv.contentHash(), cv.notes());
    }

    @Test
    void everyClaimQuotesALineOfTheCv() throws IOException {
        for (String name : List.of("01-backend-engineer-senior.txt", "11-sykepleier-senior.txt",
                "47-welder-bullets.txt",
                "50-warehouse-no-title.txt", "57-sysadmin-paragraphs.txt")) {
            ExtractedDocument cv = fixture(name);
            CareerProfile profile = profiler.profile(cv);
            List<String> quotes = new ArrayList<>();
            quotes.add(profile.occupation().evidence());
            profile.alternatives().forEach(a -> quotes.add(a.evidence()));
            quotes.add(profile.seniority().evidence());
            profile.tasks().forEach(t -> quotes.addAll(t.evidence()));
            profile.skills().forEach(s -> quotes.add(s.evidence()));
            // a quote is the CV's own words; a bullet the PDF wrapped over two lines is quoted on one
            String words = cv.text().replaceAll("\\s+", " ");
            assertThat(quotes).as(name).allSatisfy(q -> assertThat(words).contains(q.replaceAll("\\s+", " ")));
            // the job title backs the occupation only; tasks rest on the lines that show them
            assertThat(profile.tasks()).as(name).filteredOn(t -> !t.evidence().isEmpty()).isNotEmpty();
            if (profile.occupation().evidence().split("\\s+").length <= 6) {
                assertThat(profile.tasks()).as(name)
                        .allSatisfy(t -> assertThat(t.evidence()).doesNotContain(profile.occupation().evidence()));
            }
        }
    }

    @Test
    void aWrappedBulletIsQuotedWholeAndALineBacksOneTask() {
        CareerProfile profile = profiler.profile(OfflineProfilerFixtures.document("""
                Marta Nowak
                Senior Backend Engineer

                Experience
                Senior Backend Engineer, Fjordpay AS, Oslo, 2019 – Present
                • Designed and built the settlement service in Java and Spring Boot on PostgreSQL and Kafka for
                  twelve banks, with contract tests and dashboards
                • Review pull requests for the platform team and mentor two junior developers
                • Fixed production bugs and refactored legacy modules
                """));

        java.util.List<String> quotes = profile.tasks().stream().flatMap(t -> t.evidence().stream()).toList();
        assertThat(quotes)
                .contains("Designed and built the settlement service in Java and Spring Boot on PostgreSQL and "
                        + "Kafka for twelve banks, with contract tests and dashboards");
        assertThat(quotes).noneMatch(q -> q.startsWith("twelve banks"));
        // a line backs one task, and a second only when nothing else backs that one ("with contract tests": tests)
        for (CareerProfile.TaskClaim a : profile.tasks()) {
            for (CareerProfile.TaskClaim b : profile.tasks()) {
                if (a != b && a.evidence().stream().anyMatch(b.evidence()::contains)) {
                    assertThat(a.evidence().size() == 1 || b.evidence().size() == 1)
                            .as(a.taskId() + " and " + b.taskId() + " share a line though both have others").isTrue();
                }
            }
        }
        assertThat(profile.tasks()).filteredOn(t -> t.taskId().equals("fix-bugs")).singleElement()
                .satisfies(t -> assertThat(t.evidence())
                        .containsExactly("Fixed production bugs and refactored legacy modules"));
    }

    @Test
    void tasksAreTheOccupationsMixWithSharesAddingUpToOne() throws IOException {
        CareerProfile profile = profiler.profile(fixture("36-tech-lead.txt"));
        Occupation occupation = taxonomy.occupation(profile.occupation().soc()).orElseThrow();
        assertThat(profile.tasks()).extracting(CareerProfile.TaskClaim::taskId)
                .containsExactlyInAnyOrderElementsOf(occupation.tasks().stream().map(OccupationTask::id).toList());
        assertThat(profile.tasks().stream().mapToDouble(CareerProfile.TaskClaim::share).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(0.001));
        assertThat(profile.skills()).allSatisfy(s -> assertThat(taxonomy.skill(s.skillId())).isPresent());
    }

    @Test
    void saysWhichProfilerAndModelProducedIt() throws IOException {
        CareerProfile profile = profiler.profile(fixture("03-data-scientist.txt"));
        assertThat(profile.profiler().kind()).isEqualTo("offline");
        assertThat(profile.profiler().model()).isEqualTo(OfflineProfiler.MODEL);
        assertThat(profile.profiler().inputTokens()).isZero();
        assertThat(profile.alternatives()).hasSize(3).extracting(CareerProfile.OccupationMatch::soc)
                .doesNotContain(profile.occupation().soc());
        assertThat(profile.occupation().confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void matchesNorwegianTitlesInsideCompounds() {
        CareerProfile profile = profiler.profile(OfflineProfilerFixtures.document(
                "Kari Nordmann\nIntensivsykepleier\nArbeidserfaring\n2015 – nå  Intensivsykepleier, St. Olavs hospital"));
        assertThat(profile.occupation().soc()).isEqualTo("29-1141");
        assertThat(profile.occupation().evidence()).isEqualTo("Intensivsykepleier");
    }

    @Test
    void seniorityFromTheTitleBeatsYears() {
        CareerProfile profile = profiler.profile(OfflineProfilerFixtures.document(
                "Ola Hansen\nLead Software Developer\nExperience\nLead Software Developer, Acme\n2022 – present"));
        assertThat(profile.seniority().level()).isEqualTo(SeniorityLevel.LEAD);
        assertThat(profile.seniority().evidence()).isEqualTo("Lead Software Developer");
    }

    @Test
    void anAssistantTitleHeldForElevenYearsIsNotJunior() {
        CareerProfile early = profiler.profile(OfflineProfilerFixtures.document(
                "Ola Hansen\nAdministrative Assistant\nExperience\nAdministrative Assistant, Acme\n2025 – present"));
        CareerProfile outgrown = profiler.profile(OfflineProfilerFixtures.document(
                "Ola Hansen\nAdministrative Assistant\nExperience\nAdministrative Assistant, Acme\n2015 – present"));
        assertThat(early.seniority().level()).isEqualTo(SeniorityLevel.JUNIOR);
        assertThat(outgrown.seniority().level()).isEqualTo(SeniorityLevel.SENIOR);
        assertThat(outgrown.seniority().evidence()).isEqualTo("2015 – present");
    }

    @Test
    void seniorBeforeALeadRoleIsLeadButSeniorBeforeAJobIsSenior() {
        CareerProfile manager = profiler.profile(OfflineProfilerFixtures.document(
                "Ola Hansen\nSr. Engineering Manager\nExperience\nSr. Engineering Manager, Acme\n2020 – present"));
        CareerProfile partner = profiler.profile(OfflineProfilerFixtures.document(
                "Ola Hansen\nSenior HR Business Partner\nExperience\nSenior HR Business Partner, Acme\n2020 – present"));
        assertThat(manager.seniority().level()).isEqualTo(SeniorityLevel.LEAD);
        assertThat(partner.seniority().level()).isEqualTo(SeniorityLevel.SENIOR);
    }

    @Test
    void theChiefExecutiveOfAnAssistantsTitleIsSomeoneElse() {
        CareerProfile profile = profiler.profile(OfflineProfilerFixtures.document(
                "Ola Hansen\nExecutive Assistant to the CEO\nExperience\nExecutive Assistant, Acme\n2022 – present"));
        assertThat(profile.seniority().level()).isNotEqualTo(SeniorityLevel.EXECUTIVE);
    }

    @Test
    void aStudentSeekingAnInternshipIsAnInternWhateverTheirPartTimeJobs() {
        CareerProfile profile = profiler.profile(OfflineProfilerFixtures.document("""
                Ola Hansen
                Objective
                Seeking a marketing internship for the summer to use my analytical skills.
                Work experience
                Server, Pizza Place, August 2015 - Present
                """));
        assertThat(profile.seniority().level()).isEqualTo(SeniorityLevel.INTERN);
        assertThat(profile.seniority().evidence()).startsWith("Seeking a marketing internship");
    }

    @Test
    void aCvWithOnlyAnInternshipIsAnIntern() {
        CareerProfile profile = profiler.profile(OfflineProfilerFixtures.document(
                "Ola Hansen\nMechanical engineering student\nExperience\nSummer placement, Aker\nJun 2026 – Aug 2026"));
        assertThat(profile.seniority().level()).isEqualTo(SeniorityLevel.INTERN);
    }

    @Test
    void seniorityFromTheExtractorsPositionsWhenTheTitleSaysNothing() {
        ExtractedDocument cv = new ExtractedDocument("Ola Hansen\nSoftware Developer\nBuilt payment APIs in Java",
                "text/plain", "en", 1, List.of(),
                List.of(new DatedPosition("Software Developer", "Acme", YearMonth.of(2016, 1), null,
                        "Software Developer")),
                "x", List.of());
        CareerProfile profile = profiler.profile(cv);
        assertThat(profile.seniority().yearsOfExperience()).isEqualTo(10.9);
        assertThat(profile.seniority().level()).isEqualTo(SeniorityLevel.SENIOR);
    }

    @Test
    void shortlistStartsWithTheProfilesOccupationAndCarriesItsTasks() throws IOException {
        ExtractedDocument cv = fixture("16-senior-auditor.txt");
        CareerProfile profile = profiler.profile(cv);
        Shortlist shortlist = profiler.shortlist(cv);
        assertThat(shortlist.occupations()).hasSize(5).startsWith(profile.occupation().soc());
        assertThat(shortlist.tasks())
                .containsAll(profile.tasks().stream().map(CareerProfile.TaskClaim::taskId).toList());
        assertThat(shortlist.skills())
                .containsAll(profile.skills().stream().map(CareerProfile.SkillClaim::skillId).toList());
    }
}
