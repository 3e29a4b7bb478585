package dev.aiproof.profiling;

import dev.aiproof.extraction.ExtractedDocument;

/** Maps a CV onto the taxonomy. Implementations: offline (embeddings) and LLM (LangChain4j). */
public interface Profiler {

    CareerProfile profile(ExtractedDocument document);
}
