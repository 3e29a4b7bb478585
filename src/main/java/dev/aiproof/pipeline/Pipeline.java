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

import dev.aiproof.delivery.MailRejectedException;
import dev.aiproof.delivery.Mailer;
import dev.aiproof.extraction.ExtractedDocument;
import dev.aiproof.extraction.ExtractionException;
import dev.aiproof.extraction.ExtractionProperties;
import dev.aiproof.extraction.Extractor;
import dev.aiproof.linkedin.ProfileFetch;
import dev.aiproof.linkedin.ProfileFetcher;
import dev.aiproof.linkedin.ProfileUrl;
import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.profiling.Profiler;
import dev.aiproof.report.Report;
import dev.aiproof.report.ReportBuilder;
import dev.aiproof.scoring.ExposureAssessment;
import dev.aiproof.scoring.Scorer;
import dev.aiproof.taxonomy.Language;
import tools.jackson.databind.json.JsonMapper;

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
    private final Extractor extractor;
    private final ProfileFetcher linkedin;
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
    private final long maxMegabytes;

    Pipeline(AssessmentRepository assessments, Extractor extractor, ProfileFetcher linkedin, Profiler profiler, Scorer scorer,
             ReportBuilder reports, Mailer mailer, JsonMapper json, TransactionTemplate transaction,
             ObjectProvider<SchedulerClient> scheduler, Erasure erasure, PipelineProperties properties,
             RetentionProperties retention, MessageSource messages, ExtractionProperties limits) {
        this.assessments = assessments;
        this.extractor = extractor;
        this.linkedin = linkedin;
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
        this.maxMegabytes = limits.maxMegabytes();
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
        return assessments.json(id, "report").map(text -> json.readValue(text, Report.class));
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
            case EXTRACT -> extract(id);
            case PROFILE -> advance(stage, id, "profile", profiler.profile(read(id, "document", ExtractedDocument.class)));
            case SCORE -> advance(stage, id, "scored", scorer.score(read(id, "profile", CareerProfile.class),
                    ReportLanguage.of(assessment.language())));
            case REPORT -> advance(stage, id, "report", reports.build(id, read(id, "profile", CareerProfile.class),
                    read(id, "scored", ExposureAssessment.class)));
            case DELIVER -> deliver(assessment);
            case NOTIFY_REJECTION -> notice(id, () -> mailer.sendRejection(id, assessments.email(id), assessment.errorCode(),
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

    private void extract(String id) {
        Assessment assessment = assessments.find(id).orElseThrow();
        Language notices = noticeLanguage(assessment);
        AssessmentRepository.Upload upload = assessments.upload(id).orElseThrow();
        String fileName = upload.fileName();
        byte[] content = upload.content();
        if (content == null) {
            ProfileUrl profile = ProfileUrl.parse(upload.linkedinUrl()).orElseThrow();
            switch (linkedin.fetch(profile)) {
                case ProfileFetch.NeedsDocument(String reason) -> {
                    log.info("assessment {}: LinkedIn profile not readable ({})", id, reason);
                    stop(id, AssessmentState.NEEDS_DOCUMENT, "LINKEDIN_NEEDS_PDF",
                            say(notices, "error.LINKEDIN_NEEDS_PDF"), Stage.REQUEST_DOCUMENT);
                    return;
                }
                case ProfileFetch.Page(byte[] html) -> {
                    fileName = "linkedin-profile.html";
                    content = html;
                }
            }
        }
        ExtractedDocument document;
        try {
            document = extractor.extract(fileName, content);
        } catch (ExtractionException e) {
            stop(id, AssessmentState.REJECTED, e.error().name(), say(notices, e.messageKey(),
                    e.arguments().length > 0 ? e.arguments() : new Object[] {maxMegabytes}), Stage.NOTIFY_REJECTION);
            return;
        }
        if (ReportLanguage.AUTO.equals(assessment.language())) {
            assessments.resolveLanguage(id, ReportLanguage.resolve(assessment.language(), document, notices).code());
        }
        advance(Stage.EXTRACT, id, "document", document);
        assessments.recordContentHash(id, document.contentHash());
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

    private void advance(Stage stage, String id, String column, Object output) {
        String text = json.writeValueAsString(output);
        transaction.executeWithoutResult(status -> {
            if (assessments.advance(id, stage.from, stage.to, column, text, Instant.now())) {
                Stage next = Stage.after(stage.to);
                if (next != null) {
                    schedule(next, id);
                }
            }
        });
    }

    private <T> T read(String id, String column, Class<T> type) {
        return json.readValue(assessments.json(id, column).orElseThrow(), type);
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
