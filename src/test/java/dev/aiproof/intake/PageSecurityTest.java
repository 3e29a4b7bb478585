package dev.aiproof.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.ServiceTest;
import dev.aiproof.UploadForm;
import dev.aiproof.intake.FormSession.Page;

/**
 * The headers on every page, the form's CSRF token, exact consent, and problem+json for what Spring MVC refuses
 * before a controller runs.
 */
class PageSecurityTest extends ServiceTest {

    private final JsonMapper json = JsonMapper.shared();

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        RestClient http = FormSession.client(baseUrl());
        Page form = FormSession.get(http, "/", HttpHeaders.EMPTY);
        assertThat(form.status()).isEqualTo(200);
        assertPageHeaders(form.headers());

        String id = submit("headers-" + UUID.randomUUID() + ".example");
        Page status = FormSession.get(http, "/assessments/" + id, HttpHeaders.EMPTY);
        assertThat(status.status()).isEqualTo(200);
        assertPageHeaders(status.headers());

        String reportPage = await().atMost(PIPELINE_TIMEOUT).until(
                () -> apiStatus(id).path("reportPage").asString(null), page -> page != null);
        String reportPath = reportPage.substring(reportPage.indexOf("/reports/"));
        Page report = FormSession.get(http, reportPath, HttpHeaders.EMPTY);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("data-testid=\"score\"");
        assertPageHeaders(report.headers());
        int pdf = http.get().uri(reportPath + ".pdf").exchange((req, res) -> {
            assertThat(res.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(res.getHeaders().getCacheControl()).contains("no-store");
            return res.getStatusCode().value();
        });
        assertThat(pdf).isEqualTo(200);

        Page notFound = FormSession.get(http, "/reports/no-such-token", HttpHeaders.EMPTY);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(Jsoup.parse(notFound.body()).select("h1").text()).isEqualTo("We could not find that page");
        assertPageHeaders(notFound.headers());
    }

    @Test
    void aCrossSiteFormPostWithoutTheTokenIsRefused() {
        MultiValueMap<String, Object> form = UploadForm.of("cv.txt", "Software Engineer".getBytes(), "x@csrf.example");
        Page noCookieNoToken = FormSession.post(FormSession.client(baseUrl()), form, null, HttpHeaders.EMPTY);
        assertThat(noCookieNoToken.status()).isEqualTo(403);
        assertThat(Jsoup.parse(noCookieNoToken.body()).select("h1").text()).isEqualTo("We could not accept this form");
        assertPageHeaders(noCookieNoToken.headers());

        FormSession session = FormSession.open(baseUrl());
        Page cookieButNoToken = session.postWithoutToken(
                UploadForm.of("cv.txt", "Software Engineer".getBytes(), "x@csrf.example"));
        assertThat(cookieButNoToken.status()).isEqualTo(403);
    }

    @Test
    void theFormWithItsTokenIsAccepted() {
        FormSession session = FormSession.open(baseUrl());
        Page accepted = session.post(UploadForm.of("cv.txt", "Registered Nurse\nCared for patients".getBytes(),
                "x@form-" + UUID.randomUUID() + ".example"));
        assertThat(accepted.status()).as(Jsoup.parse(accepted.body()).select("[data-testid=error]").text())
                .isEqualTo(302);
        assertThat(accepted.headers().getLocation().getPath()).startsWith("/assessments/");
    }

    @Test
    void aRefusedFormAnswers4xxAndKeepsAddressAndConsent() {
        FormSession session = FormSession.open(baseUrl());
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("email", "kari@kept.example");
        form.add("consent", "true");
        Page refused = session.post(form);
        assertThat(refused.status()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("[data-testid=error]").text()).contains("FILE_REQUIRED");
        assertThat(page.select("#email").attr("value")).isEqualTo("kari@kept.example");
        assertThat(page.select("#consent").hasAttr("checked")).isTrue();
        assertThat(page.select("form input[name=_csrf]").attr("value")).isNotBlank();
        assertPageHeaders(refused.headers());
    }

    /** Larger than the multipart limit: the body cannot be read, the token in it neither, yet the answer is 413. */
    @Test
    void anOversizedFormUploadIsStillTooLargeNotForbidden() {
        FormSession session = FormSession.open(baseUrl());
        Page refused = session.post(UploadForm.of("cv.pdf", new byte[14 * 1024 * 1024], "x@big.example"));
        assertThat(refused.status()).isEqualTo(413);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("[data-testid=error]").text()).startsWith("The file is larger than we accept.")
                .contains("under 10 MB", "TOO_LARGE");
        assertThat(page.select("#file ~ small, small").text()).contains("Up to 10 MB").doesNotContain("null");
        assertThat(page.select("form input[name=_csrf]").attr("value")).isNotBlank();
        assertPageHeaders(refused.headers());

