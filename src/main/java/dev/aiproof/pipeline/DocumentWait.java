package dev.aiproof.pipeline;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * An assessment that asked for the LinkedIn PDF (NEEDS_DOCUMENT) waits {@code aiproof.retention.document-wait} for
 * it, then is erased by a durable one-time task scheduled with the request, in the same transaction. The PDF comes
 * back as a new submission, so the waiting row is of no use after that. A task that cannot run is retried later
 * (db-scheduler's default for one-time tasks); one that finds the assessment erased or ended otherwise does nothing.
 */
@Configuration(proxyBeanMethods = false)
class DocumentWait {

    static final String TASK = "assessment-document-expiry";
    private static final Logger log = LoggerFactory.getLogger(DocumentWait.class);

    @Bean
    OneTimeTask<String> documentExpiryTask(ObjectProvider<Erasure> erasure) {
        return Tasks.oneTime(TASK, String.class).execute((instance, context) -> {
            if (erasure.getObject().eraseIf(instance.getData(), AssessmentState.NEEDS_DOCUMENT)) {
                log.info("assessment {} erased: its document wait ran out", instance.getData());
            }
        });
    }

    /** Schedules the erasure of {@code id}; joins the caller's transaction. */
    static void schedule(SchedulerClient scheduler, String id, RetentionProperties retention) {
        scheduler.scheduleIfNotExists(new TaskInstance<>(TASK, id, id), Instant.now().plus(retention.documentWait()));
    }
}
