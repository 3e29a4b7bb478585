package dev.aiproof.intake;

import java.util.Locale;

import dev.aiproof.taxonomy.Language;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.aiproof.pipeline.Assessment;
import dev.aiproof.pipeline.AssessmentState;
import dev.aiproof.pipeline.Pipeline;
import dev.aiproof.pipeline.Submission;
import dev.aiproof.report.Report;

/** The REST contract of DESIGN.md. Errors are problem+json with a {@code code}, see {@link ApiErrors}. */
@RestController
@RequestMapping("/api")
class AssessmentApi {

    private final Pipeline pipeline;
    private final SubmissionValidator validator;
    private final OccupationCatalogue occupations;
    private final SubmissionLimits limits;

    AssessmentApi(Pipeline pipeline, SubmissionValidator validator, OccupationCatalogue occupations,
                  SubmissionLimits limits) {
        this.pipeline = pipeline;
        this.validator = validator;
        this.occupations = occupations;
        this.limits = limits;
    }

    /** {@code consent} must be exactly {@code true}: Spring would bind yes, on and 1 to a Boolean as well. */
    @PostMapping(path = "/assessments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Accepted> submit(@RequestParam(required = false) MultipartFile file,
                                    @RequestParam(required = false) String linkedinUrl,
                                    @RequestParam(required = false) String email,
                                    @RequestParam(required = false) String consent,
                                    @RequestParam(required = false) String language, Locale locale,
                                    HttpServletRequest request) {
        limits.admitClient(request.getRemoteAddr());
        Submission submission = validator.validate(file, linkedinUrl, email, "true".equals(consent), language,
                Language.of(locale));
        limits.admitAddress(submission.email());
        Assessment assessment = pipeline.submit(submission);
        String statusUrl = "/api/assessments/" + assessment.id();
        return ResponseEntity.accepted().location(URI.create(statusUrl))
                .body(new Accepted(assessment.id(), statusUrl, assessment.state()));
    }

    @GetMapping("/assessments/{id}")
    Status status(@PathVariable String id) {
        Assessment a = pipeline.find(id).orElseThrow(AssessmentApi::notFound);
        Error error = a.errorCode() == null ? null : new Error(a.errorCode(), a.errorMessage());
        boolean ready = a.state() == AssessmentState.REPORTED || a.state() == AssessmentState.DELIVERED;
        return new Status(a.id(), a.state(), a.stage(), a.language(), error, ready ? "/api/assessments/" + id + "/report" : null,
                ready ? pipeline.reportUrl(a.reportToken()) : null);
    }

    @GetMapping("/assessments/{id}/report")
    Report report(@PathVariable String id) {
        pipeline.find(id).orElseThrow(AssessmentApi::notFound);
        return pipeline.report(id).orElseThrow(() -> new IntakeException("REPORT_NOT_READY", HttpStatus.CONFLICT));
    }

    @DeleteMapping("/assessments/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!pipeline.delete(id)) {
            throw notFound();
        }
        return ResponseEntity.noContent().build();
    }

    /** Titles follow Accept-Language (English unless it asks for Norwegian). */
    @GetMapping("/occupations")
    List<OccupationCatalogue.Entry> occupations(Locale locale) {
        return occupations.entries(Language.of(locale));
    }

    private static IntakeException notFound() {
        return new IntakeException("NOT_FOUND", HttpStatus.NOT_FOUND);
    }

    record Accepted(String id, String statusUrl, AssessmentState state) {
    }

    /** {@code language}: auto until the CV is read, then the language the report is written in (en or nb). */
    record Status(String id, AssessmentState state, String stage, String language, Error error, String reportUrl,
                  String reportPage) {
    }

    record Error(String code, String message) {
    }
}
