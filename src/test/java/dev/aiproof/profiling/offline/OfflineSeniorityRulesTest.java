package dev.aiproof.profiling.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aiproof.extraction.DatedPosition;
import dev.aiproof.extraction.ExtractedDocument;
import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.taxonomy.SeniorityLevel;
import dev.aiproof.taxonomy.TaxonomyLoader;

/**
 * The seniority rules of {@link SeniorityEstimator}: level words decide, "manager" and "architect" are roles read
 * with years and people managed, a lone rank word does not outrank clear dated years. Invented CV lines only.
 */
class OfflineSeniorityRulesTest {

    private final OfflineProfiler profiler = OfflineProfilerFixtures.profiler();
    private final SeniorityTitleWords words = new SeniorityTitleWords(TaxonomyLoader.loadDefault());

    private SeniorityLevel level(String cv) {
        return profiler.profile(OfflineProfilerFixtures.document(cv)).seniority().level();
    }

    @Test
    void managerAloneIsARoleNotALevel() {
        assertThat(words.level("product manager")).isNull();
        assertThat(words.level("office manager")).isNull();
        assertThat(SeniorityTitleWords.managerRole("office manager")).isTrue();
        assertThat(SeniorityTitleWords.managerRole("prosjektleder")).isTrue();
        assertThat(words.level("prosjektleder")).isNull();
        assertThat(words.level("software architect")).isNull();
    }

    @Test
    void levelWordsStillDecide() {
        assertThat(words.level("sr. engineering manager")).isEqualTo(SeniorityLevel.LEAD);
        assertThat(words.level("head of product")).isEqualTo(SeniorityLevel.LEAD);
        assertThat(words.level("avdelingsleder")).isEqualTo(SeniorityLevel.LEAD);
        assertThat(words.level("principal architect")).isEqualTo(SeniorityLevel.LEAD);
        assertThat(words.level("senior solutions architect")).isEqualTo(SeniorityLevel.SENIOR);
        assertThat(words.level("director of product management")).isEqualTo(SeniorityLevel.EXECUTIVE);
        assertThat(SeniorityTitleWords.managerRole("assistant to the office manager")).isFalse();
    }

    @Test
    void headOpeningATitleIsALeadAndSoAreTopManagersAndPartnersOfTheirFirm() {
        assertThat(words.level("head coach")).isEqualTo(SeniorityLevel.LEAD);
        assertThat(words.level("assistant head teacher")).isEqualTo(SeniorityLevel.LEAD);
        assertThat(words.level("2019 – present head gardener, kew")).isEqualTo(SeniorityLevel.LEAD);
        assertThat(words.level("head office administrator")).isNull();
        assertThat(words.level("general manager")).isEqualTo(SeniorityLevel.EXECUTIVE);
        assertThat(words.level("audit partner")).isEqualTo(SeniorityLevel.EXECUTIVE);
        assertThat(words.level("talent acquisition partner")).isNull();
        assertThat(words.level("produksjonsdirektør")).isEqualTo(SeniorityLevel.EXECUTIVE);
        assertThat(words.level("chief financial officer")).isEqualTo(SeniorityLevel.EXECUTIVE);
        assertThat(words.level("chief executive, acme plc")).isEqualTo(SeniorityLevel.EXECUTIVE);
        assertThat(words.level("overstyrmann / chief officer")).isEqualTo(SeniorityLevel.LEAD);
        assertThat(words.level("chief economist")).isEqualTo(SeniorityLevel.LEAD);
    }

    @Test
    void aManagerTitleGoesByYears() {
        assertThat(level("Ola Hansen\nOffice Manager\nExperience\nOffice Manager, Acme Dental\nMar 2022 – present"))
                .isEqualTo(SeniorityLevel.MID);
        assertThat(level("Ola Hansen\nProduct Manager\nExperience\nProduct Manager, Acme\n2010 – present"))
                .isEqualTo(SeniorityLevel.SENIOR);
        assertThat(level("Kari Nordmann\nProsjektleder\nErfaring\nProsjektleder, Bygg AS\n2025 – nå"))
                .isEqualTo(SeniorityLevel.JUNIOR);
        assertThat(level("Ola Hansen\nSoftware Architect\nExperience\nSoftware Architect, Acme\n2012 – present"))
                .isEqualTo(SeniorityLevel.SENIOR);
    }

    @Test
    void aManagerOfANumberOfPeopleIsLead() {
        CareerProfile profile = profiler.profile(OfflineProfilerFixtures.document("""
                Ola Hansen
                Customer Service Manager
                Experience
                Customer Service Manager, Acme Energy
                2019 – present
                • Manage a team of 14 advisers across two shifts
                """));
        assertThat(profile.seniority().level()).isEqualTo(SeniorityLevel.LEAD);
        assertThat(profile.seniority().evidence()).isEqualTo("Manage a team of 14 advisers across two shifts");
        assertThat(level("Ola Hansen\nProduct Manager\nExperience\nProduct Manager, Acme\n2019 – present\n"
                + "• Leading cross-functional teams to launch new features")).isEqualTo(SeniorityLevel.SENIOR);
    }

