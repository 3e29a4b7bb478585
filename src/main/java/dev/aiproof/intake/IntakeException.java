package dev.aiproof.intake;

import org.springframework.http.HttpStatus;

/** A submission refused at the door, with a stable code and a sentence for a person. */
class IntakeException extends RuntimeException {

    private final String code;
    private final HttpStatus status;

    IntakeException(String code, String message, HttpStatus status) {
        super(message);
        this.code = code;
        this.status = status;
    }

    String code() {
        return code;
    }

    HttpStatus status() {
        return status;
    }
}
