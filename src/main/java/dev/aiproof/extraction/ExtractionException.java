package dev.aiproof.extraction;

/** A document was refused for a reason the person can act on. */
public class ExtractionException extends RuntimeException {

    private final ExtractionError error;
    private final String detail;
    private final Object[] arguments;

    public ExtractionException(ExtractionError error) {
        this(error, error.name(), null);
    }

    public ExtractionException(ExtractionError error, String message, Throwable cause) {
        this(error, message, cause, null);
    }

    /**
     * @param detail    the part of the message key after the code ("error.NOT_A_CV.cover-letter"), or null
     * @param arguments the message's arguments
     */
    public ExtractionException(ExtractionError error, String message, Throwable cause, String detail,
            Object... arguments) {
        super(message, cause);
        this.error = error;
        this.detail = detail;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** The message bundle key of the sentence a person reads: error.CODE or error.CODE.detail. */
    public String messageKey() {
        return "error." + error.name() + (detail == null ? "" : "." + detail);
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public ExtractionError error() {
        return error;
    }
}
