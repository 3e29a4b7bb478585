package dev.aiproof.profiling.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.aiproof.extraction.Extractor;
import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.taxonomy.SeniorityLevel;
import dev.aiproof.taxonomy.TaxonomyLoader;

/**
 * Career stage as a whole CV states it, read through the real extractor: which years count (a shift rota is not the
 * turnus year, a teacher's school is an employer), which title is the person's now (not a job that has ended), and
 * who runs an organisation (a rektor, whoever reports to the board; not a restaurant's general manager). Invented
 * CVs.
 */
class OfflineSeniorityReadingTest {

    private final OfflineProfiler profiler = OfflineProfilerFixtures.profiler();
    private final Extractor extractor = new Extractor();
    private final SeniorityTitleWords words = new SeniorityTitleWords(TaxonomyLoader.loadDefault());

    private static final String INTERESTS = """

            Interests
            Hiking in the mountains with friends, cooking for family and neighbours, reading local history, running
            a weekly quiz night at the community hall and playing five-a-side football on Thursdays.
            """;

    private CareerProfile profile(String cv) {
        return profiler.profile(extractor.extract("cv.txt", (cv + INTERESTS).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aShiftRotaIsNotTheTurnusYear() {
        CareerProfile nurse = profile("""
                Ingrid Haugen
                Sykepleier

                Arbeidserfaring
                Sykepleier, Medisinsk klinikk, sengepost for hjerte- og lungesykdommer – Sykehuset Østvik, Kalnes
                08/2022 – nå (fast 100 %, tredelt turnus)
                - Ansvar for 5–7 pasienter per vakt på en sengepost med 28 senger
                - Praksisveileder for 2.-årsstudenter fra høgskolen (2024 – nå)

                Utdanning
                Bachelor i sykepleie, Høgskolen i Østfold, 2019 – 2022
                """);
        assertThat(nurse.seniority().level()).isEqualTo(SeniorityLevel.MID);
        assertThat(nurse.seniority().yearsOfExperience()).isBetween(4.0, 4.5);
    }

    @Test
    void aTeachersSchoolIsTheEmployerAndARektorRunsIt() {
        CareerProfile rektor = profile("""
                Bjørn Tveit
                Rektor

                Erfaring
                Rektor, Fjordvik videregående skole, Vestfold fylkeskommune — 2018 – i dag
                Assisterende rektor, Sandefjord videregående skole — 2012 – 2018
                Lektor i samfunnsfag og historie, Larvik videregående skole — 2000 – 2012

                Utdanning
                Videregående skole, studiespesialisering, Larvik, 1990 – 1993
                """);
        assertThat(rektor.seniority().yearsOfExperience()).isGreaterThan(25);
        assertThat(rektor.seniority().level()).isEqualTo(SeniorityLevel.EXECUTIVE);
        assertThat(words.level("assisterende rektor")).isNotEqualTo(SeniorityLevel.EXECUTIVE);
        assertThat(words.level("prorektor for utdanning")).isNotEqualTo(SeniorityLevel.EXECUTIVE);
    }

    @Test
    void aJobThatHasEndedIsNotTheLevelNow() {
        CareerProfile assistant = profile("""
                Linda Castellanos
                Administrative Assistant

                PROFESSIONAL EXPERIENCE
                Administrative Assistant II, Department of Biology — University of South Texas, San Antonio
                August 2022 – present
                - Manage calendars for the chair and schedule faculty meetings and thesis defenses

                Shift Supervisor, later Store Manager — Starbucks, San Antonio
                2015 – 2022
                - Ran a store of 18 partners: scheduling, inventory orders, cash handling
                """);
        assertThat(assistant.occupation().soc()).isEqualTo("43-6014");
        assertThat(assistant.seniority().level()).isEqualTo(SeniorityLevel.MID);
    }

    @Test
    void whoReportsToTheBoardRunsTheOrganisation() {
        CareerProfile administrator = profile("""
                Gregory Pfeiffer, LNHA
                Nursing Home Administrator

                Licensed nursing home administrator leading a nonprofit senior living campus. I report to the
                board of directors and am responsible for care quality, compliance, finances and staff.

                Experience
                Administrator — Prairie Lutheran Home, Sioux Falls, SD — since 2021
                Assistant Administrator — Dakota Valley Care Center, Sioux Falls (2016 – 2021)
                """);
        assertThat(administrator.seniority().level()).isEqualTo(SeniorityLevel.EXECUTIVE);
        assertThat(administrator.seniority().evidence()).contains("report to the");
    }

    @Test
    void aRestaurantsGeneralManagerHeadsOneUnit() {
        CareerProfile manager = profile("""
                Dana Whitfield
                Restaurant General Manager

                Experience
                General Manager — Harbor Grill (full-service restaurant, 140 seats), Portland, ME — 2019 – present
                - Run front and back of house with 45 staff; hiring, scheduling, food cost and health inspections
                Assistant Manager — Harbor Grill, Portland, ME — 2015 – 2019
                """);
        assertThat(manager.occupation().soc()).isEqualTo("11-9051");
        assertThat(manager.seniority().level()).isEqualTo(SeniorityLevel.LEAD);
    }
}
