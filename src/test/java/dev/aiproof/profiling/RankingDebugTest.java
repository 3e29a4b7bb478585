package dev.aiproof.profiling;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RankingDebugTest {
    @Test
    void debug() throws Exception {
        String spec = System.getProperty("debug.cvs", "");
        if (spec.isEmpty()) return;
        var extractor = new dev.aiproof.extraction.Extractor();
        for (String item : spec.split(",")) {
            String[] parts = item.split(":");
            var doc = extractor.extract(parts[0], Files.readAllBytes(OfflineProfilerFixtures.LABELLED.resolve(parts[0])));
            var profile = OfflineProfilerFixtures.profiler().profile(doc);
            OfflineRanking.DEBUG = new java.util.HashSet<>(List.of(parts[1], profile.occupation().soc()));
            System.out.println("== " + parts[0] + " expected " + parts[1] + " got " + profile.occupation().soc());
            OfflineProfilerFixtures.profiler().profile(extractor.extract(parts[0] + " ", Files.readAllBytes(OfflineProfilerFixtures.LABELLED.resolve(parts[0]))));
            OfflineRanking.DEBUG = null;
        }
    }
}
