package dev.aiproof.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The limits' store on both databases we run on: two instances (each with its own Bucket4j proxy manager, as two
 * JVMs would have) count against one bucket, concurrent takes never exceed the limit, and the sweep deletes expired
 * rows only. PostgreSQL is real (binaries from a jar), with our Flyway migrations.
 */
class RateLimitStoreTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        migrate(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void twoInstancesShareTheAddressBucket(String database) {
        DataSource db = database(database);
        SubmissionLimits first = limits(db, 3, 20);
        SubmissionLimits second = limits(db, 3, 20);
        String email = "kari@" + UUID.randomUUID() + ".example";
        first.admitAddress(email);
        second.admitAddress(email);
        first.admitAddress(email);
        assertThatThrownBy(() -> second.admitAddress(email)).isInstanceOf(RateLimitedException.class);
        assertThatThrownBy(() -> first.admitAddress(email.toUpperCase())).isInstanceOf(RateLimitedException.class);
        second.admitAddress("ola@" + UUID.randomUUID() + ".example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void concurrentSubmissionsNeverPassTheLimit(String database) throws Exception {
        DataSource db = database(database);
        List<SubmissionLimits> instances = List.of(limits(db, 3, 5), limits(db, 3, 5));
        String client = "198.51.100." + (int) (Math.random() * 250);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> takes = IntStream.range(0, 16).<Callable<Boolean>>mapToObj(i -> () -> {
                try {
                    instances.get(i % 2).admitClient(client);
                    return true;
                } catch (RateLimitedException e) {
                    return false;
                }
            }).toList();
            long admitted = 0;
            for (Future<Boolean> take : pool.invokeAll(takes)) {
                admitted += take.get() ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void theSweepDeletesExpiredBucketsOnly(String database) {
        DataSource db = database(database);
        ProxyManager<String> buckets = new RateLimitStore().rateLimitBuckets(db);
        new SubmissionLimits(buckets, new LimitsProperties(3, 20))
                .admitAddress("live@" + UUID.randomUUID() + ".example");
        JdbcClient jdbc = JdbcClient.create(db);
        String expired = "address:3:" + "0".repeat(60) + UUID.randomUUID().toString().substring(0, 4);
        jdbc.sql("insert into rate_limit_bucket (id, state, expires_at) values (?, null, ?)")
                .params(expired, System.currentTimeMillis() - 1000).update();
        long before = jdbc.sql("select count(*) from rate_limit_bucket").query(Long.class).single();

        int removed = ((ExpiredEntriesCleaner) buckets).removeExpired(1000);

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from rate_limit_bucket where id = ?").param(expired).query(Long.class)
                .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from rate_limit_bucket where expires_at > ?")
                .param(System.currentTimeMillis()).query(Long.class).single()).isPositive();
        assertThat(before - removed).isPositive();
    }

    private static SubmissionLimits limits(DataSource db, int perAddress, int perClient) {
        return new SubmissionLimits(new RateLimitStore().rateLimitBuckets(db),
                new LimitsProperties(perAddress, perClient));
    }

    private static DataSource database(String name) {
        if (name.equals("postgresql")) {
            return postgres.getPostgresDatabase();
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:limits-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        migrate(h2);
        return h2;
    }

    private static void migrate(DataSource db) {
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
    }
}
