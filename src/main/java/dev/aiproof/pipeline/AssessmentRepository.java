package dev.aiproof.pipeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of the assessment table. Stage outputs are JSON columns, written together with the state they lead to. */
@Repository
class AssessmentRepository {

    /** The states an assessment ends in, as SQL literals (from the enum, never from input). */
    private static final String ENDED = Arrays.stream(AssessmentState.values()).filter(AssessmentState::finished)
            .map(state -> "'" + state.name() + "'").collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final ErasureMark erasures;

    /** Every method here that erases something of a person sets {@code erasures}, for the next compaction. */
    AssessmentRepository(JdbcClient jdbc, ErasureMark erasures) {
        this.jdbc = jdbc;
        this.erasures = erasures;
    }

    /** {@code baseUrl}: the address the submission came to (null without a request), for its links. */
    void insert(String id, String reportToken, Submission submission, String baseUrl, Instant now) {
        jdbc.sql("""
                insert into assessment (id, report_token, state, email, language, page_language, file_name,
                                        linkedin_url, content, base_url, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, reportToken, AssessmentState.RECEIVED.name(), submission.email(), submission.language(),
                        submission.pageLanguage(), submission.fileName(), submission.linkedinUrl(),
                        submission.content(),
                        baseUrl, Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    /** The address the submission with this report token came to, if it came through a request. */
    Optional<String> baseUrl(String reportToken) {
        return jdbc.sql("select base_url from assessment where report_token = ?").param(reportToken)
                .query((rs, n) -> rs.getString(1)).optional().filter(s -> s != null);
    }

    Optional<Assessment> find(String id) {
        return jdbc.sql("select * from assessment where id = ?").param(id).query(this::assessment).optional();
    }

    Optional<Assessment> findByReportToken(String token) {
        return jdbc.sql("select * from assessment where report_token = ?").param(token).query(this::assessment)
                .optional();
    }

    Optional<Upload> upload(String id) {
        return jdbc.sql("select file_name, content, linkedin_url from assessment where id = ?").param(id)
                .query((rs, n) -> new Upload(rs.getString("file_name"), rs.getBytes("content"),
                        rs.getString("linkedin_url")))
                .optional();
    }

    /** Null once the retention sweep has erased it (the mailer then sends nothing). */
    String email(String id) {
        return jdbc.sql("select email from assessment where id = ?").param(id).query((rs, n) -> rs.getString(1))
                .optional().orElse(null);
    }

    /** Ended assessments (nothing left to run for them) whose end is older than {@code cutoff}, oldest first. */
    List<String> endedBefore(Instant cutoff, int limit) {
        return jdbc.sql("select id from assessment where state in (" + ENDED + ") and updated_at < ? "
                + "order by updated_at limit ?")
                .params(Timestamp.from(cutoff), limit).query(String.class).list();
    }

    /** Erases the address of every ended assessment whose end is older than {@code cutoff}; how many. */
    int eraseAddressesEndedBefore(Instant cutoff) {
        int erased = jdbc.sql("update assessment set email = null where state in (" + ENDED + ") and updated_at < ? "
                + "and email is not null").param(Timestamp.from(cutoff)).update();
        if (erased > 0) {
            erasures.set();
        }
        return erased;
    }

    Optional<String> json(String id, StageOutput<?> output) {
        return jdbc.sql("select " + output.column() + " from assessment where id = ?").param(id)
                .query((rs, n) -> rs.getString(1)).optional().filter(s -> s != null);
    }

    /** Moves from {@code from} to {@code to} and stores the stage output; false if another run got there first. */
    boolean advance(String id, AssessmentState from, AssessmentState to, StageOutput<?> output, String json,
            Instant now) {
        return jdbc
                .sql("update assessment set state = ?, " + output.column()
                        + " = ?, updated_at = ? where id = ? and state = ?")
                .params(to.name(), json, Timestamp.from(now), id, from.name())
                .update() == 1;
    }

    boolean finish(String id, AssessmentState from, AssessmentState to, String errorCode, String errorMessage,
            Instant now) {
        return jdbc.sql("""
                update assessment set state = ?, error_code = ?, error_message = ?, updated_at = ?
                where id = ? and state = ?""")
                .params(to.name(), errorCode, errorMessage, Timestamp.from(now), id, from.name())
                .update() == 1;
    }

    /** The report is out: erase the upload, its text and the intermediate stages, keep the report for its page. */
    boolean delivered(String id, Instant now) {
        boolean erased = jdbc.sql("update assessment set state = ?, delivered_at = ?, updated_at = ?, content = null, "
                + erased(StageOutput.DOCUMENT, StageOutput.PROFILE, StageOutput.SCORED) + " where id = ? and state = ?")
                .params(AssessmentState.DELIVERED.name(), Timestamp.from(now), Timestamp.from(now), id,
                        AssessmentState.REPORTED.name())
                .update() == 1;
        if (erased) {
            erasures.set();
        }
        return erased;
    }

    /** A refused upload is of no further use: erase it. */
    void eraseUpload(String id) {
        jdbc.sql("update assessment set content = null, " + erased(StageOutput.DOCUMENT) + " where id = ?").param(id)
                .update();
        erasures.set();
    }

    /** An end without a report to show: the upload, its text, every stage output and the report go. */
    void eraseAll(String id) {
        jdbc.sql("update assessment set content = null, " + erased(StageOutput.ALL.toArray(StageOutput<?>[]::new))
                + " where id = ?").param(id).update();
        erasures.set();
    }

    private static String erased(StageOutput<?>... outputs) {
        return Arrays.stream(outputs).map(o -> o.column() + " = null")
                .collect(Collectors.joining(", "));
    }

    /** The language the report is written in, once the CV's own is known (it replaces "auto"). */
    void resolveLanguage(String id, String language) {
        jdbc.sql("update assessment set language = ? where id = ?").params(language, id).update();
    }

    String pageLanguage(String id) {
        return jdbc.sql("select page_language from assessment where id = ?").param(id).query(String.class).single();
    }

    /** Written once the text is known; unlike the text, it is kept until the assessment is erased. */
    void recordContentHash(String id, String hash) {
        jdbc.sql("update assessment set content_hash = ? where id = ?").params(hash, id).update();
    }

    Optional<String> contentHash(String id) {
        return jdbc.sql("select content_hash from assessment where id = ?").param(id)
                .query((rs, n) -> rs.getString(1)).optional().filter(s -> s != null);
    }

    /** Stages waiting to run for this assessment (a running one is left to find its row gone). */
    void deletePendingStages(String id) {
        jdbc.sql("delete from scheduled_tasks where task_instance = ? and picked = false").param(id).update();
    }

    boolean delete(String id) {
        boolean erased = jdbc.sql("delete from assessment where id = ?").param(id).update() == 1;
        if (erased) {
            erasures.set();
        }
        return erased;
    }

    private Assessment assessment(ResultSet rs, int row) throws SQLException {
        AssessmentState state = AssessmentState.valueOf(rs.getString("state"));
        Stage next = Stage.after(state);
        return new Assessment(rs.getString("id"), state,
                next == null ? null : next.name().toLowerCase(java.util.Locale.ROOT),
                rs.getString("error_code"), rs.getString("error_message"), rs.getString("language"),
                rs.getString("report_token"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** A file, or a LinkedIn profile address when {@code content} is null. */
    record Upload(String fileName, byte[] content, String linkedinUrl) {
    }
}
