package dev.aiproof.extraction;

/**
 * Every parse slot is taken (by parses still running past their deadline, or by a burst of uploads). This says
 * nothing about the file: the caller should try again later rather than refuse it.
 */
public class ExtractorBusyException extends RuntimeException {

    public ExtractorBusyException() {
        super("all extraction slots are busy", null, false, false);
    }
}
