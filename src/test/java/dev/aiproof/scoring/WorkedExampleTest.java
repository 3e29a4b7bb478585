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
        assertThat(taxonomy.task("write-code").orElseThrow().value()).isEqualTo(0.88);
        assertThat(taxonomy.task("fix-bugs").orElseThrow().value()).isEqualTo(0.83);
        assertThat(taxonomy.task("coordinate-stakeholders").orElseThrow().value()).isEqualTo(0.21);
        assertThat(taxonomy.occupation("15-1252").orElseThrow().screenShare()).isEqualTo(0.95);
        assertThat(taxonomy.seniority(SeniorityLevel.JUNIOR).multiplier()).isEqualTo(1.08);
        assertThat(taxonomy.seniority(SeniorityLevel.JUNIOR).tilt()).isEqualTo(0.4);
    }

    @Test
    void formulaStepByStep() {
        var outcome = ExposureFormula.evaluate(List.of(
                new ExposureFormula.Item(0.88, 0.5),
                new ExposureFormula.Item(0.83, 0.3),
                new ExposureFormula.Item(0.21, 0.2)), 0.4, 1.08, 0.95);

        assertThat(Scorer.round(0.5 * StrictMath.exp(0.4 * 0.88), 4)).isEqualTo(0.7110);
        assertThat(Scorer.round(0.3 * StrictMath.exp(0.4 * 0.83), 4)).isEqualTo(0.4181);
        assertThat(Scorer.round(0.2 * StrictMath.exp(0.4 * 0.21), 4)).isEqualTo(0.2175);
        assertThat(Scorer.round(outcome.exposure(), 4)).isEqualTo(0.7562);
        assertThat(outcome.screenFactor()).isCloseTo(1.09, within(1e-12));
        assertThat(Scorer.round(outcome.raw(), 2)).isEqualTo(89.03);
        assertThat(outcome.score()).isEqualTo(89);
        assertThat(outcome.contributions()).map(c -> Scorer.round(c, 2)).containsExactly(54.69, 30.34, 3.99);
    }

    @Test
    void scorerGivesTheDocumentedResult() {
        CareerProfile profile = new CareerProfile(
                new CareerProfile.ProfilerInfo("offline", "worked-example", null, null, 0, 0), "en",
                new CareerProfile.OccupationMatch("15-1252", "Junior Backend Developer", 0.9, "Junior Backend Developer"),
                List.of(), new CareerProfile.SeniorityEstimate(SeniorityLevel.JUNIOR, 1.5, "Junior Backend Developer"),
                List.of(new CareerProfile.TaskClaim("write-code", 0.5, List.of("Built REST APIs in Java")),
                        new CareerProfile.TaskClaim("fix-bugs", 0.3, List.of("Fixed production bugs")),
                        new CareerProfile.TaskClaim("coordinate-stakeholders", 0.2, List.of("Coordinated releases"))),
                List.of());

        ExposureAssessment assessment = new Scorer(taxonomy).score(profile);

        assertThat(assessment.score()).isEqualTo(89);
        assertThat(assessment.band()).isEqualTo(Band.VERY_HIGH);
        assertThat(assessment.tasks()).extracting(ExposureAssessment.TaskScore::contribution)
                .containsExactly(54.69, 30.34, 3.99);
        assertThat(assessment.seniority().riskEffect()).isEqualTo("elevated");
        assertThat(assessment.screenWork().effect()).isEqualTo("elevated");
        assertThat(assessment.occupationBaseScore()).isEqualTo(84);
        assertThat(assessment.insights()).contains(
                "2 of your 3 tasks face high exposure to generative AI.",
                "At junior level your score is 9 points higher than a mid-level worker doing the same tasks.");
    }
}
