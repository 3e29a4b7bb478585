package dev.aiproof.extraction;

/** A document was refused for a reason the person can act on. */
public class ExtractionException extends RuntimeException {

    private final ExtractionError error;

    public ExtractionException(ExtractionError error) {
        this(error, error.message(), null);
    }

    public ExtractionException(ExtractionError error, String message, Throwable cause) {
        super(message, cause);
        this.error = error;
    }

    public ExtractionError error() {
        return error;
    }
}
