package dev.aiproof.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.ServiceProcess;
import dev.aiproof.UploadForm;

/**
 * The packaged service as a person starts it, with no JVM options of ours: {@code java -jar target/aiproof.jar}
 * and the README's launcher {@code ./aiproof} (which adds a class-data archive). For each, three starts in the same
 * folder (the first one writes the caches), each timed from the process start to {@code /actuator/health} answering
 * 200, with the resident memory of the service and its parse workers at that moment; then one CV through the
 * pipeline, the memory with a parse worker up, and the memory once the worker has idled out. Needs
 * {@code target/aiproof.jar}. Run: {@code ./mvnw -o -DskipTests package && ./mvnw -o -Pbench test -Dtest=StartupBenchmark}
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    @Test
    void startAndIdleMemory() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String jar = Path.of("target/aiproof.jar").toAbsolutePath().toString();
        report("java -jar", List.of(java, "-jar", jar), dir.resolve("jar"));
        report("./aiproof", List.of(Path.of("aiproof").toAbsolutePath().toString()), dir.resolve("launcher"));
    }

    private void report(String how, List<String> launch, Path folder) throws Exception {
        Files.createDirectories(folder);
        List<String> starts = new ArrayList<>();
        for (int run = 1; run <= 3; run++) {
            int port = ServiceProcess.freePort();
            List<String> command = new ArrayList<>(launch);
            command.addAll(List.of("--server.port=" + port,
                    "--aiproof.extraction.worker-idle-timeout=" + IDLE_TIMEOUT.toSeconds() + "s"));
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("service.log").toFile())).start();
            try {
                awaitHealthy(port, process);
                double seconds = (System.nanoTime() - t0) / 1e9;
                long atHealthy = rssMegabytes(process);
                starts.add("%.1f s (%d MB)".formatted(seconds, atHealthy));
                if (run == 3) {
                    submitOne(port);
                    long busy = rssMegabytes(process);
                    Thread.sleep(IDLE_TIMEOUT.plusSeconds(10).toMillis());
                    long idle = rssMegabytes(process);
                    System.out.printf("%s: healthy after %s; with a parse worker up %d MB; idle %d MB (workers: %d)%n",
                            how, String.join(", ", starts), busy, idle, process.descendants().count());
                }
            } finally {
                process.destroy();
                process.waitFor();
            }
        }
    }

    private static void awaitHealthy(int port, Process process) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("not healthy");
    }

    private static void submitOne(int port) throws Exception {
        RestClient http = RestClient.create("http://127.0.0.1:" + port);
        String body = http.post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(UploadForm.of(Path.of("fixtures/cv/nurse-senior.pdf"), "bench@startup.example"))
                .retrieve().body(String.class);
        String id = JsonMapper.shared().readTree(body).get("id").asString();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            String state = JsonMapper.shared().readTree(http.get().uri("/api/assessments/{id}", id).retrieve()
                    .body(String.class)).get("state").asString();
            if ("DELIVERED".equals(state) || "REPORTED".equals(state)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the CV was not assessed in 2 minutes");
    }

    /** Resident memory of the process and everything it started (its parse workers), from /proc. */
    private static long rssMegabytes(Process process) throws IOException {
        long kilobytes = 0;
        for (ProcessHandle handle : Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList()) {
            Path status = Path.of("/proc", String.valueOf(handle.pid()), "status");
            if (Files.exists(status)) {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        kilobytes += Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            }
        }
        return kilobytes / 1024;
    }
}
