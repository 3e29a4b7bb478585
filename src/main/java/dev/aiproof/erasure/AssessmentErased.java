package dev.aiproof.erasure;

import java.util.Objects;
import java.util.Optional;

/**
 * An assessment and everything in its row are gone for good. Published inside the erasing transaction, so that a
 * listener erasing rows erases them in the same commit, and a listener erasing files waits for that commit
 * ({@code @TransactionalEventListener}): a rolled-back erasure then leaves everything in place.
 *
 * @param assessmentId the erased assessment
 * @param contentHash  the hash of its CV's text ({@code ExtractedDocument.contentHash()}), absent when the CV was never
 *                     read; whatever was derived from the CV and cached under this hash must go too
 */
public record AssessmentErased(String assessmentId, Optional<String> contentHash) {

    public AssessmentErased {
        Objects.requireNonNull(assessmentId);
        Objects.requireNonNull(contentHash);
    }
}
