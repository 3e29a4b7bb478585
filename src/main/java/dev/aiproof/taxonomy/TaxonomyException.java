package dev.aiproof.taxonomy;

/** The taxonomy files are inconsistent; the message names the file and the entry. */
public class TaxonomyException extends RuntimeException {

    public TaxonomyException(String message) {
        super(message);
    }

    public TaxonomyException(String message, Throwable cause) {
        super(message, cause);
    }
}
