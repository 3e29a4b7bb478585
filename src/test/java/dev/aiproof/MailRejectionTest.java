package dev.aiproof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mail server that refuses recipients: a 550 ends the assessment at once (FAILED, MAIL_REJECTED, CV erased) and
 * does not open the shared breaker, so the good addresses after it go out at once; a 451 is retried. Addresses the
 * mailer would refuse are refused at submit already.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "db-scheduler.polling-interval=200ms",
        "aiproof.pipeline.initial-backoff=500ms",
        "resilience4j.retry.instances.smtp.wait-duration=100ms"
})
class MailRejectionTest {

    private static final RefusingMailServer MAIL = new RefusingMailServer();
    // generous for the shared machine: the point is that nothing is retried (one RCPT TO each)
    private static final Duration AT_ONCE = Duration.ofSeconds(45);

    static {
        MAIL.start();
    }

    @LocalServerPort
    int port;

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.shared();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MAIL::port);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stop() {
        MAIL.stop();
    }

    /** Each test starts from a closed breaker: the 451 test's failures count, as they should. */
    @BeforeEach
    void closeTheBreaker() {
        breakers.circuitBreaker("smtp").reset();
    }

    @Test
    void a550EndsTheAssessmentAtOnceAndTheBreakerStaysClosedForGoodAddresses() throws Exception {
        RestClient http = RestClient.create("http://127.0.0.1:" + port);
        // more refusals than the breaker's minimum number of calls (5), all at once
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String address = "gone" + i + "@refusing.example";
            MAIL.refuseAlways(address, "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");
            refused.add(submit(http, address));
        }
        for (String id : refused) {
            JsonNode status = awaitEnd(http, id, AT_ONCE);
            assertThat(status.get("state").asString()).isEqualTo("FAILED");
            assertThat(status.get("error").get("code").asString()).isEqualTo("MAIL_REJECTED");
            assertThat(status.get("error").get("message").asString()).contains("refused our email");
            // nothing of the CV is kept, nor the report nobody was sent
            Map<String, Object> row = jdbc
                    .sql("select content, document, profile, scored, report from assessment where id = ?")
                    .param(id).query().singleRow();
            assertThat(row.values()).containsOnlyNulls();
        }
        for (int i = 0; i < 7; i++) {
            assertThat(MAIL.attempts("gone" + i + "@refusing.example")).as("tries of a refused address").isEqualTo(1);
        }
        assertThat(breakers.circuitBreaker("smtp").getState()).isEqualTo(CircuitBreaker.State.CLOSED);

        long start = System.nanoTime();
        String good = submit(http, "fine@accepting.example");
        assertThat(awaitEnd(http, good, AT_ONCE).get("state").asString()).isEqualTo("DELIVERED");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(AT_ONCE);
        assertThat(MAIL.getReceivedMessagesForDomain("accepting.example")).hasSize(1);
        assertThat(MAIL.getReceivedMessagesForDomain("refusing.example")).isEmpty();
        assertThat(breakers.circuitBreaker("smtp").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void a451IsTriedAgainUntilItPasses() throws Exception {
        RestClient http = RestClient.create("http://127.0.0.1:" + port);
        String address = "busy@greylisting.example";
        MAIL.refuse(address, "451 4.7.1 Greylisted, please try again later", 4);
        String id = submit(http, address);
        assertThat(awaitEnd(http, id, Duration.ofSeconds(60)).get("state").asString()).isEqualTo("DELIVERED");
        assertThat(MAIL.attempts(address)).isEqualTo(5);
        assertThat(MAIL.getReceivedMessagesForDomain("greylisting.example")).hasSize(1);
    }

    /** The three the mailer refused after they had passed the old submit check, and their kin. */
    @Test
    void addressesTheMailerWouldRefuseAreRefusedAtSubmit() throws Exception {
        RestClient http = RestClient.create("http://127.0.0.1:" + port);
        for (String address : List.of("x@y.com>", "x@y.com\u2028", "a\u2028b@y.com", "ø@y.no", "Name <x@y.com>",
                "x@y.com, z@y.com", "x@y", "x\u200b@y.com")) {
            int status = http.post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(UploadForm.of(Path.of("fixtures/e2e/senior-developer.txt"), address))
                    .exchange((req, res) -> {
                        assertThat(json.readTree(res.getBody()).get("code").asString()).isEqualTo("EMAIL_INVALID");
                        return res.getStatusCode().value();
                    });
            assertThat(status).as(address).isEqualTo(400);
        }
    }

    @Test
    void theHealthShowsMailAsItsOwnIndicator() {
        JsonNode health = RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/health")
                .exchange((req, res) -> json.readTree(res.getBody()));
        assertThat(health.get("components").get("mail").get("status").asString()).isEqualTo("UP");
    }

    private String submit(RestClient http, String email) throws Exception {
        String body = http.post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(UploadForm.of(Path.of("fixtures/e2e/senior-developer.txt"), email)).retrieve().body(String.class);
        return json.readTree(body).get("id").asString();
    }

    private JsonNode awaitEnd(RestClient http, String id, Duration timeout) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = json.readTree(http.get().uri("/api/assessments/{id}", id).retrieve().body(String.class));
            return Set.of("DELIVERED", "REJECTED", "NEEDS_DOCUMENT", "FAILED")
                    .contains(last[0].get("state").asString());
        });
        return last[0];
    }
}
