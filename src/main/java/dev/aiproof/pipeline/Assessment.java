package dev.aiproof.pipeline;

import java.time.Instant;

/**
 * The public view of one submission's lifecycle. Holds no CV text and no email address.
 *
 * @param reportToken the unguessable part of the report page's URL
 * @param stage       the stage running or next to run, null once finished
 */
public record Assessment(String id, AssessmentState state, String stage, String errorCode, String errorMessage,
        String language, String reportToken, Instant createdAt, Instant updatedAt) {
}
