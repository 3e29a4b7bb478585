package dev.aiproof.profiling.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.aiproof.profiling.CareerProfile;

/**
 * With every O*NET technology skill in the taxonomy, short and everyday names must not match by accident: an
 * ambiguous alias counts only as the skill writes it and only for an occupation that has the skill.
 */
class OfflineSkillAmbiguityTest {

    private static CareerProfile profile(String text) {
        return OfflineProfilerFixtures.profiler().profile(OfflineProfilerFixtures.document(text));
    }

    @Test
    void adrInADevelopersCvIsNotTheDangerousGoodsLicence() {
        CareerProfile developer = profile("""
                Kari Nordmann
                Senior Software Engineer

                Experience
                Senior Software Engineer, Fjordpay AS, 2019 – Present
                • Wrote ADRs (architecture decision records) for the payments platform
                • Built REST APIs in Java and Spring Boot, reviewed pull requests
                """);

        assertThat(developer.occupation().soc()).isEqualTo("15-1252");
        assertThat(developer.skills()).extracting(CareerProfile.SkillClaim::skillId).doesNotContain("adr")
                .contains("java");
    }

    @Test
    void adrInATruckDriversCvIsTheLicence() {
        CareerProfile driver = profile("""
                Ola Hansen
                Lastebilsjåfør

                Erfaring
                Lastebilsjåfør, Nortrans AS, 2015 – i dag
                • Fjernkjøring i Norden med semitrailer, ADR klasse 3
                • Sertifikat C/CE og ADR
                """);

        assertThat(driver.occupation().soc()).isEqualTo("53-3032");
        assertThat(driver.skills()).extracting(CareerProfile.SkillClaim::skillId).contains("adr");
    }

    @Test
    void patientAssessmentIsNotGrading() {
        CareerProfile nurse = profile("""
                Maria Lindqvist
                Registered Nurse

                Experience
                Registered Nurse, St. Olav Hospital, 2018 – Present
                • Patient assessment, care planning and medication administration on a 30-bed ward
                • Triage and wound care
                """);

        assertThat(nurse.occupation().soc()).isEqualTo("29-1141");
        assertThat(nurse.skills()).extracting(CareerProfile.SkillClaim::skillId).doesNotContain("assessment-skill");
    }

    @Test
    void aToolNamedByAnEverydayWordCountsOnlyWhereItIsMeant() {
        CareerProfile writer = profile("""
                Jon Berg
                Welder

                Experience
                Welder, Aker Solutions, 2016 – Present
                • MIG and TIG welding of steel structures; I access tight spaces with rope access gear
                • Word of mouth brought most of my private customers
                """);

        assertThat(writer.skills()).extracting(CareerProfile.SkillClaim::skillId)
                .doesNotContain("tool-microsoft-access", "tool-microsoft-word");
    }
}
