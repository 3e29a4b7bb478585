package dev.aiproof.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.aiproof.extraction.ExtractionLimits;
import dev.aiproof.extraction.ExtractionProperties;
import dev.aiproof.extraction.Extractor;

/**
 * Cost of process isolation: first and warm extraction with Tika in pooled worker JVMs against Tika on a thread of
 * this JVM. Run: {@code ./mvnw -o -Pbench test -Dtest=IsolationBenchmark}; the table goes to target/isolation-benchmark.md.
 */
@Tag("benchmark")
class IsolationBenchmark {

    private static final List<String> FILES = List.of("nurse-senior.pdf", "designer-two-column.pdf",
            "developer-tables.docx", "electrician.txt");
    private static final int RUNS = 9;

    @Test
    void measure() throws Exception {
        StringBuilder report = new StringBuilder(
                "| isolation | first extraction after start | first on a ready worker/thread |");
        for (String f : FILES) {
            report.append(" warm ").append(f).append(" (median of ").append(RUNS).append(") |");
        }
        report.append('\n').append("|---".repeat(3 + FILES.size())).append("|\n");
        for (ExtractionProperties.Isolation mode : ExtractionProperties.Isolation.values()) {
            report.append(row(mode)).append('\n');
        }
        Files.writeString(Path.of("target/isolation-benchmark.md"), report);
        System.out.println(report);
    }

    private static String row(ExtractionProperties.Isolation mode) throws Exception {
        byte[] nurse = Files.readAllBytes(Path.of("fixtures/cv/nurse-senior.pdf"));
        ExtractionProperties limits = ExtractionLimits.bind("isolation=" + mode, "max-parallel=4", "pool-size=2");
        long t0 = System.nanoTime();
        String first;
        try (Extractor cold = new Extractor(limits)) {
            cold.extract("nurse-senior.pdf", nurse);
            first = ms(System.nanoTime() - t0);
        }
        try (Extractor extractor = new Extractor(limits)) {
            Thread.sleep(8_000); // let the pre-started worker finish its own start and warm-up
            long t1 = System.nanoTime();
            assertThat(extractor.extract("nurse-senior.pdf", nurse).text()).contains("Senior Staff Nurse");
            StringBuilder row = new StringBuilder("| " + mode.name().toLowerCase(Locale.ROOT) + " | " + first + " | "
                    + ms(System.nanoTime() - t1) + " |");
            for (String f : FILES) {
                byte[] content = Files.readAllBytes(Path.of("fixtures/cv", f));
                extractor.extract(f, content);
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    long t = System.nanoTime();
                    extractor.extract(f, content);
                    times.add(System.nanoTime() - t);
                }
                times.sort(null);
                row.append(' ').append(ms(times.get(RUNS / 2))).append(" |");
            }
            return row.toString();
        }
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    }
}
