package dev.aiproof.profiling.llm;

import java.util.List;
import java.util.Set;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;

/**
 * The provider's chat model with {@link LlmResilience} around each call. It sits under {@code AiServices}, so
 * only transport failures are retried here; an answer that does not parse or validate is the profiler's
 * business (one repair round-trip), not a reason to call again blindly.
 */
final class LlmResilientChatModel implements ChatModel {

    private final ChatModel delegate;
    private final LlmResilience resilience;

    LlmResilientChatModel(ChatModel delegate, LlmResilience resilience) {
        this.delegate = delegate;
        this.resilience = resilience;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return chat(request, ChatRequestOptions.EMPTY);
    }

    @Override
    public ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
        return resilience.call(() -> delegate.chat(request, options));
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }

    @Override
    public ModelProvider provider() {
        return delegate.provider();
    }

    @Override
    public List<ChatModelListener> listeners() {
        // the delegate notifies its own listeners once per attempt; notifying here again would count tokens twice
        return List.of();
    }
}
