package dev.aiproof.pipeline;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.delivery.MailRejectedException;
import dev.aiproof.delivery.Mailer;
import dev.aiproof.extraction.ExtractedDocument;
import dev.aiproof.profiling.Profiler;
import dev.aiproof.report.Report;
import dev.aiproof.report.ReportBuilder;
import dev.aiproof.scoring.Scorer;
import dev.aiproof.taxonomy.Language;

/**
 * The whole journey of a CV: submit → extract → profile → score → report → deliver.
 *
 * <p>A submission is stored and its first stage scheduled in one transaction. Each stage runs as a durable
 * db-scheduler task: it reads the previous stage's output from the database, does its work, and in one
 * transaction stores its output, advances the state and schedules the next stage. A stage whose state has
 * already moved on does nothing, so a replay after a crash is harmless. Failures are retried with backoff
 * by {@link StageTasks}.
 */
@Service
public class Pipeline {

    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AssessmentRepository assessments;
    private final ExtractStage extractStage;
    private final Profiler profiler;
    private final Scorer scorer;
    private final ReportBuilder reports;
    private final Mailer mailer;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final Erasure erasure;
    private final PipelineProperties properties;
    private final RetentionProperties retention;
    private final MessageSource messages;

    Pipeline(AssessmentRepository assessments, ExtractStage extractStage, Profiler profiler, Scorer scorer,
            ReportBuilder reports, Mailer mailer, JsonMapper json, TransactionTemplate transaction,
            ObjectProvider<SchedulerClient> scheduler, Erasure erasure, PipelineProperties properties,
            RetentionProperties retention, MessageSource messages) {
        this.assessments = assessments;
        this.extractStage = extractStage;
        this.profiler = profiler;
        this.scorer = scorer;
        this.reports = reports;
        this.mailer = mailer;
        this.json = json;
        this.transaction = transaction;
        this.scheduler = scheduler;
        this.erasure = erasure;
        this.properties = properties;
        this.retention = retention;
        this.messages = messages;
    }

    /**
     * Stores the submission and schedules its first stage, atomically. Called on the thread of the request that
     * submitted it, it records the address that request came to, where its emailed links lead when
     * {@code aiproof.pipeline.public-url} is unset.
     */
    public Assessment submit(Submission submission) {
        String baseUrl = LinkBase.ofCurrentRequest();
        String id = UUID.randomUUID().toString();
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        String reportToken = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        transaction.executeWithoutResult(status -> {
            assessments.insert(id, reportToken, submission, baseUrl, Instant.now());
            schedule(Stage.EXTRACT, id);
        });
        log.info("assessment {} received", id);
        return assessments.find(id).orElseThrow();
    }

    public Optional<Assessment> find(String id) {
        return assessments.find(id);
    }

    public Optional<Assessment> findByReportToken(String token) {
        return assessments.findByReportToken(token);
    }

    /** The finished report, once there is one. */
    public Optional<Report> report(String id) {
        return assessments.json(id, StageOutput.REPORT).map(text -> json.readValue(text, Report.class));
    }

    /**
     * Erases everything stored about an assessment, its cached LLM profile included. Pending stages are cancelled;
     * a stage already running finds the row gone and stops without writing anything.
     */
    public boolean delete(String id) {
        return erasure.erase(id);
    }

    /** Runs one stage for one assessment; called by the stage's durable task. */
    void run(Stage stage, String id) {
        Assessment assessment = assessments.find(id).orElse(null);
        if (assessment == null || assessment.state() != stage.from) {
            return; // erased, or this stage already ran: a replay is a no-op
        }
        try {
            runStage(stage, assessment);
        } catch (RuntimeException e) {
            if (assessments.find(id).isEmpty()) {
                erasure.eraseEmails(id);
                return; // erased while the stage ran: nothing left to do
            }
            throw e;
        }
        if (stage.sendsEmail() && assessments.find(id).isEmpty()) {
            erasure.eraseEmails(id); // erased while its email was being written to the outbox
            return;
        }
        log.info("assessment {} stage {} done", id, stage);
    }

    private void runStage(Stage stage, Assessment assessment) {
        String id = assessment.id();
        switch (stage) {
            case EXTRACT -> extract(assessment);
            case PROFILE -> advance(stage, id, StageOutput.PROFILE, profiler.profile(read(id, StageOutput.DOCUMENT)));
            case SCORE -> advance(stage, id, StageOutput.SCORED, scorer.score(read(id, StageOutput.PROFILE),
                    ReportLanguage.of(assessment.language())));
            case REPORT -> advance(stage, id, StageOutput.REPORT, reports.build(id, read(id, StageOutput.PROFILE),
                    read(id, StageOutput.SCORED)));
            case DELIVER -> deliver(assessment);
            case NOTIFY_REJECTION ->
                notice(id, () -> mailer.sendRejection(id, assessments.email(id), assessment.errorCode(),
                        assessment.errorMessage(), noticeLanguage(assessment), eraseUrl(assessment.reportToken())));
            case REQUEST_DOCUMENT -> notice(id, () -> mailer.sendDocumentRequest(id, assessments.email(id),
                    assessment.errorMessage(), noticeLanguage(assessment), eraseUrl(assessment.reportToken())));
        }
    }

    /** A notice the mail server refuses for good is given up: the assessment has ended already. */
    private static void notice(String id, Runnable send) {
        try {
            send.run();
        } catch (MailRejectedException e) {
            log.warn("assessment {}: notice not sent, {}", id, e.getMessage());
        }
    }

