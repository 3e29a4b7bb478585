package dev.aiproof.pipeline;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Erased data must not stay in the database file: on the embedded H2 default, the recurring durable task
 * {@code database-compaction} looks every {@code aiproof.retention.compaction-interval} whether anything was erased
 * since the last compaction ({@link ErasureMark}: a delivery, a refusal, a failure, the retention sweep, a document
 * wait running out, the erase link or the API's DELETE) and only then rewrites the file ({@link H2Compactor}), so
 * what was erased leaves the file within about that interval while an idle or read-only service never pauses its
 * pool. The first look is one interval after start-up. On any other database it does nothing. Compactions are counted
 * by the meter {@value #METER}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseCompaction {

    static final String TASK = "database-compaction";
    static final String METER = "aiproof.database.compactions";
    /** How long a run waits for the connections in use to come back before it gives up until the next. */
    static final Duration DRAIN = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(DatabaseCompaction.class);

    @Bean
    RecurringTask<Void> databaseCompactionTask(DataSource dataSource, ObjectProvider<ErasureMark> erasures,
            RetentionProperties retention, ObjectProvider<MeterRegistry> meters) {
        Counter compactions = Counter.builder(METER)
                .description("rewrites of the embedded H2 file after erasures")
                .register(meters.getIfAvailable(SimpleMeterRegistry::new));
        return Tasks.recurring(TASK, new Every(retention.compactionInterval())).execute((instance, context) -> {
            try {
                long start = System.nanoTime();
                if (compactIfErased(dataSource, erasures.getObject())) {
                    compactions.increment();
                    log.info("database file compacted in {} ms", (System.nanoTime() - start) / 1_000_000);
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot compact the database file", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /**
     * Compacts if something was erased since the last compaction. The mark is cleared first and set again when the
     * file was not compacted (connections not given back in time, an error), so the next run tries again.
     */
    static boolean compactIfErased(DataSource dataSource, ErasureMark erasures)
            throws java.sql.SQLException, InterruptedException {
        if (!H2Compactor.applies(dataSource)) {
            return false;
        }
        if (!erasures.claim()) {
            log.debug("database file not compacted: nothing erased since the last compaction");
            return false;
        }
        boolean compacted = false;
        try {
            compacted = H2Compactor.compact(dataSource, DRAIN);
            return compacted;
        } finally {
            if (!compacted) {
                erasures.set();
            }
        }
    }

    /** Like db-scheduler's FixedDelay, but the first run, too, is one delay after start-up rather than at once. */
    record Every(Duration delay) implements Schedule {

        @Override
        public Instant getNextExecutionTime(ExecutionComplete complete) {
            return complete.getTimeDone().plus(delay);
        }

        @Override
        public boolean isDeterministic() {
            return false;
        }
    }
}
