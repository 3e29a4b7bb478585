package dev.aiproof.pipeline;

/** Where a submission is. The happy path runs top to bottom; the last three are ends of their own. */
public enum AssessmentState {
    RECEIVED,
    EXTRACTED,
    PROFILED,
    SCORED,
    REPORTED,
    DELIVERED,
    /** Bad input: the person is told why. */
    REJECTED,
    /** A LinkedIn profile could not be read: the person is asked for the PDF export. */
    NEEDS_DOCUMENT,
    /** Retries exhausted: kept for an operator, never silently dropped. */
    FAILED;

    public boolean finished() {
        return this == DELIVERED || this == REJECTED || this == NEEDS_DOCUMENT || this == FAILED;
    }
}