    /**
     * Retries are exhausted. The person is told to send the CV again, so nothing of it is worth keeping: the state,
     * the stage and the reason stay for an operator, the CV and everything made from it go.
     */
    void fail(Stage stage, String id, Throwable cause) {
        String reason = cause == null ? "unknown" : cause.getClass().getSimpleName();
        Locale locale = assessments.find(id).map(this::noticeLanguage).orElse(Language.EN).locale();
        String stageName = messages.getMessage("stage." + stage.name().toLowerCase(Locale.ROOT), null, locale);
        if (assessments.finish(id, stage.from, AssessmentState.FAILED, "PROCESSING_FAILED",
                messages.getMessage("error.PROCESSING_FAILED", new Object[] {stageName}, locale), Instant.now())) {
            assessments.eraseAll(id);
        }
        log.error("assessment {} FAILED at {} after retries: {}", id, stage, reason);
    }

    /**
     * The language the person reads about this assessment in: the report's once the CV is read, else the one asked
     * for, else that of the pages they used (refusals, notices, the erasure pages).
     */
    public Language noticeLanguage(Assessment assessment) {
        return ReportLanguage.AUTO.equals(assessment.language())
                ? ReportLanguage.of(assessments.pageLanguage(assessment.id()))
                : ReportLanguage.of(assessment.language());
    }

    private String say(Language language, String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }

    private void extract(Assessment assessment) {
        String id = assessment.id();
        Language notices = noticeLanguage(assessment);
        switch (extractStage.run(id, assessments.upload(id).orElseThrow(), notices)) {
            case ExtractStage.Ended(AssessmentState end, String code, String message, Stage notice) ->
                stop(id, end, code, message, notice);
            case ExtractStage.Extracted(ExtractedDocument document) -> {
                if (ReportLanguage.AUTO.equals(assessment.language())) {
                    assessments.resolveLanguage(id,
                            ReportLanguage.resolve(assessment.language(), document, notices).code());
                }
                advance(Stage.EXTRACT, id, StageOutput.DOCUMENT, document);
                assessments.recordContentHash(id, document.contentHash());
            }
        }
    }

    /**
     * Ends the journey early, erases the upload and tells the person why. One that waits for a document is erased
     * altogether once its wait is over ({@link DocumentWait}).
     */
    private void stop(String id, AssessmentState end, String code, String message, Stage notify) {
        transaction.executeWithoutResult(status -> {
            if (assessments.finish(id, AssessmentState.RECEIVED, end, code, message, Instant.now())) {
                assessments.eraseUpload(id);
                schedule(notify, id);
                if (end == AssessmentState.NEEDS_DOCUMENT) {
                    DocumentWait.schedule(scheduler.getObject(), id, retention);
                }
            }
        });
        log.info("assessment {} ended early: {}", id, code);
    }

    private void deliver(Assessment assessment) {
        String id = assessment.id();
        Report report = report(id).orElseThrow();
        try {
            mailer.sendReport(assessments.email(id), report, reportUrl(assessment.reportToken()),
                    eraseUrl(assessment.reportToken()));
        } catch (MailRejectedException e) {
            // retrying cannot help: end now, and keep nothing of the CV (nor the report nobody can be sent)
            transaction.executeWithoutResult(status -> {
                if (assessments.finish(id, AssessmentState.REPORTED, AssessmentState.FAILED, "MAIL_REJECTED",
                        say(noticeLanguage(assessment), "error.MAIL_REJECTED"), Instant.now())) {
                    assessments.eraseAll(id);
                }
            });
            log.warn("assessment {} FAILED: MAIL_REJECTED ({})", id, e.getMessage());
            return;
        }
        assessments.delivered(id, Instant.now());
    }

    /** The report page's full address, as the email, the PDF and the API give it ({@link #linkBase}). */
    public String reportUrl(String reportToken) {
        return linkBase(reportToken) + "/reports/" + reportToken;
    }

    /** The "erase my data now" page that every email links to; the report token authorises it. */
    public String eraseUrl(String reportToken) {
        return linkBase(reportToken) + "/erase/" + reportToken;
    }

    /**
     * Where the links of an assessment start: {@code aiproof.pipeline.public-url} when set, else the address its
     * submission came to, else {@link LinkBase#FALLBACK}.
     */
    private String linkBase(String reportToken) {
        String configured = properties.publicUrl();
        return LinkBase.choose(configured, configured != null ? null : assessments.baseUrl(reportToken).orElse(null));
    }

    private <T> void advance(Stage stage, String id, StageOutput<T> output, T value) {
        String text = json.writeValueAsString(value);
        transaction.executeWithoutResult(status -> {
            if (assessments.advance(id, stage.from, stage.to, output, text, Instant.now())) {
                Stage next = Stage.after(stage.to);
                if (next != null) {
                    schedule(next, id);
                }
            }
        });
    }

    private <T> T read(String id, StageOutput<T> output) {
        return json.readValue(assessments.json(id, output).orElseThrow(), output.type());
    }

    private void schedule(Stage stage, String id) {
        SchedulerClient client = scheduler.getObject();
        client.scheduleIfNotExists(new TaskInstance<>(stage.taskName(), id, id), Instant.now());
        if (client instanceof Scheduler local && TransactionSynchronizationManager.isSynchronizationActive()) {
            // the scheduler's own wake-up fires before our commit, so it would wait a polling interval; wake it after
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    local.triggerCheckForDueExecutions();
                }
            });
        }
    }
}
