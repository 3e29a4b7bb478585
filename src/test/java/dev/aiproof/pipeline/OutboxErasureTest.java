package dev.aiproof.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.OutboxServiceTest;
import dev.aiproof.UploadForm;
import dev.aiproof.profiling.llm.ProfileCache;

/**
 * Without SMTP the emails are .eml files holding the report and the address; they are erased like the assessment.
 * The real retention sweep (every second) erases a file older than the address's retention (7 days here), and the
 * files of an assessment it erases for its age, and leaves newer files and anything that is not an email alone; the
 * "erase my data now" POST erases the files of its assessment at once, and (offline) the LLM profiles an earlier run
 * cached for its CV.
 */
class OutboxErasureTest extends OutboxServiceTest {

    private final JsonMapper json = JsonMapper.shared();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void theSweepErasesOutboxFilesPastTheirRetentionAndThoseOfErasedAssessments() throws Exception {
        RestClient http = RestClient.create(baseUrl());
        String domain = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        String aged = submit(http, "aged@" + domain);
        String expired = submit(http, "expired@" + domain);
        String fresh = submit(http, "fresh@" + domain);
        Path agedFile = awaitEmail(http, aged, "aged@" + domain);
        Path expiredFile = awaitEmail(http, expired, "expired@" + domain);
        Path freshFile = awaitEmail(http, fresh, "fresh@" + domain);
        Path stray = Files.writeString(OUTBOX.resolve("1-report-" + UUID.randomUUID() + ".eml"), "To: x@" + domain);
        Path notOurs = Files.writeString(OUTBOX.resolve("notes.txt"), "not an email");
        FileTime eightDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(8)));
        for (Path file : List.of(agedFile, stray, notOurs)) {
            Files.setLastModifiedTime(file, eightDaysAgo);
        }
        // the assessment itself ended 31 days ago (past report retention), its file is as new as the others
        Timestamp then = Timestamp.from(Instant.now().minus(Duration.ofDays(31)));
        jdbc.sql("update assessment set updated_at = ?, delivered_at = ? where id = ?").params(then, then, expired)
                .update();

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> !Files.exists(agedFile) && !Files.exists(stray) && !Files.exists(expiredFile));
        assertThat(
                jdbc.sql("select count(*) from assessment where id = ?").param(expired).query(Integer.class).single())
                .as("erased for its age").isZero();
        assertThat(freshFile).exists();
        assertThat(notOurs).as("not an email file").exists();
        assertThat(jdbc.sql("select count(*) from assessment where id = ?").param(aged).query(Integer.class).single())
                .as("a file past the address's retention goes even if its row stays").isOne();
    }

    /**
     * Also: offline, with no ProfileCache bean, the LLM profiles cached for the CV by an earlier run with the LLM
     * profiler are erased with it (rows as ProfileCache writes them); another CV's stays.
     */
    @Test
    void theEraseLinkErasesTheOutboxFilesOfItsAssessmentAndItsCachedLlmProfilesOffline() throws Exception {
        assertThat(context.getBeanProvider(ProfileCache.class).getIfAvailable()).as("offline: no ProfileCache")
                .isNull();
        RestClient http = RestClient.builder().baseUrl(baseUrl()).requestFactory(new JdkClientHttpRequestFactory())
                .build();
        String domain = "outbox-link-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        String erased = submit(http, "erased@" + domain);
        String kept = submit(http, "kept@" + domain);
        Path erasedFile = awaitEmail(http, erased, "erased@" + domain);
        Path keptFile = awaitEmail(http, kept, "kept@" + domain);
        String text = Files.readString(erasedFile, StandardCharsets.ISO_8859_1);
        String token = jdbc.sql("select report_token from assessment where id = ?").param(erased)
                .query(String.class).single();
        assertThat(text).as("the email file carries the erase link").contains("https://aiproof.example/erase/" + token);
        String hash = jdbc.sql("select content_hash from assessment where id = ?").param(erased).query(String.class)
                .single();
        String other = "f".repeat(64);
        cacheProfile(hash, "gpt-4o-mini");
        cacheProfile(hash, "llama3.1");
        cacheProfile(other, "gpt-4o-mini");

        eraseThroughTheLink(http, "/erase/" + token);

        assertThat(jdbc.sql("select count(*) from assessment where id = ?").param(erased).query(Integer.class).single())
                .isZero();
        assertThat(erasedFile).doesNotExist();
        assertThat(outboxFilesOf(erased)).isEmpty();
        assertThat(keptFile).exists();
        assertThat(jdbc.sql("select count(*) from profile_cache where content_hash = ?").param(hash)
                .query(Integer.class).single()).as("its cached LLM profiles").isZero();
        assertThat(jdbc.sql("select count(*) from profile_cache where content_hash = ?").param(other)
                .query(Integer.class).single()).as("another CV's").isOne();
    }

    /** A row as profiling.llm.ProfileCache.put writes it (Flyway V3). */
    private void cacheProfile(String contentHash, String model) {
        jdbc.sql("insert into profile_cache (cache_key, content_hash, prompt_version, model, taxonomy_version,"
                + " profile_json, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString().replace("-", ""), contentHash, "v1", model, "t1",
                        "{\"evidence\": \"a line of the CV\"}", Timestamp.from(Instant.now()))
                .update();
    }

    /** What a person does: open the link, then confirm on the page with its CSRF cookie and token. */
    static void eraseThroughTheLink(RestClient http, String path) {
        var confirm = http.get().uri(path).accept(MediaType.TEXT_HTML).exchange((req, res) -> {
            assertThat(res.getStatusCode().value()).isEqualTo(200);
            String cookie = res.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                    .filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.split(";", 2)[0]).findFirst().orElseThrow();
            Element form = Jsoup.parse(new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8))
                    .selectFirst("form[data-testid=erase-form]");
            return new String[] {cookie, form.selectFirst("input[name=_csrf]").attr("value"), form.attr("action")};
        });
        int status = http.post().uri(confirm[2]).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.TEXT_HTML).header(HttpHeaders.COOKIE, confirm[0])
                .body("_csrf=" + java.net.URLEncoder.encode(confirm[1], StandardCharsets.UTF_8))
                .exchange((req, res) -> res.getStatusCode().value());
        assertThat(status).as("the erase POST").isEqualTo(200);
    }

    private String submit(RestClient http, String address) throws IOException {
        return json.readTree(http.post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(UploadForm.of(Path.of("fixtures/e2e/senior-developer.txt"), address))
                .retrieve().body(String.class)).get("id").asString();
    }

    /** The delivered report's .eml file, addressed to {@code address}. */
    private Path awaitEmail(RestClient http, String id, String address) throws IOException {
        await().atMost(PIPELINE_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> "DELIVERED".equals(
                json.readTree(http.get().uri("/api/assessments/{id}", id).retrieve().body(String.class))
                        .get("state").asString()));
        List<Path> files = outboxFilesOf(id);
        assertThat(files).as("outbox files of " + id).hasSize(1);
        assertThat(files.getFirst().getFileName().toString()).endsWith("-report-" + id + ".eml");
        assertThat(Files.readString(files.getFirst(), StandardCharsets.ISO_8859_1)).contains(address);
        return files.getFirst();
    }

    static List<Path> outboxFilesOf(String id) throws IOException {
        try (var files = Files.list(OUTBOX)) {
            return files.filter(f -> f.getFileName().toString().contains(id)).toList();
        }
    }
}
