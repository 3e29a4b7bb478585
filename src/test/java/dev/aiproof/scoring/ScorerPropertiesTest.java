package dev.aiproof.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.SeniorityLevel;
import dev.aiproof.taxonomy.Skill;
import dev.aiproof.taxonomy.Task;
import dev.aiproof.taxonomy.Taxonomy;

/** Properties every assessment must have, over random profiles on the shipped taxonomy. */
class ScorerPropertiesTest {

    private static final Taxonomy TAXONOMY = TestTaxonomy.shipped();
    private static final Scorer SCORER = new Scorer(TAXONOMY);
    private static final List<Task> TASKS = TAXONOMY.tasks();
    private static final List<Occupation> OCCUPATIONS = TAXONOMY.occupations();
    private static final List<Skill> SKILLS = TAXONOMY.skills();

    @Property(tries = 300)
    void sameInputSameOutput(@ForAll("profiles") CareerProfile profile) {
        ExposureAssessment first = SCORER.score(profile);
        ExposureAssessment again = new Scorer(TAXONOMY).score(profile);

        assertThat(again).isEqualTo(first);
        assertThat(first.taxonomyVersion()).isEqualTo(TAXONOMY.version());
    }

    @Property(tries = 500)
    void scoreStaysWithinBoundsAndBandMatches(@ForAll("profiles") CareerProfile profile) {
        ExposureAssessment assessment = SCORER.score(profile);

        assertThat(assessment.score()).isBetween(0, 100);
        assertThat(assessment.band()).isEqualTo(Band.of(assessment.score()));
        assertThat(assessment.plan()).hasSizeBetween(3, 5);
        assertThat(assessment.tasks()).isNotEmpty();
        assertThat(assessment.edge()).isNotBlank();
        assertThat(assessment.relatedOccupations())
                .allSatisfy(r -> assertThat(r.baseScore()).isLessThan(assessment.score()));
    }

    @Property(tries = 500)
    void movingTimeToAMoreExposedTaskNeverLowersTheScore(@ForAll("profiles") CareerProfile profile,
            @ForAll @DoubleRange(min = 0.0, max = 1.0) double fraction) {
        List<CareerProfile.TaskClaim> tasks = profile.tasks();
        if (tasks.size() < 2) {
            return;
        }
        int up = indexOfValue(profile, true);
        int down = indexOfValue(profile, false);
        double moved = tasks.get(down).share() * fraction;
        List<CareerProfile.TaskClaim> shifted = new ArrayList<>(tasks);
        shifted.set(up, claim(tasks.get(up).taskId(), tasks.get(up).share() + moved));
        shifted.set(down, claim(tasks.get(down).taskId(), tasks.get(down).share() - moved));

        assertThat(SCORER.score(withTasks(profile, shifted)).score())
                .isGreaterThanOrEqualTo(SCORER.score(profile).score());
    }

    @Property(tries = 1000)
    void raisingATasksValueNeverLowersTheScore(
            @ForAll @Size(min = 1, max = 10) List<@DoubleRange(min = 0, max = 1) Double> values,
            @ForAll @Size(min = 10, max = 10) List<@DoubleRange(min = 0.01, max = 1) Double> shares,
            @ForAll @IntRange(min = 0, max = 9) int raised,
            @ForAll @DoubleRange(min = 0, max = 1) double increase,
            @ForAll("seniorityLevels") SeniorityLevel level,
            @ForAll @DoubleRange(min = 0, max = 1) double screenShare) {
        int index = raised % values.size();
        List<ExposureFormula.Item> before = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            before.add(new ExposureFormula.Item(values.get(i), shares.get(i)));
        }
        List<ExposureFormula.Item> after = new ArrayList<>(before);
        after.set(index, new ExposureFormula.Item(Math.min(1, values.get(index) + increase), shares.get(index)));
        var seniority = TAXONOMY.seniority(level);

        var low = ExposureFormula.evaluate(before, seniority, screenShare);
        var high = ExposureFormula.evaluate(after, seniority, screenShare);

