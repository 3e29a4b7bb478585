package dev.aiproof.extraction;

/**
 * Why a document was refused. The names are stable codes that the API, the page, the command line and emails use;
 * what a person reads is the message {@code error.<CODE>} in their language (messages*.properties), which quotes
 * the configured limits. An {@link ExtractionException}'s own message is for the log and says what was found.
 */
public enum ExtractionError {
    UNSUPPORTED_FORMAT,
    TOO_LARGE,
    TOO_MANY_PAGES,
    ENCRYPTED,
    CORRUPT,
    NO_TEXT,
    NOT_A_CV,
    PARSE_TIMEOUT
}
