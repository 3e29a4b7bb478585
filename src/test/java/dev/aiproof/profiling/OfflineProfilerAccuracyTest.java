package dev.aiproof.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The offline profiler on the labelled CV set in fixtures/cv/labelled (labels.csv): occupation top-1 ≥ 90%,
 * top-3 ≥ 97%, seniority ≥ 85%. Prints every miss, so a drop says which CVs moved.
 */
class OfflineProfilerAccuracyTest {

    private static OfflineProfilerAccuracy.Result result;
    private static OfflineProfilerAccuracy.Result holdout;

    @BeforeAll
    static void profileAll() throws IOException {
        List<OfflineProfilerFixtures.Labelled> set = OfflineProfilerFixtures.labelled(OfflineProfilerFixtures.LABELLED,
                OfflineProfilerFixtures.LABELLED.resolve("labels.csv"));
        result = OfflineProfilerAccuracy.measure(OfflineProfilerFixtures.profiler(), set);
        holdout = OfflineProfilerAccuracy.measure(OfflineProfilerFixtures.profiler(),
                set.stream().filter(cv -> "holdout".equals(cv.split())).toList());
        System.out.println(result.report("labelled set"));
        System.out.println(OfflineProfilerAccuracy.measure(OfflineProfilerFixtures.profiler(),
                set.stream().filter(cv -> !"holdout".equals(cv.split())).toList()).report("tuning two thirds"));
        System.out.println(holdout.report("set-aside third"));
    }

    @Test
    void theSetIsBigAndVariedEnough() {
        assertThat(result.count()).isGreaterThanOrEqualTo(200);
        assertThat(result.occupations()).isGreaterThanOrEqualTo(120);
        assertThat(holdout.count()).isGreaterThanOrEqualTo(result.count() / 3 - 1);
    }

    @Test
    void occupationTop1AtLeast90Percent() {
        assertThat(result.top1()).as(String.format(Locale.ROOT, "top-1 %.3f", result.top1())).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void occupationTop3AtLeast97Percent() {
        assertThat(result.top3()).as(String.format(Locale.ROOT, "top-3 %.3f", result.top3())).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void seniorityAtLeast85Percent() {
        assertThat(result.seniority()).as(String.format(Locale.ROOT, "seniority %.3f", result.seniority()))
                .isGreaterThanOrEqualTo(0.85);
    }
}
