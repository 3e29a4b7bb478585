package dev.aiproof.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.TestMailServer;
import dev.aiproof.UploadForm;

/**
 * On the default H2 file database, while the service runs (db-scheduler polling every 200 ms): a CV is delivered and
 * its assessment erased, and its phone number is still in the .mv.db file (H2 writes changes to new places and leaves
 * the old pages, even after CHECKPOINT SYNC); after the compaction the file holds it no more, and the service goes on
 * with its other data intact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "db-scheduler.polling-interval=200ms",
        "aiproof.retention.compaction-interval=1h"
})
class DatabaseFileErasureTest {

    private static final Path DIRECTORY = temporaryDirectory();
    private static final Path FILE = DIRECTORY.resolve("aiproof.mv.db");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private final JsonMapper json = JsonMapper.shared();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMailServer::port);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DIRECTORY.resolve("aiproof")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;WRITE_DELAY=0");
    }

    @Test
    void anErasedCvsPhoneNumberIsNotInTheDatabaseFileAfterCompaction() throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String phone = "+47 4" + random.nextInt(10, 100) + " " + random.nextInt(10, 100) + " "
                + random.nextInt(100, 1000);
        String cv = Files.readString(Path.of("fixtures/e2e/senior-developer.txt")).replace("+47 912 34 567", phone);
        assertThat(cv).contains(phone);
        RestClient http = RestClient.create("http://127.0.0.1:" + port);
        String kept = submit(http, cv, "kept@file-" + UUID.randomUUID() + ".example");
        String erased = submit(http, cv, "erased@file-" + UUID.randomUUID() + ".example");
        awaitDelivered(http, kept);
        awaitDelivered(http, erased);
        http.delete().uri("/api/assessments/{id}", erased).retrieve().toBodilessEntity();
        assertThat(jdbc.sql("select count(*) from assessment where id = ?").param(erased).query(Integer.class).single())
                .isZero();
        jdbc.sql("checkpoint sync").update();
        assertThat(occurrences(FILE, phone)).as("H2 alone keeps the erased values in its file").isPositive();

        assertThat(H2Compactor.compact(dataSource, DatabaseCompaction.DRAIN)).isTrue();

        assertThat(occurrences(FILE, phone)).as("the phone number in the .mv.db file").isZero();
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = ?").param(DatabaseCompaction.TASK)
                .query(Integer.class).single()).as("the recurring task that compacts").isOne();
        String report = http.get().uri("/api/assessments/{id}/report", kept).retrieve().body(String.class);
        assertThat(json.readTree(report).get("score").asInt()).isBetween(0, 100);
        String after = submit(http, cv, "after@file-" + UUID.randomUUID() + ".example");
        awaitDelivered(http, after);
        assertThat(jdbc.sql("select count(*) from assessment").query(Integer.class).single()).isEqualTo(2);
    }

    private void awaitDelivered(RestClient http, String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> "DELIVERED".equals(
                json.readTree(http.get().uri("/api/assessments/{id}", id).retrieve().body(String.class))
                        .get("state").asString()));
    }

    private String submit(RestClient http, String cv, String address) {
        return json.readTree(http.post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(UploadForm.of("cv.txt", cv.getBytes(StandardCharsets.UTF_8), address))
                .retrieve().body(String.class)).get("id").asString();
    }

    private static int occurrences(Path file, String text) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        int found = 0;
        outer : for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            found++;
        }
        return found;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("aiproof-h2-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
