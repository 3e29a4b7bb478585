package dev.aiproof.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link AssessmentRepository} against H2 in the service's PostgreSQL mode with every Flyway migration applied, in
 * a JDBC slice (no pipeline, no web, no scheduler); each test runs in a transaction that is rolled back. Rows are
 * written through the repository and read back through it, and what it erases is checked in the table itself.
 */
@JdbcTest(properties = "spring.datasource.url=jdbc:h2:mem:assessment-repository;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({AssessmentRepository.class, ErasureMark.class})
class AssessmentRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:30.123Z");

    @Autowired
    AssessmentRepository assessments;
    @Autowired
    ErasureMark erasures;
    @Autowired
    JdbcClient jdbc;

    /** The mark starts set (V8: what was erased before it existed leaves the file once); clear it to see each write. */
    @BeforeEach
    void clearTheErasureMark() {
        erasures.claim();
        assertThat(erasures.isSet()).isFalse();
    }

    @Test
    void anInsertedUploadReadsBackWhole() {
        byte[] cv = "Sykepleier\nOslo universitetssykehus 2015 – nå".getBytes();
        assessments.insert("a1", "token-a1", new Submission("kari-cv.txt", cv, null, "kari@example.com", "auto", "nb"),
                "https://aiproof.example", NOW);

        Assessment read = assessments.find("a1").orElseThrow();
        assertThat(read.id()).isEqualTo("a1");
        assertThat(read.state()).isEqualTo(AssessmentState.RECEIVED);
        assertThat(read.stage()).isEqualTo("extract");
        assertThat(read.language()).isEqualTo("auto");
        assertThat(read.reportToken()).isEqualTo("token-a1");
        assertThat(read.errorCode()).isNull();
        assertThat(read.createdAt()).isEqualTo(NOW);
        assertThat(read.updatedAt()).isEqualTo(NOW);
        assertThat(assessments.findByReportToken("token-a1")).contains(read);

        AssessmentRepository.Upload upload = assessments.upload("a1").orElseThrow();
        assertThat(upload.fileName()).isEqualTo("kari-cv.txt");
        assertThat(upload.content()).isEqualTo(cv);
        assertThat(upload.linkedinUrl()).isNull();
        assertThat(assessments.email("a1")).isEqualTo("kari@example.com");
        assertThat(assessments.pageLanguage("a1")).isEqualTo("nb");
        assertThat(assessments.baseUrl("token-a1")).contains("https://aiproof.example");
        assertThat(erasures.isSet()).isFalse();
    }

    @Test
    void aLinkedInSubmissionHasAnAddressAndNoContent() {
        assessments.insert("a2", "token-a2",
                new Submission(null, null, "https://www.linkedin.com/in/kari", "kari@example.com",
                        "en", "en"),
                null, NOW);
        AssessmentRepository.Upload upload = assessments.upload("a2").orElseThrow();
        assertThat(upload.content()).isNull();
        assertThat(upload.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/kari");
        assertThat(assessments.baseUrl("token-a2")).isEmpty();
    }

    @Test
    void nothingIsFoundForAnUnknownIdOrToken() {
        assertThat(assessments.find("nope")).isEmpty();
        assertThat(assessments.findByReportToken("nope")).isEmpty();
        assertThat(assessments.upload("nope")).isEmpty();
        assertThat(assessments.email("nope")).isNull();
        assertThat(assessments.json("nope", StageOutput.REPORT)).isEmpty();
        assertThat(assessments.delete("nope")).isFalse();
        assertThat(erasures.isSet()).isFalse();
    }

    /** A stage moves its row on only from the state it expects: a second run of the same stage changes nothing. */
    @Test
    void aStageAdvancesOnceAndStoresItsOutputWithTheState() {
        insert("a3", NOW);
        Instant later = NOW.plusSeconds(5);
        assertThat(assessments.advance("a3", AssessmentState.RECEIVED, AssessmentState.EXTRACTED, StageOutput.DOCUMENT,
                "{\"text\":\"first\"}", later)).isTrue();
        assertThat(assessments.advance("a3", AssessmentState.RECEIVED, AssessmentState.EXTRACTED, StageOutput.DOCUMENT,
                "{\"text\":\"second\"}", later.plusSeconds(1))).isFalse();

        Assessment read = assessments.find("a3").orElseThrow();
        assertThat(read.state()).isEqualTo(AssessmentState.EXTRACTED);
        assertThat(read.stage()).isEqualTo("profile");
        assertThat(read.updatedAt()).isEqualTo(later);
        assertThat(assessments.json("a3", StageOutput.DOCUMENT)).contains("{\"text\":\"first\"}");
        assertThat(assessments.json("a3", StageOutput.PROFILE)).isEmpty();
    }

    /** Column names come only from {@link StageOutput}; each of them is a column of its own that a stage can fill. */
    @Test
    void everyStageOutputIsStoredInItsOwnColumn() {
        insert("a4", NOW);
        AssessmentState[] states = {AssessmentState.RECEIVED, AssessmentState.EXTRACTED, AssessmentState.PROFILED,
                AssessmentState.SCORED, AssessmentState.REPORTED};
        for (int i = 0; i < StageOutput.ALL.size(); i++) {
            assertThat(assessments.advance("a4", states[i], states[i + 1], StageOutput.ALL.get(i), "{\"n\":" + i + "}",
                    NOW))
                    .isTrue();
        }
        for (int i = 0; i < StageOutput.ALL.size(); i++) {
            assertThat(assessments.json("a4", StageOutput.ALL.get(i))).contains("{\"n\":" + i + "}");
        }
        assertThat(StageOutput.ALL).extracting(StageOutput::column).doesNotHaveDuplicates();
    }

    @Test
    void anEndKeepsItsCodeAndMessageAndHasNoStage() {
        insert("a5", NOW);
        assertThat(assessments.finish("a5", AssessmentState.EXTRACTED, AssessmentState.REJECTED, "NOT_A_CV", "No CV",
                NOW)).isFalse();
        assertThat(assessments.finish("a5", AssessmentState.RECEIVED, AssessmentState.REJECTED, "NOT_A_CV",
                "This doesn’t look like a CV.", NOW.plusSeconds(2))).isTrue();
        Assessment read = assessments.find("a5").orElseThrow();
        assertThat(read.state()).isEqualTo(AssessmentState.REJECTED);
        assertThat(read.stage()).isNull();
        assertThat(read.errorCode()).isEqualTo("NOT_A_CV");
        assertThat(read.errorMessage()).isEqualTo("This doesn’t look like a CV.");
    }

    /** Delivery erases the upload and every intermediate stage, keeps the report for its page, and marks the erasure. */
    @Test
    void deliveryErasesTheCvAndKeepsTheReport() {
        insert("a6", NOW);
        assessments.advance("a6", AssessmentState.RECEIVED, AssessmentState.EXTRACTED, StageOutput.DOCUMENT,
                "{\"d\":1}", NOW);
        assessments.advance("a6", AssessmentState.EXTRACTED, AssessmentState.PROFILED, StageOutput.PROFILE, "{\"p\":1}",
                NOW);
        assessments.advance("a6", AssessmentState.PROFILED, AssessmentState.SCORED, StageOutput.SCORED, "{\"s\":1}",
                NOW);
        assertThat(assessments.delivered("a6", NOW)).as("not yet reported").isFalse();
        assertThat(erasures.isSet()).isFalse();
        assessments.advance("a6", AssessmentState.SCORED, AssessmentState.REPORTED, StageOutput.REPORT, "{\"r\":1}",
                NOW);

        assertThat(assessments.delivered("a6", NOW.plusSeconds(60))).isTrue();
        assertThat(assessments.find("a6").orElseThrow().state()).isEqualTo(AssessmentState.DELIVERED);
        Map<String, Object> row = row("a6");
        assertThat(row.get("content")).isNull();
        assertThat(row.get("document")).isNull();
        assertThat(row.get("profile")).isNull();
        assertThat(row.get("scored")).isNull();
        assertThat(jdbc.sql("select delivered_at from assessment where id = 'a6'")
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).single()).isEqualTo(NOW.plusSeconds(60));
        assertThat(assessments.json("a6", StageOutput.REPORT)).contains("{\"r\":1}");
        assertThat(erasures.isSet()).isTrue();
        assertThat(assessments.delivered("a6", NOW)).as("delivered once").isFalse();
    }

    @Test
    void aRefusedUploadAndAFailureEraseWhatTheyNoLongerNeed() {
        insert("a7", NOW);
        assessments.advance("a7", AssessmentState.RECEIVED, AssessmentState.EXTRACTED, StageOutput.DOCUMENT,
                "{\"d\":1}", NOW);
        assessments.eraseUpload("a7");
        assertThat(row("a7").get("content")).isNull();
        assertThat(row("a7").get("document")).isNull();
        assertThat(erasures.isSet()).isTrue();

        erasures.claim();
        insert("a8", NOW);
        assessments.advance("a8", AssessmentState.RECEIVED, AssessmentState.EXTRACTED, StageOutput.DOCUMENT,
                "{\"d\":1}", NOW);
        assessments.advance("a8", AssessmentState.EXTRACTED, AssessmentState.PROFILED, StageOutput.PROFILE, "{\"p\":1}",
                NOW);
        assessments.eraseAll("a8");
        Map<String, Object> row = row("a8");
        assertThat(row).containsEntry("content", null).containsEntry("document", null).containsEntry("profile", null)
                .containsEntry("scored", null).containsEntry("report", null);
        assertThat(row.get("email")).isEqualTo("kari@example.com");
        assertThat(erasures.isSet()).isTrue();
    }

    /** The retention sweep's reads and writes: only ended rows older than the cutoff, oldest first, at most a batch. */
    @Test
    void retentionFindsAndErasesOnlyEndedAssessmentsPastTheCutoff() {
        insert("old-rejected", NOW.minus(Duration.ofDays(40)));
        assessments.finish("old-rejected", AssessmentState.RECEIVED, AssessmentState.REJECTED, "NOT_A_CV", "x",
                NOW.minus(Duration.ofDays(40)));
        insert("older-failed", NOW.minus(Duration.ofDays(50)));
        assessments.finish("older-failed", AssessmentState.RECEIVED, AssessmentState.FAILED, "PROCESSING_FAILED", "x",
                NOW.minus(Duration.ofDays(45)));
        insert("old-running", NOW.minus(Duration.ofDays(60)));
        insert("recent-rejected", NOW.minus(Duration.ofDays(1)));
        assessments.finish("recent-rejected", AssessmentState.RECEIVED, AssessmentState.REJECTED, "NOT_A_CV", "x",
                NOW.minus(Duration.ofDays(1)));
        Instant cutoff = NOW.minus(Duration.ofDays(30));

        assertThat(assessments.endedBefore(cutoff, 10)).containsExactly("older-failed", "old-rejected");
        assertThat(assessments.endedBefore(cutoff, 1)).containsExactly("older-failed");
        assertThat(erasures.isSet()).isFalse();

        assertThat(assessments.eraseAddressesEndedBefore(cutoff)).isEqualTo(2);
        assertThat(assessments.email("older-failed")).isNull();
        assertThat(assessments.email("old-rejected")).isNull();
        assertThat(assessments.email("old-running")).isEqualTo("kari@example.com");
        assertThat(assessments.email("recent-rejected")).isEqualTo("kari@example.com");
        assertThat(erasures.isSet()).isTrue();

        erasures.claim();
        assertThat(assessments.eraseAddressesEndedBefore(cutoff)).as("already erased").isZero();
        assertThat(erasures.isSet()).as("nothing erased, nothing to compact").isFalse();
    }

    @Test
    void theLanguageAndContentHashAreRecorded() {
        insert("a9", NOW);
        assertThat(assessments.contentHash("a9")).isEmpty();
        assessments.recordContentHash("a9", "c0ffee");
        assessments.resolveLanguage("a9", "nb");
        assertThat(assessments.contentHash("a9")).contains("c0ffee");
        assertThat(assessments.find("a9").orElseThrow().language()).isEqualTo("nb");
    }

    /** Waiting stages of the assessment go; a running one is left to find its row gone; other assessments' stay. */
    @Test
    void onlyTheWaitingStagesOfTheAssessmentAreDeleted() {
        task("assessment-profile", "a10", false);
        task("assessment-deliver", "a10", true);
        task("assessment-profile", "a11", false);
        assessments.deletePendingStages("a10");
        assertThat(
                jdbc.sql("select task_name || ':' || task_instance from scheduled_tasks order by 1").query(String.class)
                        .list())
                .containsExactly("assessment-deliver:a10", "assessment-profile:a11");
    }

    @Test
    void aDeletedAssessmentIsGoneAndTheErasureMarked() {
        insert("a12", NOW);
        assertThat(assessments.delete("a12")).isTrue();
        assertThat(assessments.find("a12")).isEmpty();
        assertThat(jdbc.sql("select count(*) from assessment where id = 'a12'").query(Integer.class).single()).isZero();
        assertThat(erasures.isSet()).isTrue();
        assertThat(assessments.delete("a12")).isFalse();
    }

    private void insert(String id, Instant at) {
        assessments.insert(id, "token-" + id, new Submission("cv.txt", "Software Engineer".getBytes(), null,
                "kari@example.com", "en", "en"), null, at);
    }

    private Map<String, Object> row(String id) {
        return jdbc.sql("select * from assessment where id = ?").param(id).query().singleRow();
    }

    private void task(String name, String instance, boolean picked) {
        jdbc.sql(
                "insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version) values (?, ?, ?, ?, 1)")
                .params(name, instance, Timestamp.from(NOW.truncatedTo(ChronoUnit.SECONDS)), picked).update();
    }
}
