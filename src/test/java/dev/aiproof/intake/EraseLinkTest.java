package dev.aiproof.intake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import com.github.tomakehurst.wiremock.WireMockServer;

import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.MailParts;
import dev.aiproof.ServiceTest;
import dev.aiproof.TestLinkedIn;
import dev.aiproof.TestMailServer;
import dev.aiproof.UploadForm;
import dev.aiproof.intake.FormSession.Page;

/**
 * "Erase my data now": the report email, the rejection email and the document request each link to the page the
 * report token opens, and so do the report page and the status page of a delivered assessment; its GET only asks (in the person's language, with a CSRF-protected form), its POST erases the
 * assessment's row, tasks and the LLM profile cached for its CV, after which every link of it answers 404. The LLM
 * profiler runs against an OpenAI-compatible WireMock, so that there is a cached profile to erase.
 */
@TestPropertySource(properties = {
        "aiproof.profiler=llm",
        "aiproof.llm.provider=openai",
        "aiproof.llm.model=gpt-4o-mini",
        "aiproof.llm.api-key=sk-test-not-a-real-key",
        "aiproof.llm.timeout=10s",
        "aiproof.llm.retry.initial-backoff=5ms",
        "aiproof.pipeline.public-url=https://aiproof.example"})
class EraseLinkTest extends ServiceTest {

    private static final WireMockServer LLM = new WireMockServer(options().dynamicPort());
    private static final Path CV = Path.of("fixtures/llm/cv/developer.txt");

    static {
        LLM.start();
    }

    @DynamicPropertySource
    static void llmEndpoint(DynamicPropertyRegistry registry) {
        registry.add("aiproof.llm.base-url", () -> LLM.baseUrl() + "/v1");
    }

