package dev.aiproof.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.aiproof.profiling.CareerProfile;

/**
 * Golden profiles across occupations and seniorities (fixtures/scoring/*.json): each holds a profile and the
 * expected result. After a deliberate change to the taxonomy or the formula, review the differences and refresh
 * with {@code ./mvnw -o test -Dtest=GoldenScoringTest -Dgolden.update=true}.
 */
class GoldenScoringTest {

    private static final Path FIXTURES = Path.of("fixtures/scoring");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void scoresMatchTheGoldenFile(Path fixture) throws IOException {
        ObjectNode golden = (ObjectNode) JSON.readTree(fixture.toFile());
        CareerProfile profile = JSON.treeToValue(golden.get("profile"), CareerProfile.class);

        ExposureAssessment assessment = new Scorer(TestTaxonomy.shipped()).score(profile);
        JsonNode actual = JSON.valueToTree(Summary.of(assessment));

        if (Boolean.getBoolean("golden.update")) {
            golden.set("expected", actual);
            Files.writeString(fixture, JSON.writeValueAsString(golden) + "\n");
        }
        assertThat(actual).as(fixture.getFileName().toString()).isEqualTo(golden.get("expected"));
    }

    /** The parts of an assessment a person reads, in a stable, reviewable shape. */
    record Summary(String taxonomyVersion, int score, String band, int occupationBaseScore, String riskEffect,
            String screenWorkEffect, List<TaskLine> tasks, List<String> vulnerableSkills,
            List<String> resilientSkills, List<String> insights, List<String> plan, String edge,
            List<String> relatedOccupations) {

        static Summary of(ExposureAssessment a) {
            return new Summary(a.taxonomyVersion(), a.score(), a.band().json(), a.occupationBaseScore(),
                    a.seniority().riskEffect(), a.screenWork().effect(),
                    a.tasks().stream().map(t -> new TaskLine(t.id(), t.level().name(), t.exposure().json(), t.value(),
                            t.share(), t.contribution())).toList(),
                    a.vulnerableSkills().stream().map(ExposureAssessment.SkillView::id).toList(),
                    a.resilientSkills().stream().map(ExposureAssessment.SkillView::id).toList(),
                    a.insights(), a.plan().stream().map(ExposureAssessment.PlanStep::id).toList(), a.edge(),
                    a.relatedOccupations().stream().map(r -> r.soc() + " " + r.title() + " (" + r.baseScore() + ")")
                            .toList());
        }
    }

    record TaskLine(String id, String level, String exposure, double value, double share, double contribution) {
    }
}
