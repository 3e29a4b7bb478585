package dev.aiproof.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * Process isolation with real child JVMs: a parse that hangs ignoring interrupts, or that exhausts its worker's heap,
 * costs only that worker, which is killed; the next parse starts a fresh one, and this JVM keeps its slot, its heap
 * and its threads.
 */
class ProcessIsolationTest {

    private static final ExtractionProperties LIMITS = new ExtractionProperties(DataSize.ofMegabytes(10), 30,
            60_000, Duration.ofSeconds(3), 1, false, "eng", ExtractionProperties.Isolation.PROCESS,
            DataSize.ofMegabytes(64), 1, Duration.ofMinutes(2));
    private static TikaTextReader reader;
    private static byte[] pdf;

    @BeforeAll
    static void start() throws IOException {
        reader = new TikaTextReader(LIMITS, MisbehavingParseWorker.class.getName());
        pdf = Files.readAllBytes(Path.of("fixtures/cv/nurse-senior.pdf"));
    }

    @AfterAll
    static void stop() {
        reader.close();
    }

    @Test
    void aParseThatHangsIgnoringInterruptsIsKilledAndTheNextParseWorks() {
        assertThat(reader.read(pdf, MediaTypes.PDF).text()).contains("Senior Staff Nurse"); // warm worker in use
        Set<ProcessHandle> before = workers();

        ExtractionException hang = catchThrowableOfType(ExtractionException.class,
                () -> reader.read("SPIN".getBytes(StandardCharsets.US_ASCII), MediaTypes.TEXT));

        assertThat(hang.error()).isEqualTo(ExtractionError.PARSE_TIMEOUT);
        assertTheWorkerWasKilled(before);
        assertThat(spinningThreadsHere()).isZero();
        // max-parallel is 1: with thread isolation the spinning parse would still hold the only slot (busy)
        assertThat(reader.read(pdf, MediaTypes.PDF).text()).contains("Senior Staff Nurse");
        assertAFreshWorker(before);
    }

    @Test
    void aParseThatExhaustsItsWorkersHeapIsTooLargeAndTheNextParseWorks() {
        assertThat(reader.read(pdf, MediaTypes.PDF).text()).contains("Senior Staff Nurse"); // warm worker in use
        long heapBefore = Runtime.getRuntime().totalMemory();
        Set<ProcessHandle> before = workers();

        ExtractionException oom = catchThrowableOfType(ExtractionException.class,
                () -> reader.read("EAT everything".getBytes(StandardCharsets.US_ASCII), MediaTypes.TEXT));

        assertThat(oom.error()).isEqualTo(ExtractionError.TOO_LARGE); // only reported when the worker exits with status 3
        assertTheWorkerWasKilled(before);
        assertThat(reader.read(pdf, MediaTypes.PDF).text()).contains("Senior Staff Nurse");
        assertAFreshWorker(before);
        assertThat(Runtime.getRuntime().totalMemory()).as("this JVM's heap did not grow for it").isLessThanOrEqualTo(
                Math.max(heapBefore, Runtime.getRuntime().maxMemory() / 2));
    }

    @Test
    void aRefusalInsideTheWorkerKeepsItsCodeAndTheWorker() {
        assertThat(reader.read(pdf, MediaTypes.PDF).text()).contains("Senior Staff Nurse"); // warm worker in use
        Set<ProcessHandle> before = workers();
        byte[] broken = java.util.Arrays.copyOf(pdf, 300);

        ExtractionException corrupt = catchThrowableOfType(ExtractionException.class,
                () -> reader.read(broken, MediaTypes.PDF));

        assertThat(corrupt.error()).isEqualTo(ExtractionError.CORRUPT);
        assertThat(workers()).isEqualTo(before);
    }

    /** Parse workers of this JVM (other tests' extractors may have some too). */
    private static Set<ProcessHandle> workers() {
        return ProcessHandle.current().children()
                .filter(p -> p.isAlive() && p.info().commandLine().orElse("").contains(" -Daiproof.parse-worker "))
                .collect(Collectors.toSet());
    }

    /** The one warm worker is gone, and none is started before a parse needs it. */
    private static void assertTheWorkerWasKilled(Set<ProcessHandle> before) {
        assertThat(before).as("one warm worker").hasSize(1);
        // killing is asynchronous: give the worker a moment to be gone
        Set<ProcessHandle> gone = before.stream()
                .filter(p -> !p.onExit().completeOnTimeout(p, 500, TimeUnit.MILLISECONDS).join().isAlive())
                .collect(Collectors.toSet());
        assertThat(gone).as("the misbehaving worker was killed").hasSize(1);
        assertThat(workers()).as("no worker started before one is needed").isEmpty();
    }

    private static void assertAFreshWorker(Set<ProcessHandle> before) {
        Set<ProcessHandle> now = workers();
        assertThat(now).as("the next parse started a fresh worker").hasSize(1).doesNotContainAnyElementsOf(before);
    }

    private static long spinningThreadsHere() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("aiproof-extract")).count();
    }
}
