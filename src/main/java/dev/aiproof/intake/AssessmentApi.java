package dev.aiproof.intake;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.aiproof.pipeline.Assessment;
import dev.aiproof.pipeline.AssessmentState;
import dev.aiproof.pipeline.Pipeline;
import dev.aiproof.pipeline.Submission;
import dev.aiproof.report.Report;
import dev.aiproof.scoring.OccupationScore;
import dev.aiproof.taxonomy.Language;

/** The REST contract of DESIGN.md. Errors are problem+json with a {@code code}, see {@link ApiErrors}. */
@Tag(name = "assessments")
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
    @Operation(summary = "Submit a CV (or a LinkedIn profile address) for an assessment", description = "The report is emailed to `email` and shown on a private page; poll `statusUrl` until it is ready.")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "202", description = "Stored, and its first stage scheduled", headers = @Header(name = HttpHeaders.LOCATION, description = "The assessment's status URL", schema = @Schema(type = "string", format = "uri-reference")))
    @Problems({ProblemCode.EMAIL_REQUIRED, ProblemCode.EMAIL_INVALID, ProblemCode.CONSENT_REQUIRED,
            ProblemCode.LANGUAGE_UNSUPPORTED, ProblemCode.LINKEDIN_URL_INVALID, ProblemCode.FILE_REQUIRED,
            ProblemCode.UPLOAD_INCOMPLETE, ProblemCode.NO_TEXT, ProblemCode.TOO_LARGE, ProblemCode.RATE_LIMITED,
            ProblemCode.UNSUPPORTED_MEDIA_TYPE, ProblemCode.NOT_ACCEPTABLE})
    @PostMapping(path = "/assessments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = SubmissionForm.class)))
    ResponseEntity<Accepted> submit(@Parameter(hidden = true) @RequestParam(required = false) MultipartFile file,
            @Parameter(hidden = true) @RequestParam(required = false) String linkedinUrl,
            @Parameter(hidden = true) @RequestParam(required = false) String email,
            @Parameter(hidden = true) @RequestParam(required = false) String consent,
            @Parameter(hidden = true) @RequestParam(required = false) String language,
            @Parameter(hidden = true) Locale locale, HttpServletRequest request) {
        limits.admitClient(request.getRemoteAddr());
        Submission submission = validator.validate(file, linkedinUrl, email, "true".equals(consent), language,
                Language.of(locale));
        limits.admitAddress(submission.email());
        Assessment assessment = pipeline.submit(submission);
        String statusUrl = "/api/assessments/" + assessment.id();
        return ResponseEntity.accepted().location(URI.create(statusUrl))
                .body(new Accepted(assessment.id(), statusUrl, assessment.state()));
    }

    @Operation(summary = "An assessment's state, the stage it is at, and why it ended when it ended without a report")
    @Problems({ProblemCode.NOT_FOUND, ProblemCode.NOT_ACCEPTABLE})
    @GetMapping("/assessments/{id}")
    Status status(@PathVariable String id) {
        Assessment a = pipeline.find(id).orElseThrow(AssessmentApi::notFound);
        Error error = a.errorCode() == null ? null : new Error(a.errorCode(), a.errorMessage());
        boolean ready = a.state() == AssessmentState.REPORTED || a.state() == AssessmentState.DELIVERED;
        return new Status(a.id(), a.state(), a.stage(), a.language(), error,
                ready ? "/api/assessments/" + id + "/report" : null,
                ready ? pipeline.reportUrl(a.reportToken()) : null);
    }

    @Operation(summary = "The report as JSON (docs/report.schema.json), once the assessment is REPORTED or DELIVERED")
    @Problems({ProblemCode.NOT_FOUND, ProblemCode.REPORT_NOT_READY, ProblemCode.NOT_ACCEPTABLE})
    @GetMapping("/assessments/{id}/report")
    Report report(@PathVariable String id) {
        pipeline.find(id).orElseThrow(AssessmentApi::notFound);
        return pipeline.report(id).orElseThrow(() -> new IntakeException(ProblemCode.REPORT_NOT_READY));
    }

    @Operation(summary = "Erase the assessment and everything stored of it (CV, text, report, address)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "204", description = "Erased")
    @Problems(ProblemCode.NOT_FOUND)
    @DeleteMapping("/assessments/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!pipeline.delete(id)) {
            throw notFound();
        }
        return ResponseEntity.noContent().build();
    }

    /** Titles follow Accept-Language (English unless it asks for Norwegian). */
    @Operation(summary = "Every occupation of the taxonomy with the score of a typical mid-level worker in it", description = "Titles follow Accept-Language: Norwegian bokmål for no, nb or nn, else English.")
    @Problems(ProblemCode.NOT_ACCEPTABLE)
    @GetMapping("/occupations")
    List<OccupationScore> occupations(@Parameter(hidden = true) Locale locale) {
        return occupations.entries(Language.of(locale));
    }

    private static IntakeException notFound() {
        return new IntakeException(ProblemCode.NOT_FOUND);
    }

    record Accepted(String id, String statusUrl, AssessmentState state) {
    }

    /** The fields of {@link #submit} as the OpenAPI document describes them; the method binds each by its name. */
    @Schema(name = "SubmissionForm", requiredProperties = {"email",
            "consent"}, description = "A CV file, or a public LinkedIn profile address, and where the report goes")
    record SubmissionForm(
            @Schema(type = "string", format = "binary", description = "The CV: PDF, Word (DOCX/DOC), ODT, RTF, TXT, "
                    + "Markdown, HTML, JSON Resume or a LinkedIn data-export ZIP") String file,
            @Schema(description = "A public LinkedIn profile address, when no file is sent", example = "https://www.linkedin.com/in/your-name") String linkedinUrl,
            @Schema(format = "email", description = "Where the report is sent") String email,
            @Schema(allowableValues = "true", description = "Consent to processing the CV to write the report: "
                    + "exactly `true`") String consent,
            @Schema(allowableValues = {
                    "auto", "en", "nb"}, defaultValue = "auto", description = "The report's "
                            + "language: `auto` follows the CV") String language) {
    }

    /** {@code language}: auto until the CV is read, then the language the report is written in (en or nb). */
    record Status(String id, AssessmentState state, String stage, String language, Error error, String reportUrl,
            String reportPage) {
    }

    @Schema(description = "Why the assessment ended without a report: a stable code (an extraction refusal such as "
            + "UNSUPPORTED_FORMAT, NO_TEXT or NOT_A_CV, or LINKEDIN_NEEDS_PDF, PROCESSING_FAILED, MAIL_REJECTED) and "
            + "the sentence the person was told")
    record Error(String code, String message) {
    }
}
