package dev.aiproof.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.ServiceTest;
import dev.aiproof.UploadForm;

/** A 300-character file name (the column holds 255) is taken and assessed like any other: 202, then DELIVERED. */
class LongFileNameTest extends ServiceTest {

    private final JsonMapper json = JsonMapper.shared();

    @Test
    void aThreeHundredCharacterFileNameIsNoError() throws Exception {
        String name = "n".repeat(296) + ".txt";
        assertThat(name).hasSize(300);
        RestClient http = RestClient.create(baseUrl());
        ResponseEntity<String> accepted = http.post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(UploadForm.of(name, Files.readAllBytes(Path.of("fixtures/e2e/senior-developer.txt")),
                        "long@long-name.example"))
                .retrieve().toEntity(String.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String id = json.readTree(accepted.getBody()).get("id").asString();
        await().atMost(PIPELINE_TIMEOUT).until(() -> "DELIVERED".equals(json.readTree(http.get()
                .uri("/api/assessments/{id}", id).retrieve().body(String.class)).get("state").asString()));
    }
}
