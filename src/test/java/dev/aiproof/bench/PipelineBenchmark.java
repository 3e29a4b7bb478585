package dev.aiproof.bench;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.aiproof.AiproofApplication;
import dev.aiproof.extraction.ExtractionException;
import dev.aiproof.pipeline.Assessment;
import dev.aiproof.pipeline.Pipeline;
import dev.aiproof.pipeline.Submission;

/**
 * Whole-pipeline speed on embedded defaults (H2 file database, .eml outbox, offline profiler):
 * the in-memory path per CV, and the durable path under a burst of submissions.
 * Run: {@code ./mvnw -o -Pbench test -Dtest=PipelineBenchmark}
 */
@Tag("benchmark")
class PipelineBenchmark {

    private static final int BURST = 60;

    @TempDir
    Path data;

    @Test
    void pipeline() throws Exception {
        List<Path> cvs = fixtureCvs();
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", "jdbc:h2:file:" + data.resolve("db").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        properties.put("aiproof.mail.outbox", data.resolve("outbox").toString());
        properties.put("logging.level.dev.aiproof", "WARN");
        long startup = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AiproofApplication.class)
                .web(WebApplicationType.NONE).run(arguments(properties))) {
            System.out.printf("start-up: %.1f s%n", (System.nanoTime() - startup) / 1e9);
            Pipeline pipeline = context.getBean(Pipeline.class);

            List<Double> inMemory = new ArrayList<>();
            for (int round = 0; round < 2; round++) { // first round warms up
                for (Path cv : cvs) {
                    long t = System.nanoTime();
                    try {
                        var document = context.getBean(dev.aiproof.extraction.Extractor.class)
                                .extract(cv.getFileName().toString(), Files.readAllBytes(cv));
                        var profile = context.getBean(dev.aiproof.profiling.Profiler.class).profile(document);
                        context.getBean(dev.aiproof.report.ReportBuilder.class).build("bench", profile,
                                context.getBean(dev.aiproof.scoring.Scorer.class).score(profile));
                    } catch (ExtractionException e) {
                        continue;
                    }
                    if (round == 1) {
                        inMemory.add((System.nanoTime() - t) / 1e6);
                    }
                }
            }
            System.out.printf("in-memory assess (extract+profile+score+report), %d CVs: median %.0f ms, p90 %.0f ms%n",
                    inMemory.size(), percentile(inMemory, 50), percentile(inMemory, 90));

            long burst = System.nanoTime();
            List<String> ids = new ArrayList<>();
            List<Double> submitMs = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                Path cv = cvs.get(i % cvs.size());
                long t = System.nanoTime();
                ids.add(pipeline.submit(new Submission(cv.getFileName().toString(), Files.readAllBytes(cv), null,
                        "bench" + i + "@bench.example", "en")).id());
                submitMs.add((System.nanoTime() - t) / 1e6);
            }
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> ids.stream().allMatch(id -> pipeline.find(id).orElseThrow().state().finished()));
            double seconds = (System.nanoTime() - burst) / 1e9;
            List<Double> latency = ids.stream().map(id -> pipeline.find(id).orElseThrow())
                    .map(a -> (double) Duration.between(a.createdAt(), a.updatedAt()).toMillis()).toList();
            System.out.printf("durable burst: %d submissions, submit median %.0f ms; all finished in %.1f s "
                    + "(%.1f per minute); submit-to-finished median %.0f ms, p90 %.0f ms%n",
                    BURST, percentile(submitMs, 50), seconds, BURST / seconds * 60, percentile(latency, 50),
                    percentile(latency, 90));
            Map<String, Long> states = new HashMap<>();
            ids.forEach(
                    id -> states.merge(pipeline.find(id).map(Assessment::state).orElseThrow().name(), 1L, Long::sum));
            System.out.println("final states: " + states);
        }
    }

    private static List<Path> fixtureCvs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("fixtures/cv"))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** As arguments: SpringApplicationBuilder.properties() are defaults, below config/application.yml. */
    private static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}
