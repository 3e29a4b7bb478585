package dev.aiproof.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.ServiceTest;
import dev.aiproof.UploadForm;
import dev.aiproof.extraction.ExtractionProperties;
import dev.aiproof.extraction.HostileCorpus;

/**
 * The whole hostile corpus — fixtures/bad plus the generated bombs — submitted through the API at once. Each gets
 * its documented answer, the service stays healthy, and a good CV sent afterwards is still assessed.
 */
class HostileCorpusApiTest extends ServiceTest {

    private final JsonMapper json = JsonMapper.shared();

    @Autowired
    private ExtractionProperties extraction;

    @Test
    void serviceSurvivesTheHostileCorpusAtOnce() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("fixtures/extraction-expectations.csv")).stream().skip(1)
                .toList()) {
            String[] cells = line.split(";", -1);
            if (cells[0].startsWith("bad/")) {
                files.put(cells[0], Files.readAllBytes(Path.of("fixtures", cells[0])));
                expected.put(cells[0], cells[1].equals("OK") ? "DELIVERED" : cells[1]);
            }
        }
        HostileCorpus.generated().forEach((name, bytes) -> files.put(name.split(" ")[0], bytes));

        List<Future<Outcome>> submissions = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            files.forEach((name, bytes) -> submissions.add(pool.submit(() -> submit(name, bytes))));
        }
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (Future<Outcome> future : submissions) {
            Outcome outcome = future.get();
            outcomes.put(outcome.name, outcome.id == null ? outcome.code : awaitEnd(outcome.id));
        }

        expected.forEach((name, outcome) -> assertThat(outcomes.get(name)).as(name).isEqualTo(outcome));
        assertThat(outcomes.get("huge.pdf")).isEqualTo("TOO_LARGE");
        assertThat(outcomes.get("empty")).isEqualTo("NO_TEXT");
        for (String generated : List.of("zip-bomb.docx", "nested.zip", "5000-pages.pdf", "billion-laughs.odt",
                "export-bomb.zip", "deeply-nested.json")) {
            assertThat(outcomes.get(generated)).as(generated)
                    .isIn("UNSUPPORTED_FORMAT", "TOO_LARGE", "TOO_MANY_PAGES", "CORRUPT", "NOT_A_CV", "PARSE_TIMEOUT");
        }

        // config/application.yml: Tika ran in parse worker processes, not in this JVM
        assertThat(extraction.isolation()).isEqualTo(ExtractionProperties.Isolation.PROCESS);
        assertThat(ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().orElse("").contains(" -Daiproof.parse-worker "))).isNotEmpty();

        RestClient http = RestClient.create(baseUrl());
        assertThat(http.get().uri("/actuator/health").retrieve().body(String.class)).contains("\"UP\"");
        Outcome good = submit("senior-developer.txt", Files.readAllBytes(Path.of("fixtures/e2e/senior-developer.txt")));
        assertThat(awaitEnd(good.id)).isEqualTo("DELIVERED");
    }

    private Outcome submit(String name, byte[] content) {
        MultiValueMap<String, Object> form = UploadForm.of(name.substring(name.lastIndexOf('/') + 1), content,
                "hostile@hostile.example");
        return RestClient.create(baseUrl()).post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form).exchange((req, res) -> {
                    String text = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
                    JsonNode body = json.readTree(text);
                    assertThat(body.has("id") || body.has("code")).as(name + ": " + res.getStatusCode() + " " + text)
                            .isTrue();
                    return res.getStatusCode().value() == 202
                            ? new Outcome(name, body.get("id").asString(), null)
                            : new Outcome(name, null, body.get("code").asString());
                });
    }

    private String awaitEnd(String id) {
        // config/application.yml: Tika ran in parse worker processes, not in this JVM
        assertThat(extraction.isolation()).isEqualTo(ExtractionProperties.Isolation.PROCESS);
        assertThat(ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().orElse("").contains(" -Daiproof.parse-worker "))).isNotEmpty();

        RestClient http = RestClient.create(baseUrl());
        String[] end = new String[1];
        await().atMost(Duration.ofMinutes(3)).until(() -> {
            JsonNode status = json.readTree(http.get().uri("/api/assessments/{id}", id).retrieve().body(String.class));
            String state = status.get("state").asString();
            end[0] = state.equals("REJECTED") ? status.get("error").get("code").asString() : state;
            return state.equals("REJECTED") || state.equals("DELIVERED") || state.equals("FAILED");
        });
        return end[0];
    }

    record Outcome(String name, String id, String code) {
    }
}
