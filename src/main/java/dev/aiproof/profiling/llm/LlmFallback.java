package dev.aiproof.profiling.llm;

import dev.aiproof.profiling.ProfilerUnavailableException;

/** What to do when the LLM cannot be reached (circuit open, retries spent); {@code aiproof.llm.fallback}. */
enum LlmFallback {
    /** Profile offline now and record why in {@code ProfilerInfo.fallbackReason}. */
    OFFLINE,
    /** Throw {@link ProfilerUnavailableException} so that the pipeline retries the stage later, durably. */
    WAIT
}
