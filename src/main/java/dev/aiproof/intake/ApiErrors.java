package dev.aiproof.intake;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;

/**
 * Every API error as RFC 9457 problem+json with a stable {@code code} member: our refusals, and what Spring MVC
 * refuses before a controller runs (no such path 404, wrong method 405, wrong Accept 406, wrong content type 415,
 * unreadable request 400). Pages are not the API's business: their errors are passed on, by rethrowing, to Spring's
 * own handling and the error pages.
 */
@RestControllerAdvice
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** The detail is in the language of the request's Accept-Language (English unless it asks for Norwegian). */
    @ExceptionHandler(IntakeException.class)
    ResponseEntity<ProblemDetail> intake(IntakeException e, Locale locale, HttpServletRequest request)
            throws IntakeException {
        apiOnly(request, e);
        HttpHeaders headers = new HttpHeaders();
        if (e instanceof RateLimitedException limited) {
            headers.set(HttpHeaders.RETRY_AFTER, limited.retryAfter());
        }
        return problem(e.problemCode(), messages.getMessage(e.messageKey(), e.arguments(), locale), headers);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, Locale locale, HttpServletRequest request)
            throws MultipartException {
        apiOnly(request, e);
        return problem(ProblemCode.UPLOAD_INCOMPLETE, messages.getMessage("error.UPLOAD_INCOMPLETE", null, locale),
                HttpHeaders.EMPTY);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale, HttpServletRequest request) throws Exception {
        apiOnly(request, e);
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(refusal.getStatusCode().value());
            ProblemCode code = ProblemCode.ofFrameworkRefusal(status);
            String key = code == ProblemCode.NOT_FOUND ? "error.NOT_FOUND.path" : "error." + code.name();
            // the status Spring chose, which for BAD_REQUEST may be another 4xx
            return problem(status, code, messages.getMessage(key, null, locale), refusal.getHeaders());
        }
        log.error("unexpected API error", e);
        return problem(ProblemCode.INTERNAL, messages.getMessage("error.INTERNAL", null, locale), HttpHeaders.EMPTY);
    }

    /** Rethrown, an exception goes on to Spring's default handling (and so to the error pages). */
    private static <E extends Exception> void apiOnly(HttpServletRequest request, E e) throws E {
        if (!request.getRequestURI().startsWith("/api/")) {
            throw e;
        }
    }

    static ResponseEntity<ProblemDetail> problem(ProblemCode code, String message) {
        return problem(code, message, HttpHeaders.EMPTY);
    }

    static ResponseEntity<ProblemDetail> problem(ProblemCode code, String message, HttpHeaders headers) {
        return problem(code.status(), code, message, headers);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, ProblemCode code, String message,
            HttpHeaders headers) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setType(type(code));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code.name());
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The problem's {@code type}: one URI per code. */
    static URI type(ProblemCode code) {
        return URI.create("https://aiproof.dev/problems/" + code.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
