package dev.aiproof.intake;

import java.sql.DatabaseMetaData;
import java.time.Duration;
import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/**
 * Where the rate-limit buckets live: the table {@code rate_limit_bucket} of our own database, so that every
 * instance pointed at one PostgreSQL counts against the same buckets (Bucket4j locks the row with
 * {@code select … for update}). A bucket's row expires once it has filled up again and is swept by a recurring
 * durable task, so hashed addresses are not kept past their day.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitStore {

    /** A full bucket is the same as no row: keep it a few minutes after it refilled, then let the sweep take it. */
    private static final ExpirationAfterWriteStrategy EXPIRY = ExpirationAfterWriteStrategy
            .basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(5));
    private static final int SWEEP_BATCH = 1000;

    @Bean
    ProxyManager<String> rateLimitBuckets(DataSource dataSource) {
        String product = product(dataSource);
        return switch (product) {
            case "PostgreSQL" -> Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                    .expirationAfterWrite(EXPIRY)
                    .build();
            case "H2" -> new H2BucketTable(dataSource, EXPIRY);
            default -> throw new IllegalStateException("rate limits need PostgreSQL or H2, not " + product);
        };
    }

    @Bean
    RecurringTask<Void> rateLimitSweep(ProxyManager<String> rateLimitBuckets) {
        return Tasks.recurring("rate-limit-sweep", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> {
                    ExpiredEntriesCleaner cleaner = (ExpiredEntriesCleaner) rateLimitBuckets;
                    while (cleaner.removeExpired(SWEEP_BATCH) == SWEEP_BATCH) {
                        // a full batch: there may be more
                    }
                });
    }

    private static String product(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database holds the rate limits", e);
        }
    }
}
