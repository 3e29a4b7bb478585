package dev.aiproof.delivery;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import dev.aiproof.erasure.AssessmentErased;

/**
 * Deletes the {@code .eml} files of an erased assessment's emails. Files cannot take part in the transaction, so they
 * go once the erasure has committed, and stay when it rolled back.
 */
@Component
class OutboxErasure {

    private final Outbox outbox;

    OutboxErasure(Outbox outbox) {
        this.outbox = outbox;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AssessmentErased erased) {
        outbox.erase(erased.assessmentId());
    }
}
