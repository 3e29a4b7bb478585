package dev.aiproof.pipeline;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.aiproof.delivery.Outbox;

/**
 * Erases assessments for good: the row with everything in it (address, upload, text, stage outputs, report), the
 * stages still waiting to run for it, the LLM profiles cached under its CV's hash (table {@code profile_cache},
 * erased by plain SQL so that rows left from an earlier run with the LLM profiler go too when the service now runs
 * offline and has no {@code ProfileCache}) and, once that is committed, the
 * .eml files of its emails in the outbox ({@link Outbox}). A stage already running finds the row gone and stops
 * without writing anything.
 */
@Service
class Erasure {

    private final AssessmentRepository assessments;
    private final TransactionTemplate transaction;
    private final Outbox outbox;

    Erasure(AssessmentRepository assessments, TransactionTemplate transaction, Outbox outbox) {
        this.assessments = assessments;
        this.transaction = transaction;
        this.outbox = outbox;
    }

    /** Everything about one assessment; false when there was nothing to erase. */
    boolean erase(String id) {
        return afterCommit(id, Boolean.TRUE.equals(transaction.execute(status -> eraseNow(id, null))));
    }

    /** Erases the assessment only if it is still in {@code state} (an expiry that lost a race does nothing). */
    boolean eraseIf(String id, AssessmentState state) {
        return afterCommit(id, Boolean.TRUE.equals(transaction.execute(status -> eraseNow(id, state))));
    }

    /** The outbox files of an assessment erased while one of its emails was being written. */
    void eraseEmails(String id) {
        outbox.erase(id);
    }

    /** Files cannot be part of the transaction: they go once the row is gone for good. */
    private boolean afterCommit(String id, boolean erased) {
        if (erased) {
            outbox.erase(id);
        }
        return erased;
    }

    private boolean eraseNow(String id, AssessmentState state) {
        if (state != null && assessments.find(id).map(Assessment::state).filter(state::equals).isEmpty()) {
            return false;
        }
        assessments.contentHash(id).ifPresent(assessments::deleteCachedProfiles);
        assessments.deletePendingStages(id);
        return assessments.delete(id);
    }
}
