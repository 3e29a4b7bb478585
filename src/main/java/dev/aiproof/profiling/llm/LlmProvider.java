package dev.aiproof.profiling.llm;

/** Which API the LLM profiler speaks; {@code aiproof.llm.provider}. */
enum LlmProvider {
    /** Any OpenAI-compatible chat-completions endpoint: OpenAI, Azure OpenAI, vLLM, LM Studio, llama.cpp, Ollama's /v1. */
    OPENAI("https://api.openai.com/v1", "gpt-4o-mini"),
    /** Ollama's native API (/api/chat). */
    OLLAMA("http://localhost:11434", "qwen2.5:7b-instruct"),
    /** Anthropic's Messages API. */
    ANTHROPIC("https://api.anthropic.com/v1/", "claude-haiku-4-5");

    final String defaultBaseUrl;
    final String defaultModel;

    LlmProvider(String defaultBaseUrl, String defaultModel) {
        this.defaultBaseUrl = defaultBaseUrl;
        this.defaultModel = defaultModel;
    }
}
