package dev.aiproof.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.ServiceTest;

/**
 * The whole service serves its OpenAPI document where API clients look for it, through the real security chain
 * and beside actuator, the pages and the error pages, none of which it lists. (ApiDocumentTest holds the document
 * against every answer of the API; this shares the context of the other service tests.)
 */
class ApiDocumentServiceTest extends ServiceTest {

    @Test
    void theServiceServesTheApiDocumentAndOnlyTheApiInIt() throws Exception {
        record Answer(int status, HttpHeaders headers, String body) {
        }
        Answer answer = RestClient.create(baseUrl()).get().uri("/v3/api-docs")
                .exchange((req, res) -> new Answer(res.getStatusCode().value(), res.getHeaders(),
                        new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(answer.headers().getFirst("Content-Security-Policy")).isEqualTo(WebSecurity.CONTENT_SECURITY_POLICY);
        assertThat(answer.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.headers().get(HttpHeaders.SET_COOKIE)).isNull();

        JsonNode document = JsonMapper.shared().readTree(answer.body());
        Set<String> operations = new TreeSet<>();
        for (String path : document.get("paths").propertyNames()) {
            document.get("paths").get(path).propertyNames()
                    .forEach(method -> operations.add(method.toUpperCase() + " " + path));
        }
        assertThat(operations).containsExactlyInAnyOrder("POST /api/assessments", "GET /api/assessments/{id}",
                "GET /api/assessments/{id}/report", "DELETE /api/assessments/{id}", "GET /api/occupations");
        assertThat(document.at("/components/schemas/Problem/properties/code/enum").size())
                .isEqualTo(ProblemCode.values().length);
    }

    @Test
    void thereIsNoSwaggerUi() {
        int status = RestClient.create(baseUrl()).get().uri("/swagger-ui/index.html")
                .exchange((req, res) -> res.getStatusCode().value());
        assertThat(status).isEqualTo(404);
    }
}
