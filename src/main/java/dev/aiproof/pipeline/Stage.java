package dev.aiproof.pipeline;

/** The durable steps, each run as its own db-scheduler task; {@code from} is the state it starts from. */
enum Stage {
    EXTRACT(AssessmentState.RECEIVED, AssessmentState.EXTRACTED),
    PROFILE(AssessmentState.EXTRACTED, AssessmentState.PROFILED),
    SCORE(AssessmentState.PROFILED, AssessmentState.SCORED),
    REPORT(AssessmentState.SCORED, AssessmentState.REPORTED),
    DELIVER(AssessmentState.REPORTED, AssessmentState.DELIVERED),
    /** Tells the person why their submission was refused. */
    NOTIFY_REJECTION(AssessmentState.REJECTED, AssessmentState.REJECTED),
    /** Asks the person for their LinkedIn PDF export, when the profile could not be read. */
    REQUEST_DOCUMENT(AssessmentState.NEEDS_DOCUMENT, AssessmentState.NEEDS_DOCUMENT);

    final AssessmentState from;
    final AssessmentState to;

    Stage(AssessmentState from, AssessmentState to) {
        this.from = from;
        this.to = to;
    }

    /** The stages that send an email (and so, without SMTP, write an outbox file). */
    boolean sendsEmail() {
        return this == DELIVER || this == NOTIFY_REJECTION || this == REQUEST_DOCUMENT;
    }

    String taskName() {
        return "assessment-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static Stage after(AssessmentState state) {
        for (Stage stage : values()) {
            if (stage.from == state && stage.from != stage.to) {
                return stage;
            }
        }
        return null;
    }
}
