package dev.aiproof.intake;

import org.springframework.http.HttpStatus;

import dev.aiproof.extraction.ExtractionError;

/**
 * Every stable {@code code} an API problem (RFC 9457 problem+json) carries, with the status it always comes with.
 * The sentence a person reads is the message {@code error.CODE} (or a {@code .detail} of it); the OpenAPI document
 * lists every code ({@link ApiDocumentation}), and each operation names its own with {@link Problems}.
 * {@link #NO_TEXT} and {@link #TOO_LARGE} are the {@link ExtractionError}s of the same name, found at the door.
 */
enum ProblemCode {
    EMAIL_REQUIRED(HttpStatus.BAD_REQUEST),
    EMAIL_INVALID(HttpStatus.BAD_REQUEST),
    CONSENT_REQUIRED(HttpStatus.BAD_REQUEST),
    LANGUAGE_UNSUPPORTED(HttpStatus.BAD_REQUEST),
    LINKEDIN_URL_INVALID(HttpStatus.BAD_REQUEST),
    FILE_REQUIRED(HttpStatus.BAD_REQUEST),
    /** The multipart body could not be read to its end. */
    UPLOAD_INCOMPLETE(HttpStatus.BAD_REQUEST),
    /** An empty file (the CV's own contents are judged later, by extraction). */
    NO_TEXT(HttpStatus.UNPROCESSABLE_CONTENT),
    TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS),
    /** No assessment with that id; also what Spring MVC answers for a path the API does not have. */
    NOT_FOUND(HttpStatus.NOT_FOUND),
    REPORT_NOT_READY(HttpStatus.CONFLICT),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** Any other request Spring MVC refuses before a controller runs. */
    BAD_REQUEST(HttpStatus.BAD_REQUEST),
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR);

    private final HttpStatus status;

    ProblemCode(HttpStatus status) {
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    /** The code of a refusal Spring MVC makes itself (no such path, wrong method, Accept or content type, …). */
    static ProblemCode ofFrameworkRefusal(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> NOT_FOUND;
            case METHOD_NOT_ALLOWED -> METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> NOT_ACCEPTABLE;
            case UNSUPPORTED_MEDIA_TYPE -> UNSUPPORTED_MEDIA_TYPE;
            default -> BAD_REQUEST;
        };
    }
}
