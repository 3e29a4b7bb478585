package dev.aiproof.pipeline;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import dev.aiproof.delivery.Outbox;

/**
 * The retention periods ({@link RetentionProperties}) applied by a recurring durable db-scheduler task,
 * {@code retention-sweep}: one instance of a cluster runs it at a time, and a run missed while every instance was
 * down happens at the next start. Ended assessments older than {@code report} are erased altogether (with their
 * pending tasks, cached LLM profile and outbox files), and the addresses of those older than {@code email}; outbox
 * .eml files ({@link Outbox}, written when no SMTP host is set) older than the shorter of the two are erased too.
 */
@Configuration(proxyBeanMethods = false)
class RetentionSweep {

    static final String TASK = "retention-sweep";
    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);
    private static final int BATCH = 500;

    @Bean
    RecurringTask<Void> retentionSweepTask(ObjectProvider<Erasure> erasure, ObjectProvider<AssessmentRepository> rows,
            ObjectProvider<Outbox> outbox, RetentionProperties retention) {
        return Tasks.recurring(TASK, FixedDelay.of(retention.sweepInterval()))
                .execute((instance, context) -> sweep(erasure.getObject(), rows.getObject(), outbox.getObject(),
                        retention, Instant.now()));
    }

    static void sweep(Erasure erasure, AssessmentRepository rows, Outbox outbox, RetentionProperties retention,
            Instant now) {
        int erased = 0;
        int found;
        do {
            var expired = rows.endedBefore(now.minus(retention.report()), BATCH);
            found = expired.size();
            for (String id : expired) {
                erased += erasure.erase(id) ? 1 : 0;
            }
        } while (found == BATCH);
        int addresses = rows.eraseAddressesEndedBefore(now.minus(retention.email()));
        // an email file holds the address and the report: it goes when the first of the two would
        Duration files = retention.email().compareTo(retention.report()) < 0 ? retention.email() : retention.report();
        int emails = outbox.eraseOlderThan(now.minus(files));
        if (erased > 0 || addresses > 0 || emails > 0) {
            log.info("retention: {} assessments, {} more addresses and {} more outbox files erased", erased, addresses,
                    emails);
        }
    }
}
