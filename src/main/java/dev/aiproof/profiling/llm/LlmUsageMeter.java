package dev.aiproof.profiling.llm;

import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;

/**
 * Counts the tokens of every provider answer on the profiling thread, including answers that later fail to
 * parse or validate (they were paid for), and keeps the last raw answer for the repair prompt.
 * AiServices calls the model on the caller's thread, so a thread-local tally is exact.
 */
final class LlmUsageMeter implements ChatModelListener {

    private final ThreadLocal<Tally> current = new ThreadLocal<>();

    void start() {
        current.set(new Tally());
    }

    Tally finish() {
        Tally tally = current.get();
        current.remove();
        return tally == null ? new Tally() : tally;
    }

    String lastAnswer() {
        Tally tally = current.get();
        return tally == null ? null : tally.lastAnswer;
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
        Tally tally = current.get();
        if (tally == null) {
            return;
        }
        ChatResponse response = context.chatResponse();
        TokenUsage usage = response.tokenUsage();
        if (usage != null) {
            tally.input += usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
            tally.output += usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        }
        tally.lastAnswer = response.aiMessage() == null ? null : response.aiMessage().text();
    }

    static final class Tally {
        int input;
        int output;
        String lastAnswer;
    }
}
