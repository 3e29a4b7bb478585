package dev.aiproof.profiling.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.WireMockServerExtension;
import dev.aiproof.extraction.ExtractedDocument;

/**
 * The token budget of one profiling call, measured on what is really sent: the OpenAI request body WireMock
 * recorded (system and user messages plus the JSON schema), counted with the o200k tokenizer of the gpt-4o
 * family. Target: at most 4,000 input and 800 output tokens for a two-page CV.
 */
class LlmTokenBudgetTest {

    private static final Encoding O200K = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
    @RegisterExtension
    static final WireMockServerExtension server = new WireMockServerExtension();

    @Test
    void twoPageCvStaysWithinTheTokenBudget() throws Exception {
        int input = measuredInputTokens(LlmTestSupport.document("developer"));
        int output = O200K.countTokens(LlmTestSupport.read(LlmTestSupport.FIXTURES.resolve("answers/developer.json")));
        System.out.printf("LLM token budget, fixtures/llm/cv/developer.txt: input %d, output %d tokens (o200k)%n",
                input, output);
        assertThat(input).isBetween(500, 4000);
        assertThat(output).isLessThanOrEqualTo(800);
    }

    @Test
    void realMarkdownCvStaysWithinTheTokenBudget() throws Exception {
        Path cv = Path.of("../shared/realcv/mszep__resume.md");
        assumeTrue(Files.exists(cv), "real CVs not present");
        String text = Files.readString(cv);
        int input = measuredInputTokens(new ExtractedDocument(text, "text/markdown", "en", 2, List.of(), List.of(),
                LlmTestSupport.sha256(text), List.of()));
        System.out.printf("LLM token budget, realcv/mszep__resume.md (%d chars): input %d tokens (o200k)%n",
                text.length(), input);
        assertThat(input).isLessThanOrEqualTo(4000);
    }

    /** Profiles the CV against a WireMock OpenAI and counts the tokens of the request it recorded. */
    private static int measuredInputTokens(ExtractedDocument document) throws Exception {
        server.resetAll();
        LlmTestSupport.answerInTurn(server, LlmProvider.OPENAI,
                List.of(LlmTestSupport.ok(LlmProvider.OPENAI, "developer")));
        LlmTestSupport.profiler(LlmTestSupport.properties(LlmProvider.OPENAI,
                LlmTestSupport.baseUrl(server, LlmProvider.OPENAI), LlmFallback.OFFLINE), Optional.empty())
                .profile(document);
        String body = server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))).getFirst()
                .getBodyAsString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/llm-request-openai.json"), body);
        JsonNode request = JsonMapper.builder().build().readTree(body);
        int tokens = 3;
        for (JsonNode message : request.get("messages")) {
            tokens += 4 + O200K.countTokens(message.get("content").asString());
        }
        JsonNode schema = request.path("response_format").path("json_schema");
        assertThat(schema.path("strict").asBoolean()).as("strict JSON schema on OpenAI").isTrue();
        return tokens + O200K.countTokens(schema.toString());
    }
}
