package dev.aiproof.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a person runs it (build it first: {@code ./mvnw -DskipTests package}), both as
 * {@code java -jar target/aiproof.jar} and through the README's launcher {@code ./aiproof}: one CV's wall time,
 * {@code occupations}, and a folder of 140 text-layer PDFs in one batch beside {@code pdftotext} over the same
 * files. Run: {@code ./mvnw -o -Pbench test -Dtest=CliBenchmark}; results in docs/benchmarks.md.
 */
@Tag("benchmark")
class CliBenchmark {

    private static final int RUNS = 5;
    private static final int COPIES = 20;

    @Test
    void commandLine(@TempDir Path dir) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        measure("java -jar", List.of(java, "-jar", Path.of("target/aiproof.jar").toAbsolutePath().toString()),
                Files.createDirectories(dir.resolve("jar")));
        measure("./aiproof", List.of(Path.of("aiproof").toAbsolutePath().toString()),
                Files.createDirectories(dir.resolve("launcher")));
    }

    private void measure(String how, List<String> launch, Path dir) throws Exception {
        Path cv = Path.of("fixtures/cv/nurse-senior.pdf").toAbsolutePath();
        run(launch, dir, "assess", cv.toString()); // the first run writes the embedding cache under ./data/cache
        run(launch, dir, "occupations"); // and the launcher's first run of a kind its class cache
        List<Double> single = new ArrayList<>();
        List<Double> occupations = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            single.add(run(launch, dir, "assess", cv.toString(), "--format", "json"));
            occupations.add(run(launch, dir, "occupations", "--format", "json"));
        }
        Path folder = Files.createDirectories(dir.resolve("pdfs"));
        List<Path> pdfs;
        try (Stream<Path> found = Files.walk(Path.of("fixtures/cv"))) {
            pdfs = found.filter(p -> p.toString().endsWith(".pdf") && !p.toString().contains("scanned")).sorted()
                    .toList();
        }
        for (int copy = 0; copy < COPIES; copy++) {
            for (Path pdf : pdfs) {
                Files.copy(pdf, folder.resolve(copy + "-" + pdf.getFileName()));
            }
        }
        int files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = (int) listed.count();
        }
        double batch = run(launch, dir, "assess", folder.toString(), "--format", "jsonl", "--out",
                dir.resolve("out.jsonl").toString());
        long started = System.nanoTime();
        try (Stream<Path> listed = Files.list(folder)) {
            for (Path pdf : listed.toList()) {
                new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            }
        }
        double pdftotext = (System.nanoTime() - started) / 1e9;
        System.out.printf("%n== CLI, %s (%d runs)%n", how, RUNS);
        System.out.printf("assess one PDF: median %.2f s, best %.2f s%n", median(single),
                single.stream().min(Double::compare).orElseThrow());
        System.out.printf("occupations: median %.2f s%n", median(occupations));
        System.out.printf(
                "batch: %d PDFs in %.1f s = %.1f PDFs/s (pdftotext alone: %.2f s, %.0f PDFs/s; ratio %.0fx)%n",
                files, batch, files / batch, pdftotext, files / pdftotext, batch / pdftotext);
    }

    private static double run(List<String> launch, Path dir, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launch);
        command.addAll(List.of(args));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(600, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
