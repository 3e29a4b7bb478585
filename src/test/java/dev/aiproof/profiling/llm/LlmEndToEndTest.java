package dev.aiproof.profiling.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import com.github.tomakehurst.wiremock.WireMockServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.aiproof.ServiceTest;
import dev.aiproof.UploadForm;
import dev.aiproof.taxonomy.Taxonomy;

/**
 * Through the REST API with the LLM profiler on an OpenAI-compatible WireMock: upload, poll, report. The report
 * (without its id and taxonomy version) must equal fixtures/llm/e2e-report.golden.json. After a deliberate change to scoring or the
 * report, regenerate the golden file with {@code -Dgolden.update=true} and review its diff.
 */
@TestPropertySource(properties = {
        "aiproof.profiler=llm",
        "aiproof.llm.provider=openai",
        "aiproof.llm.model=gpt-4o-mini",
        "aiproof.llm.api-key=sk-test-not-a-real-key",
        "aiproof.llm.seed=42",
        "aiproof.llm.timeout=10s",
        "aiproof.llm.retry.initial-backoff=5ms"})
class LlmEndToEndTest extends ServiceTest {

    private static final Path GOLDEN = Path.of("fixtures/llm/e2e-report.golden.json");
    private static final WireMockServer llm = new WireMockServer(options().dynamicPort());

    static {
        llm.start();
    }

    @DynamicPropertySource
    static void llmEndpoint(DynamicPropertyRegistry registry) {
        registry.add("aiproof.llm.base-url", () -> llm.baseUrl() + "/v1");
    }

    @AfterAll
    static void stop() {
        llm.stop();
    }

    private final JsonMapper json = JsonMapper.shared();

    @Autowired
    Taxonomy taxonomy;

    @Test
    void uploadedCvIsProfiledByTheLlmAndReportedAsTheGoldenFileSays() throws Exception {
        LlmTestSupport.answerInTurn(llm, LlmProvider.OPENAI, List.of(LlmTestSupport.ok(LlmProvider.OPENAI, "developer"),
                LlmTestSupport.ok(LlmProvider.OPENAI, "developer")));
        RestClient http = RestClient.create(baseUrl());

        ResponseEntity<String> accepted = http.post().uri("/api/assessments")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(UploadForm.of(Path.of("fixtures/llm/cv/developer.txt"),
                        "ingrid@llm-e2e-" + UUID.randomUUID() + ".example"))
                .retrieve().toEntity(String.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String id = json.readTree(accepted.getBody()).get("id").asString();

        await().atMost(PIPELINE_TIMEOUT).until(() -> json.readTree(http.get().uri("/api/assessments/{id}", id)
                .retrieve().body(String.class)).get("state").asString().equals("DELIVERED"));
        String report = http.get().uri("/api/assessments/{id}/report", id).retrieve().body(String.class);

        ObjectNode actual = (ObjectNode) json.readTree(report);
        assertThat(actual.get("id").asString()).isEqualTo(id);
        assertThat(actual.get("taxonomyVersion").asString()).isEqualTo(taxonomy.version());
        // a version bump alone is no change of content; any change of content still fails below
        actual.remove(List.of("id", "taxonomyVersion"));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, json.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
        }
        JsonNode golden = json.readTree(Files.readString(GOLDEN));
        assertThat(actual).isEqualTo(golden);
        assertThat(actual.get("profiler").get("kind").asString()).isEqualTo("llm");
        assertThat(report).doesNotContain("Ingrid", "Haugen", "ingrid.haugen@example.com", "412 34 567", "Storgata");
        assertThat(llm.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))).hasSize(1);
        assertThat(llm.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))).getFirst().getBodyAsString())
                .doesNotContain("Ingrid", "Haugen", "ingrid.haugen@example.com", "412 34 567", "Storgata");

        // the same CV again costs no tokens: its profile is cached
        String again = submitAndAwait(http);
        assertThat(llm.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))).hasSize(1);
        // erasing the assessments erases the cached profile too: the next submission asks the model again
        http.delete().uri("/api/assessments/{id}", id).retrieve().toBodilessEntity();
        http.delete().uri("/api/assessments/{id}", again).retrieve().toBodilessEntity();
        submitAndAwait(http);
        assertThat(llm.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))).hasSize(2);
    }

    private String submitAndAwait(RestClient http) throws Exception {
        String id = json.readTree(http.post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(UploadForm.of(Path.of("fixtures/llm/cv/developer.txt"), "ingrid@llm-again.example"))
                .retrieve().body(String.class)).get("id").asString();
        await().atMost(PIPELINE_TIMEOUT).until(() -> json.readTree(http.get().uri("/api/assessments/{id}", id)
                .retrieve().body(String.class)).get("state").asString().equals("DELIVERED"));
        return id;
    }
}
