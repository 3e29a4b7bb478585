package dev.aiproof.profiling.llm;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.UserMessage;

/** The LangChain4j AI service: one user message in (prompt or repair prompt), a structured answer out. */
interface LlmProfilingService {

    Result<LlmAnswer> answer(@UserMessage String prompt);
}
