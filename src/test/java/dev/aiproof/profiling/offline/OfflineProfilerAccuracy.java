package dev.aiproof.profiling.offline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.taxonomy.SeniorityLevel;

/** Profiles a labelled set and counts hits; shared by the labelled-set and real-CV tests. */
final class OfflineProfilerAccuracy {

    record Result(int count, int occupations, double top1, double top3, double seniority, List<String> misses,
            Map<SeniorityLevel, Map<SeniorityLevel, Integer>> confusion) {

        /** The figures alone, without the misses: for a set that is not to be tuned on. */
        String summary(String name) {
            return String.format(Locale.ROOT, "%n== Offline profiler on %s: %d CVs, %d occupations%n"
                    + "occupation top-1 %.1f%%, top-3 %.1f%%, seniority %.1f%%%n", name, count, occupations,
                    top1 * 100, top3 * 100, seniority * 100) + confusionTable();
        }

        private String confusionTable() {
            StringBuilder out = new StringBuilder("seniority confusion (rows expected, columns got):\n          ");
            for (SeniorityLevel got : SeniorityLevel.values()) {
                out.append(String.format(Locale.ROOT, "%-10s", got.json()));
            }
            out.append('\n');
            confusion.forEach((expected, row) -> {
                out.append(String.format(Locale.ROOT, "%-10s", expected.json()));
                for (SeniorityLevel got : SeniorityLevel.values()) {
                    out.append(String.format(Locale.ROOT, "%-10d", row.getOrDefault(got, 0)));
                }
                out.append('\n');
            });
            return out.toString();
        }

        String report(String name) {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%n== Offline profiler on %s: %d CVs, %d occupations%n", name, count,
                    occupations));
            out.append(String.format(Locale.ROOT, "occupation top-1 %.1f%%, top-3 %.1f%%, seniority %.1f%%%n",
                    top1 * 100, top3 * 100, seniority * 100));
            misses.forEach(m -> out.append("  miss ").append(m).append('\n'));
            return out.append(confusionTable()).toString();
        }
    }

    private OfflineProfilerAccuracy() {
    }

    static Result measure(OfflineProfiler profiler, List<OfflineProfilerFixtures.Labelled> set) {
        int top1 = 0;
        int top3 = 0;
        int seniority = 0;
        List<String> misses = new ArrayList<>();
        Map<SeniorityLevel, Map<SeniorityLevel, Integer>> confusion = new EnumMap<>(SeniorityLevel.class);
        Map<String, Integer> occupations = new TreeMap<>();
        for (OfflineProfilerFixtures.Labelled cv : set) {
            if (cv.document() == null) {
                occupations.merge(cv.soc(), 1, Integer::sum);
                misses.add(cv.file() + " refused by extraction");
                continue;
            }
            CareerProfile profile = OfflineProfilerFixtures.profile(profiler, cv.document());
            occupations.merge(cv.soc(), 1, Integer::sum);
            List<String> ranked = new ArrayList<>();
            ranked.add(profile.occupation().soc());
            profile.alternatives().stream().limit(2).map(CareerProfile.OccupationMatch::soc).forEach(ranked::add);
            boolean first = ranked.getFirst().equals(cv.soc());
            boolean inTop3 = ranked.contains(cv.soc());
            boolean level = profile.seniority().level() == cv.seniority();
            top1 += first ? 1 : 0;
            top3 += inTop3 ? 1 : 0;
            seniority += level ? 1 : 0;
            confusion.computeIfAbsent(cv.seniority(), k -> new EnumMap<>(SeniorityLevel.class))
                    .merge(profile.seniority().level(), 1, Integer::sum);
            if (!first || !level) {
                misses.add(String.format(Locale.ROOT, "%-40s expected %s/%s got %s/%s (%.1f y) top3 %s", cv.file(),
                        cv.soc(),
                        cv.seniority().json(), ranked.getFirst(), profile.seniority().level().json(),
                        profile.seniority().yearsOfExperience(), ranked));
            }
        }
        int n = Math.max(1, set.size());
        return new Result(set.size(), occupations.size(), top1 / (double) n, top3 / (double) n, seniority / (double) n,
                misses, confusion);
    }
}
