package dev.aiproof.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.ServiceTest;
import dev.aiproof.UploadForm;

/**
 * Good and bad addresses through the whole service — refused at the door (API and form), accepted but unusable
 * for the mail library (it quotes them in its exceptions, which db-scheduler logs with the failed stage), a refused
 * file to such an address, and a delivered report — and not one address in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class AddressLogTest extends ServiceTest {

    private static final List<String> REFUSED_AT_THE_DOOR = List.of(
            "kari nordmann@logs-door.example", "kari@@logs-door.example", "kari@logs-door");
    /** They pass today's door check but not jakarta.mail's parser ("Missing '>' in string ``ola<x@…''"). */
    private static final List<String> UNUSABLE_FOR_MAIL = List.of(
            "ola<x@logs-mail.example", "kari..x@logs-mail.example", "per;x@logs-mail.example");

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.shared();

    @Test
    void noAddressReachesTheLog(CapturedOutput output) throws Exception {
        // the mask itself, on a message and on an exception's text
        LoggerFactory.getLogger(AddressLogTest.class).warn("probe for {}", "probe@logs-probe.example",
                new IllegalStateException("Illegal address in string ``probe2@logs-probe.example''"));
        assertThat(output.getAll()).contains("probe for [address]").contains("in string [address]");

        byte[] cv = Files.readAllBytes(Path.of("fixtures/e2e/senior-developer.txt"));
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0, 1, 0, 0, 0};
        List<String> addresses = new ArrayList<>(REFUSED_AT_THE_DOOR);
        addresses.addAll(UNUSABLE_FOR_MAIL);
        String good = "kari@logs-good-" + UUID.randomUUID() + ".example";
        String rejectedFile = "ola..y@logs-mail.example";
        addresses.add(good);
        addresses.add(rejectedFile);

        for (String address : REFUSED_AT_THE_DOOR) {
            assertThat(post(cv, address)).as(address).isNull();
            FormSession.Page page = FormSession.open(baseUrl()).post(UploadForm.of("cv.txt", cv, address));
            assertThat(page.status()).as(address).isEqualTo(400);
        }
        List<String> accepted = new ArrayList<>();
        for (String address : UNUSABLE_FOR_MAIL) {
            accepted.add(post(cv, address));
        }
        accepted.add(post(elf, rejectedFile));
        String delivered = post(cv, good);

        await().atMost(PIPELINE_TIMEOUT).until(() -> state(delivered).equals("DELIVERED"));
        for (String id : accepted) {
            if (id != null) { // the door may refuse them one day; then there is nothing to wait for
                await().atMost(PIPELINE_TIMEOUT).until(() -> failures(id) > 0 || state(id).equals("FAILED"));
                RestClient.create(baseUrl()).delete().uri("/api/assessments/{id}", id).retrieve().toBodilessEntity();
            }
        }

        String log = output.getAll();
        assertThat(log).contains("[address]");
        for (String address : addresses) {
            assertThat(log).doesNotContain(address);
        }
        assertThat(log).doesNotContain("@logs-");
    }

    /** The assessment's id when accepted, null when refused. */
    private String post(byte[] content, String email) {
        return RestClient.create(baseUrl()).post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(UploadForm.of("cv.txt", content, email)).exchange((req, res) -> {
                    String body = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
                    return res.getStatusCode().value() == 202 ? json.readTree(body).get("id").asString() : null;
                });
    }

    private String state(String id) {
        return RestClient.create(baseUrl()).get().uri("/api/assessments/{id}", id)
                .exchange((req, res) -> json.readTree(res.getBody().readAllBytes()).path("state").asString(""));
    }

    private int failures(String id) {
        return jdbc.sql("select coalesce(max(consecutive_failures), 0) from scheduled_tasks where task_instance = ?")
                .param(id).query(Integer.class).single();
    }
}