    /** SOC 2018's management major group and the supervisors' minor groups of major groups 33 to 53. */
    @Test
    void aSupervisorsOccupationHeldForSeniorYearsIsLead() {
        assertThat(SeniorityEstimator.supervises("37-1011")).isTrue();
        assertThat(SeniorityEstimator.supervises("11-9032")).isTrue();
        assertThat(SeniorityEstimator.supervises("53-1042")).isTrue();
        assertThat(SeniorityEstimator.supervises("29-1141")).isFalse();
        assertThat(SeniorityEstimator.supervises("31-9093")).isFalse();
        assertThat(SeniorityEstimator.supervises("13-1071")).isFalse();

        CareerProfile housekeeper = profiler.profile(OfflineProfilerFixtures.document("""
                Kari Nordmann
                Executive Housekeeper
                Experience
                Executive Housekeeper, Grand Hotel
                2012 – present
                • Schedule and train the room attendants and inspect the guest rooms
                """));
        assertThat(housekeeper.occupation().soc()).isEqualTo("37-1011");
        assertThat(housekeeper.seniority().level()).isEqualTo(SeniorityLevel.LEAD);
        assertThat(
                level("Kari Nordmann\nRegistered Nurse\nExperience\nRegistered Nurse, City Hospital\n2012 – present\n"
                        + "• Assess patients and give medication"))
                .as("the same years in a job that supervises no one")
                .isEqualTo(SeniorityLevel.SENIOR);
        assertThat(level("Kari Nordmann\nExecutive Housekeeper\nExperience\nExecutive Housekeeper, Grand Hotel\n"
                + "2022 – present\n• Schedule and train the room attendants")).as("a supervisor of a few years")
                .isNotEqualTo(SeniorityLevel.LEAD);
    }

    @Test
    void headcountNeedsANumberOfPeople() {
        assertThat(SeniorityTitleWords.headcount(EvidenceLines.split("Experience\nManaged a team of seven nurses")))
                .isEqualTo("Managed a team of seven nurses");
        assertThat(SeniorityTitleWords.headcount(EvidenceLines.split("Experience\n6 direct reports, budget £2m")))
                .isEqualTo("6 direct reports, budget £2m");
        assertThat(SeniorityTitleWords.headcount(EvidenceLines.split("Experience\nLeading 12 engineers in two squads")))
                .isEqualTo("Leading 12 engineers in two squads");
        assertThat(SeniorityTitleWords.headcount(EvidenceLines.split("Experience\nLed a team of developers")))
                .isNull();
        assertThat(SeniorityTitleWords.headcount(EvidenceLines.split("Experience\nSupported a team of 12 managers")))
                .isNull();
    }

    @Test
    void norwegianHeadcountsToo() {
        for (String line : List.of("Leder for 6 prosjektmedarbeidere", "Ledet et team på åtte utviklere",
                "Personalansvar for 14 ansatte", "Ansvar for ca. 20 medarbeidere i tre skift", "12 underordnede")) {
            assertThat(SeniorityTitleWords.headcount(EvidenceLines.split("Erfaring\n" + line))).as(line)
                    .isEqualTo(line);
        }
        for (String line : List.of("Leder for 3 prosjekter i året", "Ledet 2 år med omstilling",
                "Ansvar for 4 kunder")) {
            assertThat(SeniorityTitleWords.headcount(EvidenceLines.split("Erfaring\n" + line))).as(line).isNull();
        }
    }

    @Test
    void aRankTitleWithLessThanMidYearsGoesByYears() {
        ExtractedDocument founder = new ExtractedDocument("Ola Hansen\nDeveloper\nExperience\nCEO/President\nAcme Apps",
                "text/plain", "en", 1, List.of(),
                List.of(new DatedPosition("CEO/President", "Acme Apps", YearMonth.of(2025, 6), null,
                        "06/2025 - present")),
                "founder", List.of());
        assertThat(profiler.profile(founder).seniority().level()).isEqualTo(SeniorityLevel.JUNIOR);
        assertThat(
                level("Ola Hansen\nChief Executive Officer\nExperience\nChief Executive Officer, Acme\n2010 – present"))
                .isEqualTo(SeniorityLevel.EXECUTIVE);
        // no dates at all: nothing to set against the title, so the title stands
        assertThat(level("Ola Hansen\nLead Developer\nBuilt payment APIs in Java")).isEqualTo(SeniorityLevel.LEAD);
    }
}
