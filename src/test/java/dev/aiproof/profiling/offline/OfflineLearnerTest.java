package dev.aiproof.profiling.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.aiproof.extraction.ExtractedDocument;
import dev.aiproof.extraction.Extractor;
import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.taxonomy.SeniorityLevel;

/**
 * Learners and career changers (fixtures/cv/learners, written for these rules and not part of the labelled corpus):
 * a student is profiled by the field sought and is an intern, whatever their bar or shop job is called; a career
 * changer's earlier career does not make them senior in the new one.
 */
class OfflineLearnerTest {

    private final OfflineProfiler profiler = OfflineProfilerFixtures.profiler();

    private static ExtractedDocument cv(String name) throws IOException {
        return new Extractor().extract(name, Files.readAllBytes(Path.of("fixtures/cv/learners").resolve(name)));
    }

    @Test
    void anEngineeringStudentWithABarJobIsAnEngineeringIntern() throws IOException {
        CareerProfile profile = profiler.profile(cv("engineering-student-bar-job.txt"));
        assertThat(profile.occupation().soc()).isEqualTo("17-2051"); // civil engineers, from "Civil Engineering student"
        assertThat(profile.seniority().level()).isEqualTo(SeniorityLevel.INTERN);
        assertThat(profile.seniority().evidence()).startsWith("Second-year Civil Engineering student");
    }

    @Test
    void aNorwegianApprenticeIsReadByTheirTrade() throws IOException {
        CareerProfile profile = profiler.profile(cv("laerling-elektriker.txt"));
        assertThat(profile.occupation().soc()).isEqualTo("47-2111"); // electricians, from "lærling i elektrikerfaget"
        assertThat(profile.seniority().level()).isEqualTo(SeniorityLevel.INTERN);
    }

    @Test
    void aGraduateIsProfiledByTheRoleTheySeek() throws IOException {
        CareerProfile profile = profiler.profile(cv("sought-role-norwegian.txt"));
        assertThat(profile.occupation().soc()).isEqualTo("19-3011"); // economists: "søker første jobb som økonom"
        assertThat(profile.occupation().evidence()).contains("Søker første jobb som økonom");
        assertThat(profile.seniority().level()).isEqualTo(SeniorityLevel.INTERN);
    }

    /** Without headings the whole CV reads as the profile: an apprenticeship that ended is history, not a status. */
    @Test
    void anApprenticeshipThatEndedIsNotWhatTheCookIsNow() {
        CareerProfile profile = profiler.profile(OfflineProfilerFixtures.document("""
                Kari Nordmann
                Kokk
                Kokk, Møre Storkjøkken AS
                01.2022 – i dag
                Lager varmretter, supper og salatbar etter ukemeny, og tilpasser maten for allergier.
                Kokk, Fjordstua Restaurant, Molde
                08.2020 – 12.2021
                Lærling i kokkfaget, Rica Seilet Hotel, Molde
                08.2018 – 06.2020
                """));
        assertThat(profile.seniority().level()).isNotEqualTo(SeniorityLevel.INTERN);
        assertThat(profile.seniority().yearsOfExperience()).isGreaterThan(4);
    }

    @Test
    void aCareerChangersEarlierCareerDoesNotCount() throws IOException {
        CareerProfile profile = profiler.profile(cv("career-changer-teacher-to-developer.txt"));
        assertThat(profile.occupation().soc()).isEqualTo("15-1252");
        assertThat(profile.seniority().level()).isEqualTo(SeniorityLevel.JUNIOR);
        assertThat(profile.seniority().yearsOfExperience()).isLessThan(3.5);
    }

    @Test
    void aFieldOfStudyNamesItsPractitioner() {
        // "Aerospace Engineering": the field's last word names the practitioner, the words before it the kind
        assertThat(FieldOfStudy.practitioner("engineering")).isEqualTo("engineer");
        assertThat(FieldOfStudy.practitioner("aerospace")).isNull();
        assertThat(FieldOfStudy.practitioner("samfunnsøkonomi")).isEqualTo("samfunnsøkonom");
        assertThat(FieldOfStudy.practitioner("psychology")).isEqualTo("psychologist");
        assertThat(FieldOfStudy.practitioner("psykologi")).isEqualTo("psykolog");
        assertThat(FieldOfStudy.practitioner("bioingeniørfag")).isEqualTo("bioingeniør");
        assertThat(FieldOfStudy.practitioner("dietetics")).isEqualTo("dietitian");
    }

    @Test
    void anAlumnusOrADatedPlacementIsNoLearner() {
        assertThat(Applicant.statement(EvidenceLines.split("Jane Roe\nGraduate of NTNU with 12 years in offshore "
                + "engineering, seeking a new challenge\n"))).isEmpty();
        assertThat(Applicant.statement(EvidenceLines.split("Hannah Brooks\nRegistered Nurse\n"
                + "Student nurse placements, 2021 – 2024\n"))).isEmpty();
        assertThat(Applicant.statement(EvidenceLines.split("Ola Nordmann\nInformatikkstudent – søker sommerjobb som "
                + "utvikler 2027\n"))).isPresent();
    }
}
