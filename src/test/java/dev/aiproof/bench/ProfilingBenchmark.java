package dev.aiproof.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

import dev.aiproof.extraction.ExtractedDocument;
import dev.aiproof.extraction.ExtractionException;
import dev.aiproof.extraction.Extractor;
import dev.aiproof.profiling.offline.OfflineProfiler;
import dev.aiproof.profiling.offline.OfflineProperties;
import dev.aiproof.taxonomy.Taxonomy;
import dev.aiproof.taxonomy.TaxonomyLoader;

/**
 * Offline profiler speed: model load, start-up with and without the embedding cache, and the time to profile
 * one CV (median and p90). Run: {@code ./mvnw -o -Pbench test -Dtest=ProfilingBenchmark}.
 */
@Tag("benchmark")
class ProfilingBenchmark {

    private static final int ROUNDS = 3;
    /** CPU time says how much work a profile is, whatever else the shared machine is doing meanwhile. */
    private static final com.sun.management.OperatingSystemMXBean CPU = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
            .getOperatingSystemMXBean();

    @Test
    void offlineProfiler(@TempDir Path cache) throws IOException {
        long t0 = System.nanoTime();
        new BgeSmallEnV15QuantizedEmbeddingModel();
        double modelLoad = ms(t0);

        long tl = System.nanoTime();
        Taxonomy taxonomy = TaxonomyLoader.loadDefault();
        double firstLoad = ms(tl);
        List<Double> loads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long ti = System.nanoTime();
            TaxonomyLoader.loadDefault();
            loads.add(ms(ti));
        }
        loads.sort(Double::compare);
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf(Locale.ROOT,
                "%n== Taxonomy: %d occupations, %d titles, %d units, %d skills; load and validate:"
                        + " first %.0f ms, then median %.0f ms (5 runs); heap in use after loading %d MB%n",
                taxonomy.occupations().size(), taxonomy.occupations().stream().mapToInt(o -> o.titles().size()).sum(),
                taxonomy.tasks().size(), taxonomy.skills().size(), firstLoad, loads.get(2), heap / (1024 * 1024));
        long t1 = System.nanoTime();
        // the profiler builds its indexes on a thread of its own: asking where the embeddings came from waits for them
        OfflineProfiler cold = new OfflineProfiler(taxonomy, new OfflineProperties(cache));
        boolean coldFromCache = cold.embeddingsFromCache();
        double withoutCache = ms(t1);
        long t2 = System.nanoTime();
        OfflineProfiler profiler = new OfflineProfiler(taxonomy, new OfflineProperties(cache));
        boolean warmFromCache = profiler.embeddingsFromCache();
        double withCache = ms(t2);
        if (coldFromCache || !warmFromCache) {
            throw new IllegalStateException("cache did not behave: cold " + coldFromCache + ", warm " + warmFromCache);
        }

        List<ExtractedDocument> onePage = labelled();
        List<ExtractedDocument> twoPage = new ArrayList<>();
        // our fixtures are one-page CVs; joined until they reach 70 lines they are as long as a two-page CV
        StringBuilder text = new StringBuilder();
        for (ExtractedDocument document : onePage) {
            text.append(document.text()).append('\n');
            if (text.toString().lines().count() >= 70) {
                twoPage.add(new ExtractedDocument(text.toString().strip(), "text/plain", "en", 2, List.of(), List.of(),
                        "b" + twoPage.size(), List.of()));
                text.setLength(0);
            }
        }
        List<ExtractedDocument> real = real();
        for (int i = 0; i < 10; i++) {
            profiler.profile(onePage.get(i % onePage.size()));
        }
        System.out.printf(Locale.ROOT, "%n== Offline profiler benchmark (%d cores, %s), load average at start %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), loadAverage());
        System.out.printf(Locale.ROOT, "taxonomy %s: %d occupations, %d tasks, %d skills%n", taxonomy.version(),
                taxonomy.occupations().size(), taxonomy.tasks().size(), taxonomy.skills().size());
        System.out.printf(Locale.ROOT, "model load (first in JVM)        %8.0f ms%n", modelLoad);
        System.out.printf(Locale.ROOT,
                "profiler start, no cache         %8.0f ms (embeds the taxonomy, writes the cache)%n", withoutCache);
        System.out.printf(Locale.ROOT, "profiler start, with cache       %8.0f ms%n", withCache);
        report("one-page CVs (labelled set)", profiler, onePage);
        report("two-page CVs (joined fixtures)", profiler, twoPage);
        if (!real.isEmpty()) {
            report("real CVs (../shared/realcv)", profiler, real);
        }
        System.out.printf(Locale.ROOT, "load average at end %s%n", loadAverage());
    }

    /** Each set has more CVs than the profiler remembers (8), so every timed call embeds its CV afresh. */
    private static void report(String name, OfflineProfiler profiler, List<ExtractedDocument> documents) {
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        int lines = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (ExtractedDocument document : documents) {
                long c = CPU.getProcessCpuTime();
                long t = System.nanoTime();
                profiler.profile(document);
                times.add(ms(t));
                cpu.add((CPU.getProcessCpuTime() - c) / 1e6);
            }
        }
        for (ExtractedDocument document : documents) {
            lines += document.lines().size();
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] cpuSorted = cpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-32s n=%3d avg lines %5.1f  median %6.1f ms  p90 %6.1f ms  max %6.1f ms"
                + "  (process CPU median %6.1f ms)%n", name, documents.size(), lines / (double) documents.size(),
                percentile(sorted, 0.5), percentile(sorted, 0.9), sorted[sorted.length - 1],
                percentile(cpuSorted, 0.5));
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static List<ExtractedDocument> labelled() throws IOException {
        Extractor extractor = new Extractor();
        try (Stream<Path> files = Files.list(Path.of("fixtures/cv/labelled"))) {
            List<ExtractedDocument> result = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                try {
                    result.add(extractor.extract(file.getFileName().toString(), Files.readAllBytes(file)));
                } catch (ExtractionException refused) {
                    // a CV the extractor refuses never reaches the profiler
                }
            }
            return result;
        }
    }

    private static List<ExtractedDocument> real() throws IOException {
        Path folder = Path.of("../shared/realcv");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Extractor extractor = new Extractor();
        List<ExtractedDocument> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> Stream.of(".pdf", ".docx", ".odt", ".rtf")
                    .anyMatch(f.toString()::endsWith)).sorted().toList()) {
                try {
                    result.add(extractor.extract(file.getFileName().toString(), Files.readAllBytes(file)));
                } catch (ExtractionException rejected) {
                    // the benchmark measures profiling; rejected files never reach it
                }
            }
        }
        return result;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

}
