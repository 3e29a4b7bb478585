package dev.aiproof.profiling.llm;

import java.util.List;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * Builds the provider's LangChain4j chat model from {@link LlmProperties}: our HTTP client (keeps
 * {@code Retry-After}), LangChain4j retries off, JSON-schema structured output declared as supported (LangChain4j
 * only uses it when the model says so) and strict on OpenAI.
 */
final class LlmChatModels {

    private LlmChatModels() {
    }

    static ChatModel create(LlmProperties p, List<ChatModelListener> listeners) {
        Capability[] capabilities = p.jsonSchema()
                ? new Capability[] {Capability.RESPONSE_FORMAT_JSON_SCHEMA}
                : new Capability[0];
        return switch (p.provider()) {
            case OPENAI -> OpenAiChatModel.builder()
                    .httpClientBuilder(LlmHttpClient.builder())
                    .baseUrl(p.baseUrl())
                    .apiKey(p.apiKey() == null || p.apiKey().isBlank() ? "none" : p.apiKey())
                    .customHeaders(p.headers())
                    .modelName(p.model())
                    .temperature(p.temperature())
                    .seed(p.seed())
                    .maxTokens(p.maxOutputTokens())
                    .timeout(p.timeout())
                    .maxRetries(0)
                    .supportedCapabilities(capabilities)
                    .strictJsonSchema(p.jsonSchema())
                    .listeners(listeners)
                    .build();
            case OLLAMA -> OllamaChatModel.builder()
                    .httpClientBuilder(LlmHttpClient.builder())
                    .baseUrl(p.baseUrl())
                    .customHeaders(p.headers())
                    .modelName(p.model())
                    .temperature(p.temperature())
                    .seed(p.seed())
                    .numPredict(p.maxOutputTokens())
                    .timeout(p.timeout())
                    .maxRetries(0)
                    .supportedCapabilities(capabilities)
                    .listeners(listeners)
                    .build();
            case ANTHROPIC -> AnthropicChatModel.builder()
                    .httpClientBuilder(LlmHttpClient.builder())
                    .baseUrl(p.baseUrl())
                    .apiKey(p.apiKey() == null || p.apiKey().isBlank() ? "none" : p.apiKey())
                    .customHeaders(p.headers())
                    .modelName(p.model())
                    .temperature(p.temperature())
                    .maxTokens(p.maxOutputTokens())
                    .timeout(p.timeout())
                    .maxRetries(0)
                    .supportedCapabilities(capabilities)
                    .listeners(listeners)
                    .build();
        };
    }
}
