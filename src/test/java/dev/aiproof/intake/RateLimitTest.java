package dev.aiproof.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.ServiceTest;
import dev.aiproof.UploadForm;
import dev.aiproof.intake.FormSession.Page;

/**
 * The default address limit (3 a day) and a small client limit (6 an hour), over HTTP. Each test is its own client
 * through X-Forwarded-For (Tomcat trusts it from 127.0.0.1 with forward-headers-strategy=native, as behind a proxy),
 * so the tests do not share a client bucket. Nothing is processed: submissions are stored for absent workers.
 */
class RateLimitTest extends ServiceTest {

    private static final String CV = "Software Engineer\nBuilt services in Java";

    private final JsonMapper json = JsonMapper.shared();

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void limits(DynamicPropertyRegistry registry) {
        registry.add("aiproof.limits.per-address-per-day", () -> "3");
        registry.add("aiproof.limits.per-client-per-hour", () -> "6");
        registry.add("server.forward-headers-strategy", () -> "native");
        registry.add("db-scheduler.enabled", () -> "false");
    }

    @Test
    void theFourthReportToOneAddressInADayIsRefusedWithRetryAfter() {
        String domain = "limit-" + UUID.randomUUID() + ".example";
        for (int i = 0; i < 3; i++) {
            assertThat(api("203.0.113.1", "kari@" + domain, null).status()).isEqualTo(202);
        }
        Api fourth = api("203.0.113.1", "  Kari+again@" + domain.toUpperCase() + " ", null); // the same mailbox
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.contentType()).startsWith("application/problem+json");
        assertThat(fourth.body().get("code").asString()).isEqualTo("RATE_LIMITED");
        // 3 a day, refilled evenly: the next report may go out in 8 hours
        long retryAfter = Long.parseLong(fourth.headers().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(8 * 3600L - 60, 8 * 3600L);
        assertThat(fourth.body().get("detail").asString()).contains("in about 8 hours");

        assertThat(api("203.0.113.1", "ola@" + domain, null).status()).as("another address").isEqualTo(202);
    }

    @Test
    void aClientIsLimitedWhateverTheAddressAndRefusedSubmissionsCount() {
        String domain = "client-" + UUID.randomUUID() + ".example";
        assertThat(api("203.0.113.2", "not an address", null).status()).isEqualTo(400);
        assertThat(api("203.0.113.2", "", null).status()).isEqualTo(400);
        for (int i = 0; i < 4; i++) {
            assertThat(api("203.0.113.2", "p" + i + "@" + domain, null).status()).isEqualTo(202);
        }
        Api seventh = api("203.0.113.2", "p9@" + domain, "nb");
        assertThat(seventh.status()).isEqualTo(429);
        assertThat(seventh.body().get("code").asString()).isEqualTo("RATE_LIMITED");
        assertThat(Long.parseLong(seventh.headers().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(540L, 600L);
        assertThat(seventh.body().get("detail").asString()).startsWith("Det er sendt mange vurderinger")
                .contains("10 minutter");

        assertThat(api("203.0.113.3", "p9@" + domain, null).status()).as("another client").isEqualTo(202);
    }

    @Test
    void theFormSaysSoInWordsInBothLanguages() {
        String email = "ola@form-limit-" + UUID.randomUUID() + ".example";
        for (int i = 0; i < 3; i++) {
            assertThat(api("203.0.113.4", email, null).status()).isEqualTo(202);
        }
        HttpHeaders english = new HttpHeaders();
        english.set("X-Forwarded-For", "203.0.113.4");
        Page refused = FormSession.open(baseUrl(), english).post(UploadForm.of("cv.txt", CV.getBytes(), email));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().getFirst(HttpHeaders.RETRY_AFTER)).matches("\\d+");
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("[data-testid=error]").text())
                .startsWith("This address has already been sent as many reports as we send to one address in a day.")
                .contains("in about 8 hours", "(code RATE_LIMITED)");
        assertThat(page.select("#email").attr("value")).isEqualTo(email);
        PageSecurityTest.assertPageHeaders(refused.headers());

        HttpHeaders norwegian = new HttpHeaders();
        norwegian.set("X-Forwarded-For", "203.0.113.4");
        norwegian.set(HttpHeaders.ACCEPT_LANGUAGE, "nb-NO,nb;q=0.9");
        Page avvist = FormSession.open(baseUrl(), norwegian).post(UploadForm.of("cv.txt", CV.getBytes(), email));
        assertThat(avvist.status()).isEqualTo(429);
        assertThat(Jsoup.parse(avvist.body()).select("[data-testid=error]").text())
                .startsWith("Denne adressen har allerede fått så mange rapporter").contains("om omtrent 8 timer");
    }

    @Test
    void theBucketsHoldNeitherAddressesNorClientAddresses() {
        api("203.0.113.5", "kari@buckets.example", null);
        List<String> ids = jdbc.sql("select id from rate_limit_bucket").query(String.class).list();
        assertThat(ids).isNotEmpty().allMatch(id -> id.matches("(address|client):\\d+:[0-9a-f]{64}"));
        String all = String.join(" ", ids);
        assertThat(all).doesNotContain("@", "buckets.example", "203.0.113");
    }

    private Api api(String client, String email, String language) {
        MultiValueMap<String, Object> form = UploadForm.of("cv.txt", CV.getBytes(), email);
        // the JDK's client: Apache HttpClient, which RestClient would pick, sleeps through a 429's Retry-After and retries
        return FormSession.client(baseUrl()).post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                .headers(h -> {
                    h.set("X-Forwarded-For", client);
                    if (language != null) {
                        h.set(HttpHeaders.ACCEPT_LANGUAGE, language);
                    }
                })
                .body(form).exchange((req, res) -> {
                    String text = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
                    MediaType type = res.getHeaders().getContentType();
                    return new Api(res.getStatusCode().value(), type == null ? "" : type.toString(), res.getHeaders(),
                            text.isBlank() ? json.createObjectNode() : json.readTree(text));
                });
    }

    record Api(int status, String contentType, HttpHeaders headers, JsonNode body) {
    }
}
