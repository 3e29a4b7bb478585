package dev.aiproof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An assessment whose stage keeps failing until its tries run out ends FAILED with PROCESSING_FAILED, and nothing of
 * the CV is kept: not the upload, its text, the profile, the scores nor the report nobody was sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "db-scheduler.polling-interval=200ms",
        "aiproof.pipeline.initial-backoff=200ms",
        "aiproof.pipeline.max-backoff=500ms",
        "aiproof.pipeline.max-attempts=2",
        "resilience4j.retry.instances.smtp.max-attempts=1"
})
class FailedAssessmentErasureTest {

    private static final RefusingMailServer MAIL = new RefusingMailServer();

    static {
        MAIL.start();
    }

    @LocalServerPort
    int port;

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

    @Test
    void aFailedAssessmentKeepsNothingOfTheCv() throws Exception {
        String address = "always-busy@greylisting-forever.example";
        MAIL.refuseAlways(address, "451 4.7.1 Greylisted, please try again later");
        RestClient http = RestClient.create("http://127.0.0.1:" + port);
        String body = http.post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(UploadForm.of(Path.of("fixtures/e2e/senior-developer.txt"), address)).retrieve()
                .body(String.class);
        String id = json.readTree(body).get("id").asString();

        JsonNode[] status = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            status[0] = json.readTree(http.get().uri("/api/assessments/{id}", id).retrieve().body(String.class));
            return "FAILED".equals(status[0].get("state").asString());
        });
        assertThat(status[0].get("error").get("code").asString()).isEqualTo("PROCESSING_FAILED");
        assertThat(MAIL.attempts(address)).as("one try per stage attempt").isEqualTo(2);
        Map<String, Object> row = jdbc
                .sql("select content, document, profile, scored, report from assessment where id = ?")
                .param(id).query().singleRow();
        assertThat(row.values()).containsOnlyNulls();
    }
}
