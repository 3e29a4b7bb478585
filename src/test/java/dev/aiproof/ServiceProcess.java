package dev.aiproof;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/aiproof.jar}) as a child process, started in a working directory of its own
 * so that its defaults (the H2 file under {@code ./data}) are the real ones. {@link #kill()} is kill -9.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Shared by every run: embedding the taxonomy once costs ~20 s, and the cache is no part of what is tested. */
    /** The tests' shared cache (the service's default under the project): the taxonomy is embedded once per run. */
    static final Path EMBEDDING_CACHE = Path.of("data/cache").toAbsolutePath();

    private final Path dir;
    private final List<String> arguments;
    private final int port;
    private final Path log;
    private Process process;

    /** @param arguments Spring Boot arguments ({@code --key=value}) on top of the packaged defaults */
    public ServiceProcess(Path dir, String name, List<String> arguments) throws IOException {
        this.dir = dir;
        this.port = freePort();
        this.log = dir.resolve(name + ".log");
        this.arguments = List.copyOf(arguments);
    }

    public ServiceProcess start() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-jar",
                Path.of("target/aiproof.jar").toAbsolutePath().toString(),
                "--server.port=" + port,
                "--aiproof.offline.cache-dir=" + EMBEDDING_CACHE,
                // the parsed taxonomy too: every instance starts in a new folder, and parsing the YAML costs seconds
                "--aiproof.taxonomy.cache-dir=" + EMBEDDING_CACHE,
                "--logging.level.com.github.kagkarlsson=WARN"));
        command.addAll(arguments);
        Files.writeString(log, "---- start " + Instant.now() + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        // output to a file, so that a chatty process never blocks on a full pipe
        process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return this;
    }

    /** Waits until the service is ready (what a load balancer asks): from then on it takes submissions. */
    public ServiceProcess awaitUp(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service did not start in " + timeout + ":\n" + logTail());
    }

    /** kill -9: SIGKILL, no shutdown hook runs, nothing is flushed. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
