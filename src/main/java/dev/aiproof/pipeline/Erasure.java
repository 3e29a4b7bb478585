package dev.aiproof.pipeline;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.aiproof.profiling.llm.ProfileCache;

/**
 * Erases assessments for good: the row with everything in it (address, upload, text, stage outputs, report), the
 * stages still waiting to run for it and the LLM profile cached under its CV's hash. A stage already running finds
 * the row gone and stops without writing anything.
 */
@Service
class Erasure {

    private final AssessmentRepository assessments;
    private final TransactionTemplate transaction;
    private final ObjectProvider<ProfileCache> profileCache;

    Erasure(AssessmentRepository assessments, TransactionTemplate transaction, ObjectProvider<ProfileCache> profileCache) {
        this.assessments = assessments;
        this.transaction = transaction;
        this.profileCache = profileCache;
    }

    /** Everything about one assessment; false when there was nothing to erase. */
    boolean erase(String id) {
        return Boolean.TRUE.equals(transaction.execute(status -> eraseNow(id, null)));
    }

    /** Erases the assessment only if it is still in {@code state} (an expiry that lost a race does nothing). */
    boolean eraseIf(String id, AssessmentState state) {
        return Boolean.TRUE.equals(transaction.execute(status -> eraseNow(id, state)));
    }

    private boolean eraseNow(String id, AssessmentState state) {
        if (state != null && assessments.find(id).map(Assessment::state).filter(state::equals).isEmpty()) {
            return false;
        }
        assessments.contentHash(id).ifPresent(hash -> profileCache.ifAvailable(cache -> cache.evict(hash)));
        assessments.deletePendingStages(id);
        return assessments.delete(id);
    }
}
