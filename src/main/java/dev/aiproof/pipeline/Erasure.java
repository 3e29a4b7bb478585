package dev.aiproof.pipeline;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.aiproof.delivery.Outbox;
import dev.aiproof.erasure.AssessmentErased;

/**
 * Erases assessments for good: the row with everything in it (address, upload, text, stage outputs, report) and the
 * stages still waiting to run for it, then announces {@link AssessmentErased} inside the same transaction, so that
 * every module holding something derived from the CV erases it too (profiling its cached LLM profiles in the same
 * commit, delivery the outbox files after it). A stage already running finds the row gone and stops without writing
 * anything.
 */
@Service
class Erasure {

    private final AssessmentRepository assessments;
    private final TransactionTemplate transaction;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;

    Erasure(AssessmentRepository assessments, TransactionTemplate transaction, Outbox outbox,
            ApplicationEventPublisher events) {
        this.assessments = assessments;
        this.transaction = transaction;
        this.outbox = outbox;
        this.events = events;
    }

    /** Everything about one assessment; false when there was nothing to erase. */
    boolean erase(String id) {
        return Boolean.TRUE.equals(transaction.execute(status -> eraseNow(id, null)));
    }

    /** Erases the assessment only if it is still in {@code state} (an expiry that lost a race does nothing). */
    boolean eraseIf(String id, AssessmentState state) {
        return Boolean.TRUE.equals(transaction.execute(status -> eraseNow(id, state)));
    }

    /** The outbox files of an assessment erased while one of its emails was being written. */
    void eraseEmails(String id) {
        outbox.erase(id);
    }

    private boolean eraseNow(String id, AssessmentState state) {
        if (state != null && assessments.find(id).map(Assessment::state).filter(state::equals).isEmpty()) {
            return false;
        }
        Optional<String> contentHash = assessments.contentHash(id);
        assessments.deletePendingStages(id);
        if (!assessments.delete(id)) {
            return false;
        }
        events.publishEvent(new AssessmentErased(id, contentHash));
        return true;
    }
}
