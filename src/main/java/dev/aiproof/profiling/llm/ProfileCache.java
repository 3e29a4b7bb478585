package dev.aiproof.profiling.llm;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.profiling.CareerProfile;

/**
 * LLM profiles stored in the database (table {@code profile_cache}, Flyway V3), keyed by CV content hash,
 * prompt version, model and taxonomy version, so they survive restarts and are shared by every instance.
 */
public final class ProfileCache {

    private static final Logger log = LoggerFactory.getLogger(ProfileCache.class);

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration ttl;

    /**
     * @param json Spring's mapper, the one the pipeline stores profiles with
     * @param ttl how long a profile is kept: its evidence quotes are CV lines, so they must not stay for ever
     */
    ProfileCache(JdbcTemplate jdbc, JsonMapper json, Clock clock, Duration ttl) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.ttl = ttl;
    }

    record Key(String contentHash, String promptVersion, String model, String taxonomyVersion) {
        String digest() {
            return DigestUtils.sha256Hex(String.join("\u0000", contentHash, promptVersion, model, taxonomyVersion));
        }
    }

    /** A cache that cannot be read is a miss: profiling must not fail because of it. */
    Optional<CareerProfile> find(Key key) {
        List<String> rows;
        try {
            rows = jdbc.queryForList("select profile_json from profile_cache where cache_key = ? and created_at >= ?",
                    String.class, key.digest(), cutoff());
        } catch (DataAccessException e) {
            log.warn("profile cache unreadable, profiling afresh: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(rows.getFirst(), CareerProfile.class));
        } catch (JacksonException e) {
            // a row written by an older, incompatible version: profile afresh and overwrite
            evictKey(key);
            return Optional.empty();
        }
    }

    void put(Key key, CareerProfile profile) {
        String body = json.writeValueAsString(profile);
        try {
            jdbc.update("delete from profile_cache where created_at < ?", cutoff());
            jdbc.update("insert into profile_cache (cache_key, content_hash, prompt_version, model, taxonomy_version,"
                    + " profile_json, created_at) values (?, ?, ?, ?, ?, ?, ?)",
                    key.digest(), key.contentHash(), key.promptVersion(), key.model(), key.taxonomyVersion(), body,
                    Timestamp.from(Instant.now(clock)));
        } catch (DuplicateKeyException raced) {
            // another instance stored the same profile first; either copy is fine
        } catch (DataAccessException e) {
            log.warn("profile cache not written: {}", e.getClass().getSimpleName());
        }
    }

    private Timestamp cutoff() {
        return Timestamp.from(Instant.now(clock).minus(ttl));
    }

    private void evictKey(Key key) {
        jdbc.update("delete from profile_cache where cache_key = ?", key.digest());
    }
}