        assertThat(high.raw()).isGreaterThanOrEqualTo(low.raw() - 1e-9);
        assertThat(high.score()).isGreaterThanOrEqualTo(low.score());
    }

    @Property(tries = 2000)
    void theEndsOfTheScaleBelongToTaskMixesThatSitThere(
            @ForAll @Size(min = 1, max = 8) List<@DoubleRange(min = 0, max = 1) Double> values,
            @ForAll @Size(min = 8, max = 8) List<@DoubleRange(min = 0.01, max = 1) Double> shares,
            @ForAll("seniorityLevels") SeniorityLevel level, @ForAll @DoubleRange(min = 0, max = 1) double screenShare,
            @ForAll boolean pushToAnEnd, @ForAll boolean top) {
        List<ExposureFormula.Item> items = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            // half the cases sit next to an end of the scale, where a multiplicative effect used to saturate
            double value = pushToAnEnd ? (top ? 1 - values.get(i) * 0.02 : values.get(i) * 0.02) : values.get(i);
            items.add(new ExposureFormula.Item(value, shares.get(i)));
        }
        int score = ExposureFormula.evaluate(items, TAXONOMY.seniority(level), screenShare).score();

        if (score == 100) {
            assertThat(items).allSatisfy(i -> assertThat(i.value()).isEqualTo(1.0));
        }
        if (score == 0) {
            assertThat(items).allSatisfy(i -> assertThat(i.value()).isEqualTo(0.0));
        }
    }

    @Property(tries = 300)
    void noRealProfileReachesAnEndOfTheScale(@ForAll("profiles") CareerProfile profile) {
        ExposureAssessment assessment = SCORER.score(profile);
        boolean allOne = assessment.tasks().stream().allMatch(t -> t.value() == 1.0);
        boolean allZero = assessment.tasks().stream().allMatch(t -> t.value() == 0.0);

        assertThat(assessment.score()).isBetween(allZero ? 0 : 1, allOne ? 100 : 99);
    }

    @Property(tries = 300)
    void moreSeniorNeverScoresHigher(@ForAll("profiles") CareerProfile profile) {
        int previous = Integer.MAX_VALUE;
        for (SeniorityLevel level : SeniorityLevel.values()) {
            int score = SCORER.score(withLevel(profile, level)).score();
            assertThat(score).as(level.json()).isLessThanOrEqualTo(previous);
            previous = score;
        }
    }

    @Property(tries = 200)
    void contributionsAddUpToTheScore(@ForAll("profiles") CareerProfile profile) {
        ExposureAssessment assessment = SCORER.score(profile);
        double sum = assessment.tasks().stream().mapToDouble(ExposureAssessment.TaskScore::contribution).sum();

        // a score kept off the ends of the scale (1 or 99) may stand up to a point from its raw value
        double kept = assessment.score() == 1 || assessment.score() == 99 ? 0.5 : 0;
        assertThat(Math.min(100, sum)).isCloseTo(assessment.score(),
                org.assertj.core.data.Offset.offset(0.5 + kept + 0.005 * assessment.tasks().size()));
    }

    @Provide
    Arbitrary<SeniorityLevel> seniorityLevels() {
        return Arbitraries.of(SeniorityLevel.class);
    }

    @Provide
    Arbitrary<CareerProfile> profiles() {
        Arbitrary<Occupation> occupation = Arbitraries.of(OCCUPATIONS);
        Arbitrary<List<CareerProfile.TaskClaim>> tasks = Combinators.combine(
                Arbitraries.of(TASKS).map(Task::id), Arbitraries.doubles().between(0.01, 1.0))
                .as(ScorerPropertiesTest::claim)
                .list().ofMinSize(1).ofMaxSize(9).uniqueElements(CareerProfile.TaskClaim::taskId);
        Arbitrary<List<CareerProfile.SkillClaim>> skills = Arbitraries.of(SKILLS)
                .map(s -> new CareerProfile.SkillClaim(s.id(), s.name()))
                .list().ofMaxSize(8).uniqueElements(CareerProfile.SkillClaim::skillId);
        return Combinators.combine(occupation, seniorityLevels(), tasks, skills)
                .as((o, level, claims, claimedSkills) -> new CareerProfile(
                        new CareerProfile.ProfilerInfo("offline", "property-test", null, null, 0, 0), "en",
                        new CareerProfile.OccupationMatch(o.soc(), o.title(), 0.8, o.title()), List.of(),
                        new CareerProfile.SeniorityEstimate(level, 5, "test"), normalise(claims), claimedSkills));
    }

    private static CareerProfile.TaskClaim claim(String taskId, double share) {
        return new CareerProfile.TaskClaim(taskId, share, List.of("line showing " + taskId));
    }

    private static List<CareerProfile.TaskClaim> normalise(List<CareerProfile.TaskClaim> claims) {
        double total = claims.stream().mapToDouble(CareerProfile.TaskClaim::share).sum();
        return claims.stream().map(c -> claim(c.taskId(), c.share() / total)).toList();
    }

    /** The value the scorer uses: the occupation's own for a unit of its mix, the pooled one otherwise. */
    private static double valueFor(CareerProfile profile, String taskId) {
        return TAXONOMY.occupation(profile.occupation().soc()).orElseThrow().tasks().stream()
                .filter(t -> t.id().equals(taskId)).map(dev.aiproof.taxonomy.OccupationTask::value).findFirst()
                .orElseGet(() -> TAXONOMY.task(taskId).orElseThrow().value());
    }

    private static int indexOfValue(CareerProfile profile, boolean highest) {
        List<CareerProfile.TaskClaim> tasks = profile.tasks();
        int best = 0;
        for (int i = 1; i < tasks.size(); i++) {
            double value = valueFor(profile, tasks.get(i).taskId());
            double bestValue = valueFor(profile, tasks.get(best).taskId());
            if (highest ? value > bestValue : value < bestValue) {
                best = i;
            }
        }
        return best;
    }

    private static CareerProfile withTasks(CareerProfile p, List<CareerProfile.TaskClaim> tasks) {
        return new CareerProfile(p.profiler(), p.language(), p.occupation(), p.alternatives(), p.seniority(), tasks,
                p.skills());
    }

    private static CareerProfile withLevel(CareerProfile p, SeniorityLevel level) {
        return new CareerProfile(p.profiler(), p.language(), p.occupation(), p.alternatives(),
                new CareerProfile.SeniorityEstimate(level, p.seniority().yearsOfExperience(), p.seniority().evidence()),
                p.tasks(), p.skills());
    }
}
