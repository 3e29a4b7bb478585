package dev.aiproof.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.PlanAction;
import dev.aiproof.taxonomy.SeniorityLevel;
import dev.aiproof.taxonomy.Taxonomy;

/** The plan rules of plan.yaml as docs/scoring.md describes them. */
class PlanSelectorTest {

    private final Taxonomy taxonomy = TestTaxonomy.shipped();
    private final Scorer scorer = new Scorer(taxonomy);

    @Test
    void actionsTargetTheExposedTasksAndEndWithOneGeneralStep() {
        List<String> plan = planIds(developer(SeniorityLevel.MID, List.of()));

        assertThat(plan).hasSize(5).startsWith("design-not-code");
        assertThat(plan.subList(0, 4)).allSatisfy(id -> assertThat(action(id).whenTasks()).isNotEmpty());
        assertThat(action(plan.get(4)).whenTasks()).isEmpty();
    }

    @Test
    void anActionIsDroppedWhenThePersonAlreadyHasItsSkill() {
        List<String> plan = planIds(developer(SeniorityLevel.MID,
                List.of(new CareerProfile.SkillClaim("system-design", "System design"))));

        assertThat(plan).doesNotContain("design-not-code");
    }

    @Test
    void seniorityRestrictedActionsOnlyReachThatStage() {
        assertThat(planIds(developer(SeniorityLevel.JUNIOR, List.of()))).contains("junior-fundamentals");
        assertThat(planIds(developer(SeniorityLevel.SENIOR, List.of()))).doesNotContain("junior-fundamentals");
    }

    @Test
    void aPersonWithoutExposedTasksGetsTheStepsOfTheirOccupationGroup() {
        CareerProfile cleaner = profile("37-2011", SeniorityLevel.MID,
                List.of(new CareerProfile.TaskClaim("clean-buildings", 1.0, List.of("Office cleaning"))), List.of());

        ExposureAssessment assessment = scorer.score(cleaner);

        assertThat(assessment.plan()).hasSizeBetween(3, 5)
                .allSatisfy(step -> assertThat(action(step.id()).whenTasks()).isEmpty());
        // cleaning is SOC major group 37: its own actions come before the ones written for everyone
        assertThat(assessment.plan().getFirst().id()).startsWith("grounds-");
        assertThat(assessment.edge()).isEqualTo("Cleaning real spaces is physical work no language model can do."
                + " Your CV shows it: “Office cleaning”");
    }

    @Test
    void aNewlyCoveredOccupationGetsItsGroupsPlanAndAnEdge() {
        Occupation dentist = taxonomy.occupation("29-1021").orElseThrow();
        List<CareerProfile.TaskClaim> usual = dentist.tasks().stream()
                .map(t -> new CareerProfile.TaskClaim(t.id(), t.share(), List.of("line"))).toList();

        ExposureAssessment assessment = scorer.score(profile("29-1021", SeniorityLevel.MID, usual, List.of()));

        assertThat(assessment.plan()).hasSizeBetween(3, 5);
        assertThat(assessment.plan()).anySatisfy(step -> assertThat(step.id()).startsWith("health-"));
        assertThat(assessment.edge()).isNotBlank().doesNotContain("{task}");
    }

    @Test
    void edgeComesFromTheLeastExposedTaskWithTheTaskTitleFilledIn() {
        ExposureAssessment assessment = scorer.score(developer(SeniorityLevel.MID, List.of()));

        assertThat(assessment.edge()).isEqualTo("You align people who disagree, and that takes trust no software has, "
                + "when you coordinate with stakeholders and resolve problems. Your CV shows it: “Worked with product owners”");
    }

    private CareerProfile developer(SeniorityLevel level, List<CareerProfile.SkillClaim> skills) {
        return profile("15-1252", level, List.of(
                new CareerProfile.TaskClaim("write-code", 0.5, List.of("Built REST APIs")),
                new CareerProfile.TaskClaim("fix-bugs", 0.3, List.of("Fixed bugs")),
                new CareerProfile.TaskClaim("coordinate-stakeholders", 0.2, List.of("Worked with product owners"))),
                skills);
    }

    private static CareerProfile profile(String soc, SeniorityLevel level, List<CareerProfile.TaskClaim> tasks,
            List<CareerProfile.SkillClaim> skills) {
        return new CareerProfile(new CareerProfile.ProfilerInfo("offline", "test", null, null, 0, 0), "en",
                new CareerProfile.OccupationMatch(soc, soc, 0.9, soc), List.of(),
                new CareerProfile.SeniorityEstimate(level, 4, "title"), tasks, skills);
    }

    private List<String> planIds(CareerProfile profile) {
        return scorer.score(profile).plan().stream().map(ExposureAssessment.PlanStep::id).toList();
    }

    private PlanAction action(String id) {
        return java.util.stream.Stream.concat(taxonomy.actions().stream(),
                taxonomy.groupPlans().stream().flatMap(g -> g.actions().stream()))
                .filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
