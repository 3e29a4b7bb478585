package dev.aiproof.intake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.MailParts;
import dev.aiproof.ServiceTest;
import dev.aiproof.TestLinkedIn;
import dev.aiproof.TestMailServer;

/** A pasted LinkedIn address, with WireMock playing linkedin.com: a public profile, a sign-in wall, an outage. */
class LinkedInUrlTest extends ServiceTest {

    private final JsonMapper json = JsonMapper.shared();

    @Test
    void publicProfileIsAssessed() throws Exception {
        String handle = "ola-" + UUID.randomUUID().toString().substring(0, 8);
        TestLinkedIn.get().stubFor(get(urlEqualTo("/in/" + handle + "/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(Files.readString(Path.of("fixtures/linkedin/public-profile.html")))));
        String id = submit("https://www.linkedin.com/in/" + handle, "ola@li-public.example");
        JsonNode status = awaitFinished(id);
        assertThat(status.get("state").asString()).isEqualTo("DELIVERED");
        JsonNode report = json.readTree(RestClient.create(baseUrl()).get().uri("/api/assessments/{id}/report", id)
                .retrieve().body(String.class));
        assertThat(report.get("occupation").get("soc").asString()).startsWith("15-");
        TestLinkedIn.get().verify(1, getRequestedFor(urlEqualTo("/in/" + handle + "/")));
    }

    @Test
    void signInWallAsksForThePdfExport() throws Exception {
        String handle = "wall-" + UUID.randomUUID().toString().substring(0, 8);
        TestLinkedIn.get().stubFor(get(urlEqualTo("/in/" + handle + "/")).willReturn(aResponse().withStatus(200)
                .withBody(Files.readString(Path.of("fixtures/linkedin/authwall.html")))));
        String domain = "li-wall-" + UUID.randomUUID() + ".example";
        JsonNode status = awaitFinished(submit("https://www.linkedin.com/in/" + handle, "x@" + domain));
        assertThat(status.get("state").asString()).isEqualTo("NEEDS_DOCUMENT");
        assertThat(status.get("error").get("code").asString()).isEqualTo("LINKEDIN_NEEDS_PDF");
        assertThat(status.get("error").get("message").asString()).contains("Save to PDF");
        await().atMost(PIPELINE_TIMEOUT)
                .until(() -> TestMailServer.get().getReceivedMessagesForDomain(domain).length == 1);
        MimeMessage mail = TestMailServer.get().getReceivedMessagesForDomain(domain)[0];
        assertThat(MailParts.of(mail).get("text/plain")).contains("Save to PDF");
    }

    @Test
    void linkedinsBotRefusalAlsoAsksForThePdf() {
        String handle = "bot-" + UUID.randomUUID().toString().substring(0, 8);
        TestLinkedIn.get().stubFor(get(urlEqualTo("/in/" + handle + "/")).willReturn(aResponse().withStatus(999)));
        assertThat(awaitFinished(submit("https://www.linkedin.com/in/" + handle, "x@li-999.example"))
                .get("state").asString()).isEqualTo("NEEDS_DOCUMENT");
    }

    @Test
    void aPassingOutageIsRetried() throws Exception {
        String handle = "flaky-" + UUID.randomUUID().toString().substring(0, 8);
        String scenario = "outage-" + handle;
        TestLinkedIn.get().stubFor(get(urlEqualTo("/in/" + handle + "/")).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        TestLinkedIn.get().stubFor(get(urlEqualTo("/in/" + handle + "/")).inScenario(scenario)
                .whenScenarioStateIs("up").willReturn(aResponse().withStatus(200)
                        .withBody(Files.readString(Path.of("fixtures/linkedin/public-profile.html")))));
        assertThat(awaitFinished(submit("https://www.linkedin.com/in/" + handle, "x@li-flaky.example"))
                .get("state").asString()).isEqualTo("DELIVERED");
        TestLinkedIn.get().verify(2, getRequestedFor(urlEqualTo("/in/" + handle + "/")));
    }

    @Test
    void anAddressThatIsNotAProfileIsRefused() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("linkedinUrl", "http://169.254.169.254/latest/meta-data/");
        form.add("email", "x@li-ssrf.example");
        form.add("consent", "true");
        Map<?, ?> problem = RestClient.create(baseUrl()).post().uri("/api/assessments")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .exchange((req, res) -> {
                    assertThat(res.getStatusCode().value()).isEqualTo(400);
                    return json.readValue(res.getBody(), Map.class);
                });
        assertThat(problem.get("code")).isEqualTo("LINKEDIN_URL_INVALID");
    }

    private String submit(String url, String email) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("linkedinUrl", url);
        form.add("email", email);
        form.add("consent", "true");
        String body = RestClient.create(baseUrl()).post().uri("/api/assessments")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve().body(String.class);
        return json.readTree(body).get("id").asString();
    }

    private JsonNode awaitFinished(String id) {
        RestClient http = RestClient.create(baseUrl());
        JsonNode[] last = new JsonNode[1];
        await().atMost(PIPELINE_TIMEOUT).until(() -> {
            last[0] = json.readTree(http.get().uri("/api/assessments/{id}", id).retrieve().body(String.class));
            return java.util.Set.of("DELIVERED", "REJECTED", "NEEDS_DOCUMENT", "FAILED")
                    .contains(last[0].get("state").asString());
        });
        return last[0];
    }
}
