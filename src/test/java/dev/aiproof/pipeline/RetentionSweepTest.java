package dev.aiproof.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.RetentionServiceTest;
import dev.aiproof.UploadForm;

/**
 * The recurring retention task on the real pipeline and database: of three delivered assessments, the one that
 * ended 31 days ago is erased altogether (row, report page, tasks), the one that ended 10 days ago keeps its report
 * but loses its address (7 days here), and today's keeps both.
 */
class RetentionSweepTest extends RetentionServiceTest {

    private final JsonMapper json = JsonMapper.shared();

    @Autowired
    JdbcClient jdbc;

    @Test
    void expiredRowsAndAddressesAreErasedAndNewerOnesKept() throws Exception {
        RestClient http = RestClient.create(baseUrl());
        String domain = "retention-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        String old = submit(http, "old@" + domain);
        String middle = submit(http, "middle@" + domain);
        String fresh = submit(http, "fresh@" + domain);
        for (String id : new String[] {old, middle, fresh}) {
            await().atMost(PIPELINE_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> "DELIVERED".equals(
                    json.readTree(http.get().uri("/api/assessments/{id}", id).retrieve().body(String.class))
                            .get("state").asString()));
        }
        String oldToken = token(old);
        String middleToken = token(middle);

        endedDaysAgo(old, 31);
        endedDaysAgo(middle, 10);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> rows(old) == 0 && email(middle) == null);
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance = ?").param(old)
                .query(Integer.class).single()).isZero();
        assertThat(status(http, "/reports/" + oldToken)).isEqualTo(404);
        assertThat(status(http, "/api/assessments/" + old)).isEqualTo(404);

        assertThat(rows(middle)).isOne();
        assertThat(status(http, "/reports/" + middleToken)).as("the report outlives the address").isEqualTo(200);
        assertThat(rows(fresh)).isOne();
        assertThat(email(fresh)).isEqualTo("fresh@" + domain);
        Map<String, Object> kept = jdbc.sql("select report, email from assessment where id = ?").param(fresh)
                .query().singleRow();
        assertThat(kept.values()).doesNotContainNull();
    }

    private String submit(RestClient http, String address) throws Exception {
        return json.readTree(http.post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(UploadForm.of(Path.of("fixtures/e2e/senior-developer.txt"), address))
                .retrieve().body(String.class)).get("id").asString();
    }

    private void endedDaysAgo(String id, int days) {
        Timestamp then = Timestamp.from(Instant.now().minus(Duration.ofDays(days)));
        jdbc.sql("update assessment set updated_at = ?, delivered_at = ? where id = ?").params(then, then, id).update();
    }

    private int rows(String id) {
        return jdbc.sql("select count(*) from assessment where id = ?").param(id).query(Integer.class).single();
    }

    private String email(String id) {
        return jdbc.sql("select email from assessment where id = ?").param(id).query((rs, n) -> rs.getString(1))
                .optional().orElse(null);
    }

    private String token(String id) {
        return jdbc.sql("select report_token from assessment where id = ?").param(id).query(String.class).single();
    }

    private static int status(RestClient http, String path) {
        Integer status = http.get().uri(path).exchange((req, res) -> res.getStatusCode().value());
        return status;
    }
}
