package dev.aiproof.profiling.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The offline profiler on the labelled CV set in fixtures/cv/labelled (labels.csv, 481 CVs over 350 of the 798
 * occupations; 70 set-aside and 91 fresh CVs): prints every miss, so a change says which CVs moved. The goals are occupation
 * top-1 90 %, top-3 97 % and seniority 85 % (issue "Reading every CV right"); they are not met yet, so the
 * assertions hold the floor measured on 4 December 2026 (docs/benchmarks.md), lowered when the i batch brought 40
 * occupations no CV had shown before, to catch a fall, not to claim the goal.
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
                set.stream().filter(cv -> !"tune".equals(cv.split())).toList());
        // Misses are printed for the tuning set and the set-aside third only: the fresh CVs stay unseen, so that
        // they keep measuring what a person we never met gets (their figures alone are printed).
        System.out.println(result.summary("labelled set"));
        System.out.println(holdout.summary("set aside (holdout and fresh)"));
        System.out.println(OfflineProfilerAccuracy.measure(OfflineProfilerFixtures.profiler(),
                set.stream().filter(cv -> "tune".equals(cv.split())).toList()).report("tuning set"));
        System.out.println(OfflineProfilerAccuracy.measure(OfflineProfilerFixtures.profiler(),
                set.stream().filter(cv -> "holdout".equals(cv.split())).toList()).report("set-aside third"));
        System.out.println(OfflineProfilerAccuracy.measure(OfflineProfilerFixtures.profiler(),
                set.stream().filter(cv -> "fresh".equals(cv.split())).toList())
                .summary("fresh CVs written after tuning") + "");
        // each batch of fresh CVs (its files share a first letter) on its own, since each was written on another day
        set.stream().filter(cv -> "fresh".equals(cv.split()))
                .collect(java.util.stream.Collectors.groupingBy(cv -> cv.file().substring(0, 1),
                        java.util.TreeMap::new, java.util.stream.Collectors.toList()))
                .forEach((batch, cvs) -> System.out.println(OfflineProfilerAccuracy
                        .measure(OfflineProfilerFixtures.profiler(), cvs).summary("fresh batch " + batch)));
    }

    @org.junit.jupiter.api.AfterAll
    static void forgetTheCorpus() {
        result = null;
        holdout = null;
        OfflineProfilerFixtures.forgetProfiles();
    }

    @Test
    void theSetIsBigAndVariedEnough() {
        assertThat(result.count()).isGreaterThanOrEqualTo(200);
        assertThat(result.occupations()).isGreaterThanOrEqualTo(120);
        assertThat(holdout.count()).isGreaterThanOrEqualTo(result.count() / 3 - 1);
    }

    static final double TOP1_FLOOR = 0.84;
    static final double TOP3_FLOOR = 0.91;
    static final double SENIORITY_FLOOR = 0.90;

    @Test
    void occupationTop1HoldsItsFloor() {
        assertThat(result.top1()).as(String.format(Locale.ROOT, "top-1 %.3f", result.top1()))
                .isGreaterThanOrEqualTo(TOP1_FLOOR);
        assertThat(holdout.top1()).as(String.format(Locale.ROOT, "set-aside top-1 %.3f", holdout.top1()))
                .isGreaterThanOrEqualTo(TOP1_FLOOR - 0.08);
    }

    @Test
    void occupationTop3HoldsItsFloor() {
        assertThat(result.top3()).as(String.format(Locale.ROOT, "top-3 %.3f", result.top3()))
                .isGreaterThanOrEqualTo(TOP3_FLOOR);
        assertThat(holdout.top3()).as(String.format(Locale.ROOT, "set-aside top-3 %.3f", holdout.top3()))
                .isGreaterThanOrEqualTo(TOP3_FLOOR - 0.10);
    }

    @Test
    void seniorityHoldsItsFloor() {
        assertThat(result.seniority()).as(String.format(Locale.ROOT, "seniority %.3f", result.seniority()))
                .isGreaterThanOrEqualTo(SENIORITY_FLOOR);
        assertThat(holdout.seniority()).as(String.format(Locale.ROOT, "set-aside seniority %.3f", holdout.seniority()))
                .isGreaterThanOrEqualTo(SENIORITY_FLOOR - 0.05);
    }

    /** The reports of the same CVs, whose profiles this JVM has already made ({@link LabelledReportChecks}). */
    @org.junit.jupiter.api.Nested
    class LabelledReports extends LabelledReportChecks {
    }
}
