package dev.aiproof.profiling.llm;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.aiproof.erasure.AssessmentErased;

/**
 * Erases the LLM profiles cached for an erased assessment's CV. A bean whichever profiler runs, and plain SQL rather
 * than {@link ProfileCache}: rows left from an earlier run with the LLM profiler must go too when the service now runs
 * offline and has no cache. Runs in the erasing transaction (a plain listener), so both commit together.
 */
@Component
class CachedProfileErasure {

    private final JdbcClient jdbc;

    CachedProfileErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AssessmentErased erased) {
        erased.contentHash().ifPresent(this::erase);
    }

    int erase(String contentHash) {
        return jdbc.sql("delete from profile_cache where content_hash = ?").param(contentHash).update();
    }
}
