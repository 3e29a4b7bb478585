package dev.aiproof.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.RetentionServiceTest;
import dev.aiproof.TestLinkedIn;
import dev.aiproof.TestMailServer;

/**
 * A LinkedIn profile that cannot be read ends in NEEDS_DOCUMENT with an email asking for the PDF; once
 * {@code aiproof.retention.document-wait} (4 s here) has passed, the waiting assessment is erased: the row with the
 * address and profile link, and its tasks. Its pages then answer 404.
 */
class DocumentWaitTest extends RetentionServiceTest {

    private final JsonMapper json = JsonMapper.shared();

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAssessmentWaitingForItsDocumentIsErasedWhenTheWaitRunsOut() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String handle = "waiting-" + run;
        String address = "wait@doc-" + run + ".example";
        TestLinkedIn.get().stubFor(get(urlEqualTo("/in/" + handle + "/")).willReturn(aResponse().withStatus(999)));
        RestClient http = RestClient.create(baseUrl());
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("linkedinUrl", "https://www.linkedin.com/in/" + handle);
        form.add("email", address);
        form.add("consent", "true");
        String id = json.readTree(http.post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form).retrieve().body(String.class)).get("id").asString();

        await().atMost(PIPELINE_TIMEOUT).pollInterval(Duration.ofMillis(100))
                .until(() -> "NEEDS_DOCUMENT".equals(state(http, id)));
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = ? and task_instance = ?")
                .params(DocumentWait.TASK, id).query(Integer.class).single()).as("expiry scheduled").isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(TestMailServer.get().getReceivedMessages())
                .anyMatch(m -> recipient(m).equals(address)));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> status(http, "/api/assessments/" + id) == 404);
        assertThat(jdbc.sql("select count(*) from assessment where id = ?").param(id).query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance = ?").param(id)
                .query(Integer.class).single()).isZero();
        assertThat(status(http, "/assessments/" + id)).isEqualTo(404);
    }

    private String state(RestClient http, String id) {
        return json.readTree(http.get().uri("/api/assessments/{id}", id).retrieve().body(String.class))
                .get("state").asString();
    }

    private static int status(RestClient http, String path) {
        Integer status = http.get().uri(path).exchange((req, res) -> res.getStatusCode().value());
        return status;
    }

    private static String recipient(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
