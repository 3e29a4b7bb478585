package dev.aiproof.pipeline;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;

/**
 * Erased data must not stay in the database file: on the embedded H2 default, the recurring durable task
 * {@code database-compaction} rewrites the file every {@code aiproof.retention.compaction-interval}
 * ({@link H2Compactor}), so what was erased (a delivered CV, an erased assessment) leaves the file within about that
 * interval. The first run is one interval after start-up. On any other database it does nothing.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseCompaction {

    static final String TASK = "database-compaction";
    /** How long a run waits for the connections in use to come back before it gives up until the next. */
    static final Duration DRAIN = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(DatabaseCompaction.class);

    @Bean
    RecurringTask<Void> databaseCompactionTask(DataSource dataSource, RetentionProperties retention) {
        return Tasks.recurring(TASK, new Every(retention.compactionInterval())).execute((instance, context) -> {
            try {
                long start = System.nanoTime();
                if (H2Compactor.compact(dataSource, DRAIN)) {
                    log.info("database file compacted in {} ms", (System.nanoTime() - start) / 1_000_000);
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot compact the database file", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
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
