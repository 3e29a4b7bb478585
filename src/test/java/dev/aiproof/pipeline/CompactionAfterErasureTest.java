package dev.aiproof.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.OutboxServiceTest;
import dev.aiproof.UploadForm;

/**
 * The database-compaction task (every second here, on an H2 file) rewrites the file only after something was erased:
 * while the service only reads — pages, the API, the report — and while it idles, it compacts nothing (the meter
 * aiproof.database.compactions stays put); a delivery (which erases the upload), the API's DELETE and the retention
 * sweep's erasure of an address are each followed by a compaction.
 */
class CompactionAfterErasureTest extends OutboxServiceTest {

    /** Several runs of the task (every 1 s) fit in this. */
    private static final Duration IDLE = Duration.ofSeconds(5);

    private final JsonMapper json = JsonMapper.shared();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ErasureMark erasures;

    @Test
    void itCompactsOnlyAfterAnErasure() throws Exception {
        RestClient http = RestClient.create(baseUrl());
        String domain = "compaction-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        String first = submit(http, "first@" + domain);
        String second = submit(http, "second@" + domain);
        awaitDelivered(http, first);
        awaitDelivered(http, second);
        double afterDeliveries = awaitCompacted();
        assertThat(afterDeliveries).as("the deliveries erased the uploads: compacted").isPositive();

        String token = jdbc.sql("select report_token from assessment where id = ?").param(first)
                .query(String.class).single();
        long until = System.nanoTime() + IDLE.toNanos();
        while (System.nanoTime() < until) {
            assertThat(status(http, "/")).isEqualTo(200);
            assertThat(status(http, "/reports/" + token)).isEqualTo(200);
            assertThat(status(http, "/api/assessments/" + first + "/report")).isEqualTo(200);
            assertThat(status(http, "/assessments/" + first)).isEqualTo(200);
            Thread.sleep(200);
        }
        assertThat(compactions()).as("reading and idling: no compaction").isEqualTo(afterDeliveries);
        assertThat(erasures.isSet()).isFalse();

        http.delete().uri("/api/assessments/{id}", first).retrieve().toBodilessEntity();
        double afterDelete = awaitCompacted();
        assertThat(afterDelete).as("the DELETE: compacted").isEqualTo(afterDeliveries + 1);

        Thread.sleep(IDLE.toMillis());
        assertThat(compactions()).as("idle again: no compaction").isEqualTo(afterDelete);

        Timestamp then = Timestamp.from(Instant.now().minus(Duration.ofDays(10)));
        jdbc.sql("update assessment set updated_at = ? where id = ?").params(then, second).update();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc
                .sql("select count(*) from assessment where id = ? and email is null").param(second)
                .query(Integer.class).single() == 1);
        assertThat(awaitCompacted()).as("the sweep erased an address: compacted").isEqualTo(afterDelete + 1);
    }

    /** Waits (at most 30 s) until the mark is clear and the count has not moved for two runs of the task; the count. */
    private double awaitCompacted() {
        double[] count = {-1};
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(2_500)).until(() -> {
            double now = compactions();
            boolean settled = now == count[0] && !erasures.isSet();
            count[0] = now;
            return settled;
        });
        return count[0];
    }

    private double compactions() {
        return meters.get(DatabaseCompaction.METER).counter().count();
    }

    private String submit(RestClient http, String address) throws Exception {
        return json.readTree(http.post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(UploadForm.of(Path.of("fixtures/e2e/senior-developer.txt"), address))
                .retrieve().body(String.class)).get("id").asString();
    }

    private void awaitDelivered(RestClient http, String id) {
        await().atMost(PIPELINE_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> "DELIVERED".equals(
                json.readTree(http.get().uri("/api/assessments/{id}", id).retrieve().body(String.class))
                        .get("state").asString()));
    }

    private static int status(RestClient http, String path) {
        return http.get().uri(path).exchange((req, res) -> res.getStatusCode().value());
    }
}
