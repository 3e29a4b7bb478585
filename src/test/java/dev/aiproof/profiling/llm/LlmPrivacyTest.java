package dev.aiproof.profiling.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.aiproof.WireMockServerExtension;
import dev.aiproof.profiling.CareerProfile;

/** What WireMock recorded as sent to each provider holds none of the CV's personal data, but its work content. */
class LlmPrivacyTest {

    /** Every piece of personal data in fixtures/llm/cv/developer.txt. */
    private static final List<String> PERSONAL = List.of("Ingrid", "Haugen", "ingrid.haugen", "example.com",
            "412 34 567",
            "+47", "Storgata", "12B", "0155", "linkedin.com", "ingrid-haugen-dev", "github.com", "ihaugen");

    @RegisterExtension
    static final WireMockServerExtension server = new WireMockServerExtension();

    @ParameterizedTest
    @EnumSource(LlmProvider.class)
    void requestBodiesCarryNoPersonalData(LlmProvider provider) throws java.io.IOException {
        // a first answer that needs repair, so that the repair request is checked too
        LlmTestSupport.answerInTurn(server, provider, List.of(LlmTestSupport.ok(provider, "malformed"),
                LlmTestSupport.ok(provider, "developer")));
        LlmProfiler profiler = LlmTestSupport.profiler(LlmTestSupport.properties(provider,
                LlmTestSupport.baseUrl(server, provider), LlmFallback.OFFLINE), Optional.empty());

        CareerProfile profile = profiler.profile(LlmTestSupport.document("developer"));

        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlPathEqualTo(LlmTestSupport.path(provider))));
        assertThat(requests).hasSize(2);
        for (LoggedRequest request : requests) {
            String body = request.getBodyAsString();
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/llm-request-" + provider.name().toLowerCase()
                    + ".json"), body);
            assertThat(body).contains("Designed the event-driven architecture for merchant settlements");
            // the JSON schema of LlmAnswer travels with every request: structured output is on for each provider
            assertThat(body).contains("\"properties\"", "\"evidence\"", "\"seniority\"");
            for (String personal : PERSONAL) {
                assertThat(body).as("request body must not contain %s", personal).doesNotContainIgnoringCase(personal);
            }
        }
        assertThat(profile.profiler().kind()).isEqualTo("llm");
        assertThat(profile.toString()).doesNotContain("Ingrid", "ingrid.haugen@example.com", "412 34 567");
    }
}
