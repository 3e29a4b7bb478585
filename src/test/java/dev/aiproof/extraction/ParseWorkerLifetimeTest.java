package dev.aiproof.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Real parse worker JVMs start when a parse needs one and stop when left idle: no worker before the first file, one
 * kept warm after it, none once it has idled for {@code worker-idle-timeout}, and the next file starts one again.
 */
class ParseWorkerLifetimeTest {

    private static final byte[] TEXT = "Registered nurse, 2015 - 2024".getBytes(StandardCharsets.UTF_8);

    @Test
    void workersStartOnDemandAndStopWhenIdle() {
        ExtractionProperties limits = ExtractionLimits.bind("isolation=process", "max-parallel=2", "pool-size=2",
                "ocr=false", "worker-idle-timeout=1s");
        try (ParseWorkers workers = new ParseWorkers(limits, ParseWorker.class.getName())) {
            assertThat(workers.idleWorkers()).as("workers before any file").isZero();

            assertThat(workers.parse(TEXT, "text/plain", 60_000).text()).contains("Registered nurse");
            assertThat(workers.idleWorkers()).as("kept warm after a parse").isEqualTo(1);

            await().atMost(Duration.ofSeconds(15)).until(() -> workers.idleWorkers() == 0);

            assertThat(workers.parse(TEXT, "text/plain", 60_000).text()).contains("Registered nurse");
            assertThat(workers.idleWorkers()).isEqualTo(1);
        }
    }
}
