package dev.aiproof.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * With {@code aiproof.pipeline.public-url} unset (the default) and no forward-headers strategy (the default), the
 * links in an email lead where the submission was sent: here http://localhost:&lt;the test's port&gt;, not
 * http://localhost:8080. X-Forwarded-* headers are not believed unless the service is told to.
 */
class EmailedLinksTest extends EmailedLinks {

    @Autowired
    PipelineProperties properties;

    @Test
    void publicUrlIsUnsetByDefault() {
        assertThat(properties.publicUrl()).isNull();
    }

    @Test
    void anApiSubmissionsLinksLeadToTheAddressItWasSentTo() throws Exception {
        String address = address("api");
        String id = submitApi(localhost(), CV, address, HttpHeaders.EMPTY);
        String token = token(id);
        assertReportLinks(address, localhost(), token);

        // the link works, and the API's status gives the same one
        int status = client(localhost()).get().uri("/reports/{token}", token).accept(MediaType.TEXT_HTML)
                .exchange((req, res) -> res.getStatusCode().value());
        assertThat(status).as("the emailed report link").isEqualTo(200);
        await().atMost(PIPELINE_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> client(localhost()).get()
                .uri("/api/assessments/{id}", id).retrieve().body(String.class).contains("\"DELIVERED\""));
        assertThat(client(localhost()).get().uri("/api/assessments/{id}", id).retrieve().body(String.class))
                .as("the report page's address in the status")
                .contains(":\"" + localhost() + "/reports/" + token + "\"");
    }

    @Test
    void aFormSubmissionsLinksLeadToTheAddressItWasSentTo() throws Exception {
        String address = address("form");
        String id = submitForm(localhost(), CV, address, HttpHeaders.EMPTY);
        assertReportLinks(address, localhost(), token(id));
    }

    @Test
    void aRefusalsEraseLinkLeadsToTheAddressItWasSentTo() throws Exception {
        String address = address("refused");
        String id = submitApi(localhost(), REFUSED, address, HttpHeaders.EMPTY);
        assertNoticeLinks(address, localhost(), token(id));
    }

    @Test
    void forwardedHeadersAreIgnoredWithoutAForwardHeadersStrategy() throws Exception {
        String address = address("forged");
        String id = submitApi(localhost(), CV, address,
                headers("X-Forwarded-Host", "phish.example", "X-Forwarded-Proto", "https", "Forwarded",
                        "host=phish.example;proto=https"));
        assertReportLinks(address, localhost(), token(id));
    }

    @Test
    void aSubmissionWithoutARequestKeepsTheDefault(@Autowired Pipeline pipeline) {
        String id = pipeline
                .submit(new Submission("cv.txt", "Software Engineer".getBytes(), null, address("cli"), "en")).id();
        String token = token(id);
        assertThat(pipeline.reportUrl(token)).isEqualTo("http://localhost:8080/reports/" + token);
        assertThat(pipeline.eraseUrl(token)).isEqualTo("http://localhost:8080/erase/" + token);
    }
}