    @BeforeAll
    static void answers() throws Exception {
        LLM.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(Files.readString(Path.of("fixtures/llm/openai/developer.json")))));
    }

    @AfterAll
    static void stop() {
        LLM.stop();
    }

    private final JsonMapper json = JsonMapper.shared();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void everyEmailCarriesTheEraseLink() throws Exception {
        String domain = "erase-mail-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        RestClient http = RestClient.create(baseUrl());

        String report = submit(http, UploadForm.of(CV, "report@" + domain), "en");
        String rejected = submit(http, UploadForm.of(Path.of("fixtures/bad/recipe.txt"), "rejected@" + domain), "nb");
        String handle = "erase-" + UUID.randomUUID().toString().substring(0, 8);
        TestLinkedIn.get().stubFor(get(urlEqualTo("/in/" + handle + "/")).willReturn(aResponse().withStatus(999)));
        MultiValueMap<String, Object> linkedin = new LinkedMultiValueMap<>();
        linkedin.add("linkedinUrl", "https://www.linkedin.com/in/" + handle);
        linkedin.add("email", "document@" + domain);
        linkedin.add("consent", "true");
        String document = submit(http, linkedin, "en");

        assertEraseLink(mailTo("report@" + domain), token(report), Locale.ENGLISH);
        assertEraseLink(mailTo("rejected@" + domain), token(rejected), Locale.forLanguageTag("nb"));
        assertEraseLink(mailTo("document@" + domain), token(document), Locale.ENGLISH);
    }

    @Test
    void theLinkOnTheReportPageAsksFirstThenErasesEveryRowAndTheCachedProfile() throws Exception {
        RestClient http = FormSession.client(baseUrl());
        String address = "erase-me@erase-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        String id = submit(http, UploadForm.of(CV, address), "nb");
        await().atMost(PIPELINE_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(() -> "DELIVERED".equals(state(http, id)));
        String token = token(id);
        String hash = jdbc.sql("select content_hash from assessment where id = ?").param(id).query(String.class)
                .single();
        assertThat(count("select count(*) from profile_cache where content_hash = ?", hash)).as("cached").isPositive();
        Locale nb = Locale.forLanguageTag("nb");
        String mailed = eraseLink(mailTo(address));
        String link = null;
        for (String shown : new String[] {"/assessments/" + id, "/reports/" + token}) {
            Page page = FormSession.get(http, shown, HttpHeaders.EMPTY);
            assertThat(page.status()).as(shown).isEqualTo(200);
            Element erase = Jsoup.parse(page.body()).selectFirst("a[data-testid=erase-link]");
            assertThat(erase).as("the erase link on " + shown).isNotNull();
            assertThat(erase.text()).isEqualTo(messages.getMessage("erase.link", null, nb));
            assertThat(erase.attr("href")).as("the email's link").isEqualTo(mailed);
            link = erase.attr("href");
        }
        // from here on, the link as the report page has it: it asks, then erases

        Page confirm = FormSession.get(http, link, HttpHeaders.EMPTY);
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.headers().getCacheControl()).contains("no-store");
        Document page = Jsoup.parse(confirm.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("nb");
        assertThat(page.select("h1").text()).isEqualTo(messages.getMessage("erase.heading", null, nb));
        Element form = page.selectFirst("form[data-testid=erase-form]");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/erase/" + token);
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        assertThat(form.select("button").text()).isEqualTo(messages.getMessage("erase.confirm", null, nb));
        String csrf = form.selectFirst("input[name=_csrf]").attr("value");
        String cookie = confirm.headers().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.split(";", 2)[0]).findFirst().orElseThrow();
        assertThat(count("select count(*) from assessment where id = ?", id)).as("a GET erases nothing").isOne();

        assertThat(erase(http, link, cookie, null).status()).as("no CSRF token").isEqualTo(403);
        assertThat(erase(http, link, null, null).status()).as("neither cookie nor token").isEqualTo(403);
        assertThat(count("select count(*) from assessment where id = ?", id)).isOne();

        Page erased = erase(http, link, cookie, csrf);
        assertThat(erased.status()).isEqualTo(200);
        assertThat(Jsoup.parse(erased.body()).select("h1").text())
                .isEqualTo(messages.getMessage("erased.heading", null, nb));
        assertThat(count("select count(*) from assessment where id = ?", id)).isZero();
        assertThat(count("select count(*) from scheduled_tasks where task_instance = ?", id)).isZero();
        assertThat(count("select count(*) from profile_cache where content_hash = ?", hash)).isZero();
        for (String path : new String[] {"/reports/" + token, "/reports/" + token + ".pdf", "/assessments/" + id,
                "/api/assessments/" + id, "/api/assessments/" + id + "/report", link}) {
            assertThat(FormSession.get(http, path, HttpHeaders.EMPTY).status()).as(path).isEqualTo(404);
        }
        assertThat(erase(http, link, cookie, csrf).status()).as("a second erase").isEqualTo(404);
    }

    private void assertEraseLink(MimeMessage mail, String token, Locale locale) throws Exception {
        String url = "https://aiproof.example/erase/" + token;
        Map<String, String> parts = MailParts.of(mail);
        assertThat(parts.get("text/plain").replace("\r\n", "\n"))
                .contains(messages.getMessage("mail.erase", null, locale) + "\n" + url);
        Document html = Jsoup.parse(parts.get("text/html"));
        assertThat(html.select("a[href=" + url + "]")).as("HTML link").hasSize(1);
        assertThat(html.text()).contains(messages.getMessage("mail.erase", null, locale));
    }

    /** The path of the erase link in the email's text. */
    private static String eraseLink(MimeMessage mail) throws Exception {
        String text = MailParts.of(mail).get("text/plain");
        int at = text.indexOf("https://aiproof.example/erase/");
        assertThat(at).as("erase link in " + text).isNotNegative();
        return text.substring(at + "https://aiproof.example".length()).split("\\s", 2)[0];
    }

    private static MimeMessage mailTo(String address) {
        return TestMailServer.awaitMailTo(address, PIPELINE_TIMEOUT);
    }

    private static Page erase(RestClient http, String path, String cookie, String csrf) {
        String body = csrf == null ? "" : "_csrf=" + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return http.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML)
                .headers(h -> {
                    if (cookie != null) {
                        h.set(HttpHeaders.COOKIE, cookie);
                    }
                }).body(body).exchange((req, res) -> new Page(res.getStatusCode().value(), res.getHeaders(),
                        new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private String submit(RestClient http, MultiValueMap<String, Object> form, String language) {
        form.add("language", language);
        return json.readTree(http.post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .retrieve().body(String.class)).get("id").asString();
    }

    private String state(RestClient http, String id) {
        return json.readTree(http.get().uri("/api/assessments/{id}", id).retrieve().body(String.class))
                .get("state").asString();
    }

    private String token(String id) {
        return jdbc.sql("select report_token from assessment where id = ?").param(id).query(String.class).single();
    }

    private int count(String sql, String param) {
        return jdbc.sql(sql).param(param).query(Integer.class).single();
    }
}
