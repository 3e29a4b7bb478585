package dev.aiproof.profiling.llm;

import java.time.Duration;
import java.util.Optional;

import dev.langchain4j.exception.HttpException;

/**
 * A provider answered with an error status. Unlike LangChain4j's own {@link HttpException} it keeps the
 * provider's {@code Retry-After} hint, which the retry policy honours. LangChain4j maps it to its own
 * exception types and keeps it as the cause.
 */
class LlmHttpException extends HttpException {

    private final transient Duration retryAfter;

    LlmHttpException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
