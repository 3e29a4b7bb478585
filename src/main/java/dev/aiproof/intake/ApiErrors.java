package dev.aiproof.intake;

import java.util.Locale;

import org.springframework.context.MessageSource;
import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;

import dev.aiproof.extraction.ExtractionError;

/** Every API error as RFC 9457 problem+json with a stable {@code code} member. */
@RestControllerAdvice(assignableTypes = AssessmentApi.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** The detail is in the language of the request's Accept-Language (English unless it asks for Norwegian). */
    @ExceptionHandler(IntakeException.class)
    ResponseEntity<ProblemDetail> intake(IntakeException e, Locale locale) {
        return problem(e.status(), e.code(), messages.getMessage(e.messageKey(), e.arguments(), locale));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "UPLOAD_INCOMPLETE",
                messages.getMessage("error.UPLOAD_INCOMPLETE", null, locale));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
        log.error("unexpected API error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", messages.getMessage("error.INTERNAL", null, locale));
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setType(URI.create("https://aiproof.dev/problems/" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
