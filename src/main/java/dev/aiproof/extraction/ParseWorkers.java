package dev.aiproof.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pool of parse worker JVMs ({@link ParseWorker}). Each parse borrows a warm worker; a worker that overruns the
 * deadline is killed ({@code PARSE_TIMEOUT}), one that dies of its own heap limit ({@code -XX:+ExitOnOutOfMemoryError})
 * makes the file {@code TOO_LARGE}, any other death {@code CORRUPT}; either way it is gone, and this JVM's heap and
 * threads are never involved.
 *
 * <p>Workers start when a parse needs one, not before: a service or command that reads no file pays for no JVM, and
 * the start of the service does not compete with them for the cores. A worker left idle for
 * {@code worker-idle-timeout} stops, so that an idle service gives its memory back.
 */
final class ParseWorkers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ParseWorkers.class);
    /** Exit status of a JVM stopped by -XX:+ExitOnOutOfMemoryError. */
    static final int OUT_OF_MEMORY_EXIT = 3;
    private static final int MAX_USES = 500;
    private static final long START_TIMEOUT_MS = 60_000;

    private final List<String> command;
    private final int poolSize;
    private final boolean ocr;
    private final Deque<WorkerProcess> idle = new ArrayDeque<>();
    private final ExecutorService exchanges = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService reaper;
    private final long idleTimeoutNanos;
    private boolean closed;

    ParseWorkers(ExtractionProperties limits, String mainClass) {
        this.command = command(limits, mainClass);
        this.poolSize = limits.poolSize();
        this.ocr = limits.ocr() && TikaParse.tesseractInstalled();
        this.idleTimeoutNanos = limits.workerIdleTimeout().toNanos();
        this.reaper = Executors
                .newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("parse-worker-reaper")
                        .factory());
        long every = Math.clamp(limits.workerIdleTimeout().toMillis() / 4, 250, 30_000);
        reaper.scheduleWithFixedDelay(this::stopIdle, every, every, TimeUnit.MILLISECONDS);
    }

    /** Workers alive and waiting for a parse. */
    synchronized int idleWorkers() {
        return idle.size();
    }

    private void stopIdle() {
        List<WorkerProcess> stopping = new ArrayList<>();
        synchronized (this) {
            idle.removeIf(worker -> worker.idleLongerThan(idleTimeoutNanos) && stopping.add(worker));
        }
        if (!stopping.isEmpty()) {
            stopping.forEach(WorkerProcess::kill);
            log.info("stopped {} idle parse worker(s)", stopping.size());
        }
    }

    boolean ocrAvailable() {
        return ocr;
    }

    TikaTextReader.Parsed parse(byte[] content, String mediaType, long deadlineMillis) {
        WorkerProcess worker = take();
        try {
            exchanges.submit(worker::awaitReady).get(START_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            worker.kill();
            log.warn("parse worker did not start (exit {})", worker.exitCode());
            throw new ExtractorBusyException();
        }
        Future<Object> reply = exchanges.submit(() -> worker.exchange(content, mediaType));
        try {
            Object outcome = reply.get(deadlineMillis, TimeUnit.MILLISECONDS);
            giveBack(worker);
            if (outcome instanceof ExtractionException refused) {
                throw refused;
            }
            return (TikaTextReader.Parsed) outcome;
        } catch (TimeoutException e) {
            worker.kill();
            throw new ExtractionException(ExtractionError.PARSE_TIMEOUT);
        } catch (InterruptedException e) {
            worker.kill();
            Thread.currentThread().interrupt();
            throw new ExtractionException(ExtractionError.PARSE_TIMEOUT);
        } catch (ExecutionException e) {
            int exit = worker.exitCode();
            worker.kill();
            log.warn("parse worker died during a parse (exit {})", exit);
            ExtractionError error = exit == OUT_OF_MEMORY_EXIT ? ExtractionError.TOO_LARGE : ExtractionError.CORRUPT;
            throw new ExtractionException(error, "the parse worker died (exit " + exit + ")", e.getCause());
        }
    }

    private synchronized WorkerProcess take() {
        if (closed) {
            throw new ExtractorBusyException();
        }
        WorkerProcess worker = idle.pollFirst();
        return worker != null ? worker : start();
    }

    private void giveBack(WorkerProcess worker) {
        synchronized (this) {
            if (!closed && worker.uses() < MAX_USES && idle.size() < poolSize) {
                worker.idleFromNow();
                idle.addFirst(worker);
                return;
            }
        }
        worker.kill();
    }

    private WorkerProcess start() {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            return new WorkerProcess(builder.start());
        } catch (IOException e) {
            log.warn("cannot start a parse worker: {}", e.toString());
            throw new ExtractorBusyException();
        }
    }

    static List<String> command(ExtractionProperties limits, String mainClass) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daiproof.parse-worker", // so that ps shows what it is: the class path makes the line long
                "-Xmx" + limits.childHeap().toMegabytes() + "m", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path")));
        if (ParseWorkers.class.getClassLoader().getClass().getName().startsWith("org.springframework.boot.loader.")) {
            // running from the packaged jar: its nested jars are only reachable through Spring Boot's launcher
            command.addAll(
                    List.of("-Dloader.main=" + mainClass, "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            command.add(mainClass);
        }
        command.addAll(List.of(String.valueOf(limits.maxPages()), String.valueOf(limits.maxChars()),
                String.valueOf(limits.timeout().toSeconds()), String.valueOf(limits.ocr()), limits.ocrLanguage()));
        return command;
    }

    @Override
    public void close() {
        List<WorkerProcess> stopping;
        synchronized (this) {
            closed = true;
            stopping = new ArrayList<>(idle);
            idle.clear();
        }
        stopping.forEach(WorkerProcess::kill);
        reaper.shutdownNow();
        exchanges.shutdownNow();
    }
}