        HttpHeaders norwegian = new HttpHeaders();
        norwegian.set(HttpHeaders.ACCEPT_LANGUAGE, "nb-NO,nb;q=0.9");
        Page avvist = FormSession.open(baseUrl(), norwegian)
                .post(UploadForm.of("cv.pdf", new byte[11 * 1024 * 1024], "x@big.example"));
        assertThat(avvist.status()).isEqualTo(413);
        assertThat(Jsoup.parse(avvist.body()).select("[data-testid=error]").text())
                .startsWith("Filen er større enn vi tar imot.").contains("under 10 MB", "TOO_LARGE");

        Api api = post(UploadForm.of("cv.pdf", new byte[14 * 1024 * 1024], "x@big.example"),
                MediaType.MULTIPART_FORM_DATA);
        assertProblem(api, 413, "TOO_LARGE");
    }

    @Test
    void consentMustBeExactlyTrue() {
        for (String consent : new String[] {"yes", "1", "on", "TRUE"}) {
            MultiValueMap<String, Object> api = form("x@consent.example", consent);
            Api refused = post(api, MediaType.MULTIPART_FORM_DATA);
            assertProblem(refused, 400, "CONSENT_REQUIRED");

            FormSession session = FormSession.open(baseUrl());
            Page page = session.post(form("x@consent.example", consent));
            assertThat(page.status()).as("form with consent=" + consent).isEqualTo(400);
            assertThat(Jsoup.parse(page.body()).select("[data-testid=error]").text()).contains("CONSENT_REQUIRED");
            assertThat(Jsoup.parse(page.body()).select("#consent").hasAttr("checked")).isFalse();
        }
    }

    @Test
    void theApiTakesMultipartWithoutAToken() {
        Api accepted = post(form("x@api-" + UUID.randomUUID() + ".example", "true"), MediaType.MULTIPART_FORM_DATA);
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.headers().get(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void whatSpringRefusesBeforeAControllerIsProblemJsonToo() {
        Api wrongType = RestClient.create(baseUrl()).post().uri("/api/assessments")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"email\":\"a@b.example\",\"consent\":true}").exchange((req, res) -> api(res));
        assertProblem(wrongType, 415, "UNSUPPORTED_MEDIA_TYPE");

        Api wrongMethod = RestClient.create(baseUrl()).put().uri("/api/assessments").exchange((req, res) -> api(res));
        assertProblem(wrongMethod, 405, "METHOD_NOT_ALLOWED");
        assertThat(wrongMethod.headers().getAllow()).isNotEmpty();

        Api noSuchPath = RestClient.create(baseUrl()).get().uri("/api/nothing-here").exchange((req, res) -> api(res));
        assertProblem(noSuchPath, 404, "NOT_FOUND");

        Api wrongAccept = RestClient.create(baseUrl()).get().uri("/api/occupations").accept(MediaType.APPLICATION_XML)
                .exchange((req, res) -> api(res));
        assertProblem(wrongAccept, 406, "NOT_ACCEPTABLE");

        Api norwegian = RestClient.create(baseUrl()).post().uri("/api/assessments").contentType(MediaType.TEXT_PLAIN)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "nb").body("x").exchange((req, res) -> api(res));
        assertProblem(norwegian, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertThat(norwegian.body().get("detail").asString()).startsWith("Vi tar ikke imot");
    }

    static void assertPageHeaders(HttpHeaders headers) {
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo(WebSecurity.CONTENT_SECURITY_POLICY)
                .contains("frame-ancestors 'none'", "script-src 'none'").doesNotContain("'unsafe-eval'");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(headers.getCacheControl()).contains("no-store");
    }

    private String submit(String domain) throws Exception {
        MultiValueMap<String, Object> form = UploadForm.of("cv.txt",
                Files.readAllBytes(Path.of("fixtures/e2e/senior-developer.txt")), "kari@" + domain);
        Api accepted = post(form, MediaType.MULTIPART_FORM_DATA);
        assertThat(accepted.status()).isEqualTo(202);
        return accepted.body().get("id").asString();
    }

    private JsonNode apiStatus(String id) {
        return RestClient.create(baseUrl()).get().uri("/api/assessments/{id}", id).exchange((req, res) -> api(res))
                .body();
    }

    private static MultiValueMap<String, Object> form(String email, String consent) {
        MultiValueMap<String, Object> form = UploadForm.of("cv.txt", "Software Engineer".getBytes(), email);
        form.set("consent", consent);
        return form;
    }

    private Api post(MultiValueMap<String, Object> form, MediaType type) {
        return RestClient.create(baseUrl()).post().uri("/api/assessments").contentType(type).body(form)
                .exchange((req, res) -> api(res));
    }

    private Api api(org.springframework.http.client.ClientHttpResponse res) throws java.io.IOException {
        String text = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
        MediaType type = res.getHeaders().getContentType();
        return new Api(res.getStatusCode().value(), type == null ? "" : type.toString(), res.getHeaders(),
                text.isBlank() ? json.createObjectNode() : json.readTree(text));
    }

    private static void assertProblem(Api r, int status, String code) {
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().get("code").asString()).isEqualTo(code);
        assertThat(r.body().get("detail").asString()).isNotBlank();
    }

    record Api(int status, String contentType, HttpHeaders headers, JsonNode body) {
    }
}
