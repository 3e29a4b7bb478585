package dev.aiproof.intake;

import org.springframework.http.HttpStatus;

/**
 * A submission refused at the door, with a stable code; the sentence a person reads is the message
 * {@code error.CODE} (or {@code error.CODE.detail}) in their language, resolved where the answer is written.
 */
class IntakeException extends RuntimeException {

    private final ProblemCode code;
    private final String detail;
    private final transient Object[] arguments;

    IntakeException(ProblemCode code) {
        this(code, null);
    }

    /** @param detail the part of the message key after the code, or null for {@code error.CODE} itself */
    IntakeException(ProblemCode code, String detail, Object... arguments) {
        super(code.name(), null, false, false);
        this.code = code;
        this.detail = detail;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    String code() {
        return code.name();
    }

    ProblemCode problemCode() {
        return code;
    }

    HttpStatus status() {
        return code.status();
    }

    String messageKey() {
        return "error." + code.name() + (detail == null ? "" : "." + detail);
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
