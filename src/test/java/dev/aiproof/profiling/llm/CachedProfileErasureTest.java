package dev.aiproof.profiling.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.aiproof.erasure.AssessmentErased;

/**
 * The LLM profiles cached for a CV go when its assessment is erased: the event is published as the pipeline's erasure
 * publishes it, in a JDBC slice with every Flyway migration (the cache table is V3), and the table itself is read.
 */
@JdbcTest(properties = "spring.datasource.url=jdbc:h2:mem:cached-profile-erasure;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(CachedProfileErasure.class)
class CachedProfileErasureTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCachedProfilesOfTheErasedCvGoAndAnotherCvsStay() {
        cachedProfile("k1", "hash-a");
        cachedProfile("k2", "hash-a");
        cachedProfile("k3", "hash-b");

        events.publishEvent(new AssessmentErased("a1", Optional.of("hash-a")));

        assertThat(jdbc.sql("select cache_key from profile_cache").query(String.class).list()).containsExactly("k3");
    }

    @Test
    void anAssessmentWhoseCvWasNeverReadErasesNoCachedProfile() {
        cachedProfile("k1", "hash-a");

        events.publishEvent(new AssessmentErased("a2", Optional.empty()));

        assertThat(jdbc.sql("select count(*) from profile_cache").query(Integer.class).single()).isEqualTo(1);
    }

    private void cachedProfile(String key, String contentHash) {
        jdbc.sql(
                """
                        insert into profile_cache (cache_key, content_hash, prompt_version, model, taxonomy_version, profile_json,
                                                   created_at)
                        values (?, ?, 'v1', 'gpt-test', 't1', '{}', ?)""")
                .params(key, contentHash, Timestamp.from(Instant.parse("2026-03-02T09:15:30Z"))).update();
    }
}
