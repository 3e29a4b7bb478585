package dev.aiproof.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.taxonomy.SeniorityLevel;
import dev.aiproof.taxonomy.Taxonomy;

/** Reproduces, digit for digit, the worked example in docs/scoring.md. */
class WorkedExampleTest {

    private final Taxonomy taxonomy = TestTaxonomy.shipped();

    @Test
    void inputsAreTheOnesTheDocumentUses() {
        // a unit of the occupation's own mix carries the value of the occupation's own O*NET tasks in it
        var own = taxonomy.occupation("15-1252").orElseThrow().tasks();
        assertThat(own).filteredOn(t -> t.id().equals("write-code")).extracting(t -> t.value()).containsExactly(0.75);
        assertThat(own).filteredOn(t -> t.id().equals("fix-bugs")).extracting(t -> t.value()).containsExactly(0.75);
        assertThat(own).filteredOn(t -> t.id().equals("coordinate-stakeholders")).extracting(t -> t.value())
                .containsExactly(0.25);
        assertThat(taxonomy.occupation("15-1252").orElseThrow().screenShare()).isEqualTo(0.95);
        assertThat(taxonomy.seniority(SeniorityLevel.JUNIOR).multiplier()).isEqualTo(1.08);
        assertThat(taxonomy.seniority(SeniorityLevel.JUNIOR).tilt()).isEqualTo(0.4);
    }

    @Test
    void formulaStepByStep() {
        var outcome = ExposureFormula.evaluate(List.of(
                new ExposureFormula.Item(0.75, 0.5),
                new ExposureFormula.Item(0.75, 0.3),
                new ExposureFormula.Item(0.25, 0.2)), 0.4, 1.08, 0.95);

        assertThat(Scorer.round(0.5 * StrictMath.exp(0.4 * 0.75), 4)).isEqualTo(0.6749);
        assertThat(Scorer.round(0.3 * StrictMath.exp(0.4 * 0.75), 4)).isEqualTo(0.4050);
        assertThat(Scorer.round(0.2 * StrictMath.exp(0.4 * 0.25), 4)).isEqualTo(0.2210);
        assertThat(Scorer.round(outcome.exposure(), 4)).isEqualTo(0.6650);
        assertThat(outcome.screenFactor()).isCloseTo(1.09, within(1e-12));
        double odds = outcome.exposure() / (1 - outcome.exposure()) * 1.08 * 1.09;
        assertThat(Scorer.round(odds, 4)).isEqualTo(2.3373);
        assertThat(Scorer.round(outcome.raw(), 2)).isEqualTo(70.04);
        assertThat(outcome.score()).isEqualTo(70);
        assertThat(outcome.contributions()).map(c -> Scorer.round(c, 2)).containsExactly(40.98, 24.59, 4.47);
    }

    @Test
    void scorerGivesTheDocumentedResult() {
        CareerProfile profile = new CareerProfile(
                new CareerProfile.ProfilerInfo("offline", "worked-example", null, null, 0, 0), "en",
                new CareerProfile.OccupationMatch("15-1252", "Junior Backend Developer", 0.9,
                        "Junior Backend Developer"),
                List.of(), new CareerProfile.SeniorityEstimate(SeniorityLevel.JUNIOR, 1.5, "Junior Backend Developer"),
                List.of(new CareerProfile.TaskClaim("write-code", 0.5, List.of("Built REST APIs in Java")),
                        new CareerProfile.TaskClaim("fix-bugs", 0.3, List.of("Fixed production bugs")),
                        new CareerProfile.TaskClaim("coordinate-stakeholders", 0.2, List.of("Coordinated releases"))),
                List.of());

        ExposureAssessment assessment = new Scorer(taxonomy).score(profile);

        assertThat(assessment.score()).isEqualTo(70);
        assertThat(assessment.band()).isEqualTo(Band.VERY_HIGH);
        assertThat(assessment.tasks()).extracting(ExposureAssessment.TaskScore::contribution)
                .containsExactly(40.98, 24.59, 4.47);
        assertThat(assessment.seniority().riskEffect()).isEqualTo("elevated");
        assertThat(assessment.screenWork().effect()).isEqualTo("elevated");
        assertThat(assessment.occupationBaseScore()).isEqualTo(75);
        assertThat(assessment.insights()).contains(
                "2 of your 3 tasks face high exposure to generative AI.",
                "At junior level your score is 3 points higher than a mid-level worker doing the same tasks.");
    }
}
