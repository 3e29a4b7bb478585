package dev.aiproof.pipeline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

/**
 * Rewrites the embedded H2 file database so that erased values are no longer in the file. H2's store (MVStore)
 * never changes data in place: an update or delete writes the changed pages elsewhere and leaves the old ones, erased
 * values included, until their space happens to be reused — {@code CHECKPOINT SYNC} and {@code SET RETENTION_TIME 0}
 * do not change that, and H2's online compaction leaves pages in chunks that are still mostly live. What does remove
 * them is {@code SHUTDOWN COMPACT}: H2 copies the live data into a new file, replaces the old one and closes the
 * database. Here that runs without stopping the service:
 * <ol>
 * <li>the connection pool is suspended (new borrowers wait) and drained: every connection in use is given back, at
 *     most {@code drain} later — or the run is skipped and the pool resumed;</li>
 * <li>{@code SHUTDOWN COMPACT} on a connection of its own; the pool's connections, closed by it, are evicted;</li>
 * <li>the pool resumes, and its next connection opens the compacted file.</li>
 * </ol>
 * Callers wait about a second per few hundred megabytes. A database that is not an embedded H2 file (in memory, a
 * server, PostgreSQL), or a pool that is not Hikari with {@code allow-pool-suspension}, is left alone.
 */
final class H2Compactor {

    private H2Compactor() {
    }

    /** Whether {@link #compact} would do anything: an embedded H2 file behind a Hikari pool that may be suspended. */
    static boolean applies(DataSource dataSource) throws SQLException {
        return dataSource.isWrapperFor(HikariDataSource.class)
                && dataSource.unwrap(HikariDataSource.class).isAllowPoolSuspension() && embeddedFile(dataSource);
    }

    /** @return whether the file was compacted */
    static boolean compact(DataSource dataSource, Duration drain) throws SQLException, InterruptedException {
        if (!applies(dataSource)) {
            return false;
        }
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
        pool.suspendPool();
        try {
            if (!drained(pool, drain)) {
                return false;
            }
            try (Connection own = DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(),
                    hikari.getPassword()); Statement statement = own.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
            pool.softEvictConnections();
            return true;
        } finally {
            pool.resumePool();
        }
    }

    private static boolean embeddedFile(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isWrapperFor(JdbcConnection.class)
                    && connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session
                    && session.getDatabase().isPersistent();
        }
    }

    private static boolean drained(HikariPoolMXBean pool, Duration drain) throws InterruptedException {
        long deadline = System.nanoTime() + drain.toNanos();
        while (pool.getActiveConnections() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }
}
