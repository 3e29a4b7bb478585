package dev.aiproof.profiling.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.WireMockServerExtension;
import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.taxonomy.SeniorityLevel;

/** The cache table from Flyway V3 on H2 in PostgreSQL mode, and the profiler using it. */
class ProfileCacheTest {

    @RegisterExtension
    static final WireMockServerExtension server = new WireMockServerExtension();
    private static final LlmProvider OPENAI = LlmProvider.OPENAI;
    private static final JsonMapper JSON = JsonMapper.shared();

    private ProfileCache cache;
    private JdbcTemplate jdbc;

    @BeforeEach
    void database() {
        server.resetAll();
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        cache = new ProfileCache(jdbc, JSON, Clock.systemUTC(), Duration.ofDays(30));
    }

    private static CareerProfile sample() {
        return new CareerProfile(new CareerProfile.ProfilerInfo("llm", "openai:gpt-4o-mini", "p1", null, 1900, 400),
                "en",
                new CareerProfile.OccupationMatch("15-1252", "Senior Software Engineer", 0.9,
                        "Senior Software Engineer"),
                List.of(new CareerProfile.OccupationMatch("15-1244", "Ops", 0.1, "Kubernetes")),
                new CareerProfile.SeniorityEstimate(SeniorityLevel.SENIOR, 9, "nine years"),
                List.of(new CareerProfile.TaskClaim("review-code", 1.0, List.of("Reviewed pull requests"))),
                List.of(new CareerProfile.SkillClaim("java", "Java")));
    }

    @Test
    void storesAndReadsAProfileUnderItsKey() {
        var key = new ProfileCache.Key("abc", "p1", "openai:gpt-4o-mini", "t1");
        cache.put(key, sample());
        cache.put(key, sample());

        assertThat(cache.find(key)).contains(sample());
        assertThat(cache.find(new ProfileCache.Key("abc", "p2", "openai:gpt-4o-mini", "t1"))).isEmpty();
        assertThat(cache.find(new ProfileCache.Key("abc", "p1", "openai:gpt-4o", "t1"))).isEmpty();
        assertThat(cache.find(new ProfileCache.Key("abc", "p1", "openai:gpt-4o-mini", "t2"))).isEmpty();
        assertThat(new CachedProfileErasure(JdbcClient.create(jdbc)).erase("abc")).isEqualTo(1);
        assertThat(cache.find(key)).isEmpty();
    }

    @Test
    void profilesExpireAfterTheirTimeToLive() {
        var key = new ProfileCache.Key("abc", "p1", "m", "t1");
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        new ProfileCache(jdbc, JSON, Clock.fixed(start, ZoneOffset.UTC), Duration.ofDays(30)).put(key, sample());
        var later = new ProfileCache(jdbc, JSON, Clock.fixed(start.plus(Duration.ofDays(31)), ZoneOffset.UTC),
                Duration.ofDays(30));

        assertThat(new ProfileCache(jdbc, JSON, Clock.fixed(start.plus(Duration.ofDays(29)), ZoneOffset.UTC),
                Duration.ofDays(30)).find(key)).isPresent();
        assertThat(later.find(key)).isEmpty();
        later.put(new ProfileCache.Key("def", "p1", "m", "t1"), sample());
        assertThat(jdbc.queryForList("select content_hash from profile_cache", String.class)).containsExactly("def");
    }

    @Test
    void anUnreadableRowIsDroppedNotFatal() {
        var key = new ProfileCache.Key("abc", "p1", "m", "t1");
        cache.put(key, sample());
        jdbc.update("update profile_cache set profile_json = '{\"occupation\": 3}'");

        assertThat(cache.find(key)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from profile_cache", Integer.class)).isZero();
    }

    @Test
    void aMissingTableIsAMissNotAFailure() {
        jdbc.execute("drop table profile_cache");
        var key = new ProfileCache.Key("abc", "p1", "m", "t1");

        cache.put(key, sample());

        assertThat(cache.find(key)).isEmpty();
    }

    @Test
    void resubmittingTheSameCvCostsNoTokens() {
        LlmTestSupport.answerInTurn(server, OPENAI, List.of(LlmTestSupport.ok(OPENAI, "developer")));
        LlmProfiler profiler = LlmTestSupport.profiler(LlmTestSupport.properties(OPENAI,
                LlmTestSupport.baseUrl(server, OPENAI), LlmFallback.OFFLINE), Optional.of(cache));

        CareerProfile first = profiler.profile(LlmTestSupport.document("developer"));
        CareerProfile again = profiler.profile(LlmTestSupport.document("developer"));

        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))).hasSize(1);
        assertThat(first.profiler().inputTokens()).isPositive();
        assertThat(again.profiler().inputTokens()).isZero();
        assertThat(again.profiler().outputTokens()).isZero();
        assertThat(again.profiler().kind()).isEqualTo("llm");
        assertThat(again.occupation()).isEqualTo(first.occupation());
        assertThat(again.tasks()).isEqualTo(first.tasks());
        assertThat(again.skills()).isEqualTo(first.skills());
    }

    @Test
    void fallbacksAreNotCached() {
        LlmTestSupport.answerInTurn(server, OPENAI, List.of(LlmTestSupport.ok(OPENAI, "invented-evidence")));
        LlmProfiler profiler = LlmTestSupport.profiler(LlmTestSupport.properties(OPENAI,
                LlmTestSupport.baseUrl(server, OPENAI), LlmFallback.OFFLINE), Optional.of(cache));

        profiler.profile(LlmTestSupport.document("developer"));
        CareerProfile again = profiler.profile(LlmTestSupport.document("developer"));

        assertThat(again.profiler().kind()).isEqualTo("offline");
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))).hasSize(4);
    }
}
