package dev.aiproof.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.ServiceTest;
import dev.aiproof.TestMailServer;

/** The REST contract's error side: every refusal is problem+json with a stable code and a sentence. */
class AssessmentApiTest extends ServiceTest {

    private final JsonMapper json = JsonMapper.shared();

    @Test
    void missingEmailIsRefused() {
        Response r = post(form("cv.txt", "Software Engineer\nBuilt services in Java".getBytes(), null, "true"));
        assertProblem(r, 400, "EMAIL_REQUIRED");
    }

    @Test
    void invalidEmailIsRefused() {
        assertProblem(post(form("cv.txt", "Software Engineer".getBytes(), "not-an-address", "true")), 400,
                "EMAIL_INVALID");
    }

    @Test
    void missingConsentIsRefused() {
        assertProblem(post(form("cv.txt", "Software Engineer".getBytes(), "a@b.example", null)), 400,
                "CONSENT_REQUIRED");
    }

    @Test
    void missingFileIsRefused() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("email", "a@b.example");
        form.add("consent", "true");
        assertProblem(post(form), 400, "FILE_REQUIRED");
    }

    @Test
    void fileOverTenMegabytesIsRefused() {
        assertProblem(post(form("cv.pdf", new byte[11 * 1024 * 1024], "a@b.example", "true")), 413, "TOO_LARGE");
    }

    @Test
    void unknownAssessmentIsNotFound() {
        Response r = get("/api/assessments/" + UUID.randomUUID());
        assertProblem(r, 404, "NOT_FOUND");
    }

    @Test
    void unreadableFileIsRejectedAndThePersonIsToldByEmail() {
        String domain = "rejected-" + UUID.randomUUID() + ".example";
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0, 1, 0, 0, 0};
        Response accepted = post(form("cv.pdf", elf, "x@" + domain, "true"));
        assertThat(accepted.status).isEqualTo(202);
        String id = accepted.body.get("id").asString();
        await().atMost(PIPELINE_TIMEOUT)
                .until(() -> get("/api/assessments/" + id).body.get("state").asString().equals("REJECTED"));
        JsonNode status = get("/api/assessments/" + id).body;
        assertThat(status.get("error").get("code").asString()).isIn("UNSUPPORTED_FORMAT", "CORRUPT", "NO_TEXT");
        assertThat(status.get("error").get("message").asString()).isNotBlank();
        await().atMost(PIPELINE_TIMEOUT)
                .until(() -> TestMailServer.get().getReceivedMessagesForDomain(domain).length == 1);
        assertProblem(get("/api/assessments/" + id + "/report"), 409, "REPORT_NOT_READY");
    }

    @Test
    void deleteErasesTheAssessment() {
        Response accepted = post(
                form("cv.txt", "Registered Nurse\nCared for patients".getBytes(), "d@delete.example", "true"));
        String id = accepted.body.get("id").asString();
        int status = RestClient.create(baseUrl()).delete().uri("/api/assessments/{id}", id)
                .exchange((req, res) -> res.getStatusCode().value());
        assertThat(status).isEqualTo(204);
        assertProblem(get("/api/assessments/" + id), 404, "NOT_FOUND");
    }

    @Test
    void occupationsAreListed() {
        Response r = get("/api/occupations");
        assertThat(r.status).isEqualTo(200);
        assertThat(r.body.isArray()).isTrue();
        assertThat(r.body.size()).isGreaterThanOrEqualTo(750);
        assertThat(r.body.get(0).has("soc")).isTrue();
        assertThat(r.body.get(0).has("baseScore")).isTrue();
    }

    private void assertProblem(Response r, int status, String code) {
        assertThat(r.status).isEqualTo(status);
        assertThat(r.contentType).startsWith("application/problem+json");
        assertThat(r.body.get("code").asString()).isEqualTo(code);
        assertThat(r.body.get("detail").asString()).isNotBlank();
    }

    private static MultiValueMap<String, Object> form(String name, byte[] content, String email, String consent) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        if (email != null) {
            form.add("email", email);
        }
        if (consent != null) {
            form.add("consent", consent);
        }
        return form;
    }

    private Response post(MultiValueMap<String, Object> form) {
        return RestClient.create(baseUrl()).post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form).exchange((req, res) -> response(res));
    }

    private Response get(String path) {
        return RestClient.create(baseUrl()).get().uri(path).exchange((req, res) -> response(res));
    }

    private Response response(org.springframework.http.client.ClientHttpResponse res) throws java.io.IOException {
        String text = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
        MediaType type = res.getHeaders().getContentType();
        return new Response(res.getStatusCode().value(), type == null ? "" : type.toString(),
                text.isBlank() ? json.createObjectNode() : json.readTree(text));
    }

    record Response(int status, String contentType, JsonNode body) {
    }
}
