package dev.aiproof.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.MailParts;
import dev.aiproof.ServiceTest;
import dev.aiproof.TestMailServer;
import dev.aiproof.UploadForm;

/**
 * Submits through the real HTTP API and the real web form (CSRF cookie and token, as a browser sends them), reads
 * the email GreenMail received and collects every link in it: the text part, the HTML part's hrefs and the
 * attached PDF's text.
 */
abstract class EmailedLinks extends ServiceTest {

    static final Path CV = Path.of("fixtures/e2e/senior-developer.txt");
    static final Path REFUSED = Path.of("fixtures/bad/recipe.txt");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");

    private final JsonMapper json = JsonMapper.shared();

    @Autowired
    JdbcClient jdbc;

    /** The address the test reaches the service at: the test's own random port, by name. */
    String localhost() {
        return "http://localhost:" + port;
    }

    static String address(String who) {
        return who + "@links-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    }

    /** POST /api/assessments with {@code headers}; the new assessment's id. */
    String submitApi(String base, Path file, String email, HttpHeaders headers) throws Exception {
        MultiValueMap<String, Object> form = UploadForm.of(file, email);
        form.add("language", "en");
        String body = client(base).post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                .headers(h -> h.addAll(headers)).body(form).retrieve().body(String.class);
        return json.readTree(body).get("id").asString();
    }

    /** GET / for the CSRF cookie and token, then POST /assessments as the form does; the id it redirects to. */
    String submitForm(String base, Path file, String email, HttpHeaders headers) throws Exception {
        RestClient http = client(base);
        String[] session = http.get().uri("/").accept(MediaType.TEXT_HTML).headers(h -> h.addAll(headers))
                .exchange((req, res) -> {
                    String cookie = res.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                            .filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.split(";", 2)[0]).findFirst()
                            .orElseThrow();
                    Element input = Jsoup.parse(new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8))
                            .selectFirst("form input[name=_csrf]");
                    return new String[] {cookie, input.attr("value")};
                });
        MultiValueMap<String, Object> form = UploadForm.of(file, email);
        form.add("language", "en");
        form.add("_csrf", session[1]);
        String location = http.post().uri("/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                .accept(MediaType.TEXT_HTML).headers(h -> {
                    h.addAll(headers);
                    h.set(HttpHeaders.COOKIE, session[0]);
                }).body(form).exchange((req, res) -> {
                    assertThat(res.getStatusCode().value()).as("the form's answer").isEqualTo(302);
                    return res.getHeaders().getFirst(HttpHeaders.LOCATION);
                });
        assertThat(location).contains("/assessments/");
        return location.substring(location.lastIndexOf("/assessments/") + "/assessments/".length());
    }

    String token(String id) {
        return jdbc.sql("select report_token from assessment where id = ?").param(id).query(String.class).single();
    }

    /**
     * Every link of the email to {@code address}, with where it was found: "text", "html" (an href), or "pdf" (a
     * link with {@code token} in the attached PDF's text, read with its line breaks taken out, since a long address
     * may wrap there).
     */
    static List<Link> links(String address, String token) throws Exception {
        Map<String, String> parts = MailParts.of(mailTo(address));
        List<Link> links = new ArrayList<>();
        find("text", parts.get("text/plain"), links);
        for (Element a : Jsoup.parse(parts.get("text/html")).select("a[href]")) {
            links.add(new Link("html", a.attr("href")));
        }
        for (Map.Entry<String, String> part : parts.entrySet()) {
            if (part.getKey().startsWith("application/pdf")) {
                try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode(part.getValue()))) {
                    String text = new PDFTextStripper().getText(pdf);
                    Matcher m = Pattern.compile("https?://[^\\s\"'<>]*?" + Pattern.quote(token))
                            .matcher(text.replaceAll("\\s*\\R\\s*", ""));
                    while (m.find()) {
                        links.add(new Link("pdf", m.group()));
                    }
                }
            }
        }
        return links;
    }

    private static void find(String where, String text, List<Link> links) {
        Matcher m = URL.matcher(text == null ? "" : text);
        while (m.find()) {
            links.add(new Link(where, m.group().replaceAll("[.,;)]+$", "")));
        }
    }

    /**
     * The report email links to the report page (text, HTML and the PDF) and to the erase page (text, HTML), both at
     * {@code base}, and has no link of this assessment anywhere else.
     */
    static void assertReportLinks(String address, String base, String token) throws Exception {
        assertLinks(address, base, token, List.of(new Link("text", base + "/reports/" + token),
                new Link("html", base + "/reports/" + token), new Link("pdf", base + "/reports/" + token),
                new Link("text", base + "/erase/" + token), new Link("html", base + "/erase/" + token)));
    }

    /** A notice (refusal, document request) links to the erase page, in its text and its HTML. */
    static void assertNoticeLinks(String address, String base, String token) throws Exception {
        assertLinks(address, base, token, List.of(new Link("text", base + "/erase/" + token),
                new Link("html", base + "/erase/" + token)));
    }

    private static void assertLinks(String address, String base, String token, List<Link> expected) throws Exception {
        List<Link> links = links(address, token);
        assertThat(links).as("links of the email to " + address).containsAll(expected);
        assertThat(links.stream().filter(link -> link.url().contains(token)))
                .as("every link of this assessment starts with " + base)
                .allSatisfy(link -> assertThat(link.url()).startsWith(base + "/"));
    }

    private static MimeMessage mailTo(String address) {
        return TestMailServer.awaitMailTo(address, PIPELINE_TIMEOUT);
    }

    static RestClient client(String base) {
        return RestClient.builder().baseUrl(base).requestFactory(new JdkClientHttpRequestFactory()).build();
    }

    static HttpHeaders headers(String... namesAndValues) {
        HttpHeaders headers = new HttpHeaders();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    record Link(String where, String url) {
    }
}
