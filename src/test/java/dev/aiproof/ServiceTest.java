package dev.aiproof;

import java.time.Duration;
import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a random port, with a real SMTP server (GreenMail), WireMock as linkedin.com and an
 * in-memory database.
 * Subclasses share one Spring context, and so its rate-limit buckets: every test posts from 127.0.0.1 and several
 * post to one address, so the limits here are far above the defaults (3 a day per address, 20 an hour per client),
 * which stay as they are; RateLimitTest sets its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "db-scheduler.polling-interval=200ms",
        "db-scheduler.heartbeat-interval=1s",
        "aiproof.pipeline.initial-backoff=200ms",
        "resilience4j.retry.instances.smtp.wait-duration=100ms",
        "resilience4j.retry.instances.linkedin.wait-duration=50ms",
        "aiproof.limits.per-address-per-day=10000",
        "aiproof.limits.per-client-per-hour=100000"
})
public abstract class ServiceTest {

    // the first CV after a start in a fresh clone waits for the offline profiler to embed the taxonomy (about 20 s
    // alone, over a minute beside the other test JVM), which the profiler now does after the service answers
    protected static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(180);

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMailServer::port);
        registry.add("aiproof.linkedin.base-url", TestLinkedIn::baseUrl);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
