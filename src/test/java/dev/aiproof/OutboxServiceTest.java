package dev.aiproof;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on its embedded defaults, as it runs out of the box: no SMTP host (emails are .eml files in an
 * outbox folder), an H2 file database and the offline profiler — both in a temporary folder. The retention sweep and
 * the compaction task run every second; addresses are kept 7 days against the reports' 30. Subclasses share one
 * context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "db-scheduler.polling-interval=200ms",
        "db-scheduler.heartbeat-interval=1s",
        "aiproof.pipeline.initial-backoff=200ms",
        "aiproof.limits.per-address-per-day=10000",
        "aiproof.limits.per-client-per-hour=100000",
        "aiproof.retention.sweep-interval=1s",
        "aiproof.retention.compaction-interval=1s",
        "aiproof.retention.report=30d",
        "aiproof.retention.email=7d",
        "aiproof.pipeline.public-url=https://aiproof.example"
})
public abstract class OutboxServiceTest {

    // the first CV after a start in a fresh clone waits for the offline profiler to embed the taxonomy (about 20 s
    // alone, over a minute beside the other test JVM), which the profiler now does after the service answers
    protected static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(180);
    protected static final Path DATA = temporaryDirectory();
    protected static final Path OUTBOX = DATA.resolve("outbox");

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) {
        registry.add("aiproof.mail.outbox", OUTBOX::toString);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA.resolve("aiproof")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE");
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("aiproof-outbox-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
