package dev.aiproof.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.CustomColumnProvider;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * Bucket4j's select-for-update algorithm on H2, the embedded default. Bucket4j's own H2 module is not served here
 * (no version resolves), and its PostgreSQL module writes {@code ON CONFLICT(id)}, which H2 does not parse; this is
 * the same statements as that module with H2's {@code ON CONFLICT DO NOTHING} (PostgreSQL mode, as our H2 URL sets).
 */
final class H2BucketTable extends AbstractSelectForUpdateBasedProxyManager<String> implements ExpiredEntriesCleaner {

    private final DataSource dataSource;
    private final CustomColumnProvider<String> expiresAt;

    H2BucketTable(DataSource dataSource, ExpirationAfterWriteStrategy expiration) {
        super(ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(expiration));
        this.dataSource = dataSource;
        this.expiresAt = CustomColumnProvider.createExpiresInColumnProvider("expires_at", expiration);
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        Connection connection = sql(dataSource::getConnection);
        return new SelectForUpdateBasedTransaction() {
            @Override
            public void begin(Optional<Long> timeout) {
                sql(() -> {
                    connection.setAutoCommit(false);
                    return null;
                });
            }

            @Override
            public LockAndGetResult tryLockAndGet(Optional<Long> timeout) {
                return sql(() -> {
                    try (PreparedStatement select = statement(connection,
                            "select state from rate_limit_bucket where id = ? for update", key, timeout);
                            ResultSet row = select.executeQuery()) {
                        return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
                    }
                });
            }

            @Override
            public boolean tryInsertEmptyData(Optional<Long> timeout) {
                return sql(() -> {
                    try (PreparedStatement insert = statement(connection,
                            "insert into rate_limit_bucket (id, state) values (?, null) on conflict do nothing", key,
                            timeout)) {
                        return insert.executeUpdate() > 0;
                    }
                });
            }

            @Override
            public void update(byte[] data, RemoteBucketState state, Optional<Long> timeout) {
                sql(() -> {
                    try (PreparedStatement update = connection.prepareStatement(
                            "update rate_limit_bucket set state = ?, expires_at = ? where id = ?")) {
                        applyTimeout(update, timeout);
                        update.setBytes(1, data);
                        expiresAt.setCustomField(key, 2, update, state, currentTimeNanos());
                        update.setString(3, key);
                        return update.executeUpdate();
                    }
                });
            }

            @Override
            public void commit(Optional<Long> timeout) {
                sql(() -> {
                    connection.commit();
                    return null;
                });
            }

            @Override
            public void rollback() {
                sql(() -> {
                    connection.rollback();
                    return null;
                });
            }

            @Override
            public void release() {
                sql(() -> {
                    connection.close();
                    return null;
                });
            }
        };
    }

    @Override
    public void removeProxy(String key) {
        sql(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete = connection
                            .prepareStatement("delete from rate_limit_bucket where id = ?")) {
                delete.setString(1, key);
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public int removeExpired(int batchSize) {
        return sql(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete = connection.prepareStatement("delete from rate_limit_bucket where id in "
                            + "(select id from rate_limit_bucket where expires_at < ? limit ? for update skip locked)")) {
                delete.setLong(1, System.currentTimeMillis());
                delete.setInt(2, batchSize);
                return delete.executeUpdate();
            }
        });
    }

    private PreparedStatement statement(Connection connection, String sql, String key, Optional<Long> timeout)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        applyTimeout(statement, timeout);
        statement.setString(1, key);
        return statement;
    }

    private interface Sql<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(Sql<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }
}
