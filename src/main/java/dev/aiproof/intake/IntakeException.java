package dev.aiproof.intake;

import org.springframework.http.HttpStatus;

/**
 * A submission refused at the door, with a stable code; the sentence a person reads is the message
 * {@code error.CODE} (or {@code error.CODE.detail}) in their language, resolved where the answer is written.
 */
class IntakeException extends RuntimeException {

    private final String code;
    private final String detail;
    private final HttpStatus status;
    private final transient Object[] arguments;

    IntakeException(String code, HttpStatus status, Object... arguments) {
        this(code, null, status, arguments);
    }

    IntakeException(String code, String detail, HttpStatus status, Object... arguments) {
        super(code, null, false, false);
        this.code = code;
        this.detail = detail;
        this.status = status;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    String code() {
        return code;
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return "error." + code + (detail == null ? "" : "." + detail);
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
