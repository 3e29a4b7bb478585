package dev.aiproof.intake;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

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

    /** Spring MVC's refusals by status; any other 4xx is a BAD_REQUEST, anything else INTERNAL. */
    private static final Map<HttpStatus, String> FRAMEWORK_CODES = Map.of(
            HttpStatus.NOT_FOUND, "NOT_FOUND",
            HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
            HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE",
            HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE");

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** The detail is in the language of the request's Accept-Language (English unless it asks for Norwegian). */
    @ExceptionHandler(IntakeException.class)
    ResponseEntity<ProblemDetail> intake(IntakeException e, Locale locale, HttpServletRequest request) throws IntakeException {
        apiOnly(request, e);
        HttpHeaders headers = new HttpHeaders();
        if (e instanceof RateLimitedException limited) {
            headers.set(HttpHeaders.RETRY_AFTER, limited.retryAfter());
        }
        return problem(e.status(), e.code(), messages.getMessage(e.messageKey(), e.arguments(), locale), headers);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, Locale locale, HttpServletRequest request)
            throws MultipartException {
        apiOnly(request, e);
        return problem(HttpStatus.BAD_REQUEST, "UPLOAD_INCOMPLETE",
                messages.getMessage("error.UPLOAD_INCOMPLETE", null, locale), HttpHeaders.EMPTY);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale, HttpServletRequest request) throws Exception {
        apiOnly(request, e);
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(refusal.getStatusCode().value());
            String code = FRAMEWORK_CODES.getOrDefault(status, "BAD_REQUEST");
            String key = code.equals("NOT_FOUND") ? "error.NOT_FOUND.path" : "error." + code;
            return problem(status, code, messages.getMessage(key, null, locale), refusal.getHeaders());
        }
        log.error("unexpected API error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", messages.getMessage("error.INTERNAL", null, locale),
                HttpHeaders.EMPTY);
    }

    /** Rethrown, an exception goes on to Spring's default handling (and so to the error pages). */
    private static <E extends Exception> void apiOnly(HttpServletRequest request, E e) throws E {
        if (!request.getRequestURI().startsWith("/api/")) {
            throw e;
        }
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String message) {
        return problem(status, code, message, HttpHeaders.EMPTY);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String message, HttpHeaders headers) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setType(URI.create("https://aiproof.dev/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
