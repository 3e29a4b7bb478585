package dev.aiproof.pipeline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether anything of a person was erased since the database file was last compacted (table
 * {@code erasure_since_compaction}, Flyway V8), so that {@link DatabaseCompaction} pauses the pool only when there is
 * erased data to remove. It is in the database, not in memory, so that an erasure before a crash or restart is still
 * compacted away afterwards — and a restart alone causes no compaction.
 *
 * <p>Why no erasure is missed: an erasure sets the mark in (or, outside a transaction, right after) the statement
 * that erases; a compaction clears it, then drains the pool, so every erasure committed before the drain is in the
 * file it compacts, and one that sets the mark after the clear makes the next run compact again.
 */
@Repository
class ErasureMark {

    private final JdbcClient jdbc;

    ErasureMark(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Something was erased. Changes the row only when it was clear, so that erasures seldom wait for each other. */
    void set() {
        jdbc.sql("update erasure_since_compaction set erased = true where id = 1 and erased = false").update();
    }

    /** Clears the mark; whether it was set (and so a compaction is due). */
    boolean claim() {
        return jdbc.sql("update erasure_since_compaction set erased = false where id = 1 and erased = true")
                .update() == 1;
    }

    boolean isSet() {
        return jdbc.sql("select erased from erasure_since_compaction where id = 1").query(Boolean.class).single();
    }
}
