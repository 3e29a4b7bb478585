package dev.aiproof.extraction;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the Tika parse ({@link TikaParse}) with a hard deadline, at most {@code maxParallel} at once; beyond that new
 * uploads fail fast with {@link ExtractorBusyException} (the pipeline retries those later; the file is not to blame).
 * <p>
 * {@code process} isolation (the service default) parses in pooled child JVMs ({@link ParseWorkers}): a parse past
 * its deadline or out of memory kills only its child, and the slot is free again at once. {@code thread} isolation
 * parses on a fresh thread of this JVM: a parser that ignores interruption keeps its slot until it really ends, and
 * memory is shared with the service. See docs/extraction.md "Limits and isolation".
 */
final class TikaTextReader implements AutoCloseable {

    record Parsed(String text, int pages, boolean truncated, boolean ocrAvailable, int ocrPages) {
    }

    private final ExtractionProperties limits;
    private final Semaphore slots;
    private final TikaParse inProcess;
    private final ParseWorkers workers;

    TikaTextReader(ExtractionProperties limits) {
        this(limits, limits.isolation() == ExtractionProperties.Isolation.PROCESS ? ParseWorker.class.getName() : null);
    }

    /** {@code workerMain} null means thread isolation; tests name their own worker main class. */
    TikaTextReader(ExtractionProperties limits, String workerMain) {
        this.limits = limits;
        this.slots = new Semaphore(limits.maxParallel());
        this.inProcess = workerMain == null ? new TikaParse(limits) : null;
        this.workers = workerMain == null ? null : new ParseWorkers(limits, workerMain);
    }

    boolean ocrAvailable() {
        return inProcess != null ? inProcess.ocrAvailable() : workers.ocrAvailable();
    }

    Parsed read(byte[] content, String mediaType) {
        long deadline = limits.timeout().toMillis();
        try {
            if (!slots.tryAcquire(Math.min(deadline, 5_000), TimeUnit.MILLISECONDS)) {
                throw new ExtractorBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException(ExtractionError.PARSE_TIMEOUT);
        }
        if (workers != null) {
            try {
                return workers.parse(content, mediaType, deadline);
            } finally {
                slots.release();
            }
        }
        return onThread(content, mediaType, deadline);
    }

    private Parsed onThread(byte[] content, String mediaType, long deadline) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        Thread worker = Thread.ofPlatform().daemon().name("aiproof-extract").unstarted(() -> {
            Object outcome;
            try {
                outcome = inProcess.parse(content, mediaType);
            } catch (Throwable t) { // OutOfMemoryError and StackOverflowError too: the service must stay up
                outcome = t;
            } finally {
                slots.release();
            }
            result.complete(outcome);
        });
        worker.start();
        Object outcome;
        try {
            outcome = result.get(deadline, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = null;
        } catch (ExecutionException | TimeoutException e) {
            outcome = null;
        }
        if (outcome == null) {
            worker.interrupt();
            throw new ExtractionException(ExtractionError.PARSE_TIMEOUT);
        }
        if (outcome instanceof Parsed parsed) {
            return parsed;
        }
        throw TikaParse.mapFailure((Throwable) outcome);
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.close();
        }
    }
}
