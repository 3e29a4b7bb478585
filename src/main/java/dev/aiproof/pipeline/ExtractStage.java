package dev.aiproof.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.aiproof.extraction.ExtractedDocument;
import dev.aiproof.extraction.ExtractionException;
import dev.aiproof.extraction.ExtractionProperties;
import dev.aiproof.extraction.Extractor;
import dev.aiproof.linkedin.ProfileFetch;
import dev.aiproof.linkedin.ProfileFetcher;
import dev.aiproof.linkedin.ProfileUrl;
import dev.aiproof.taxonomy.Language;

/**
 * The extract stage's work: the uploaded file, or the public LinkedIn profile fetched for an address, read into an
 * {@link ExtractedDocument} — or the reason the journey ends here, in the person's words. It stores nothing; the
 * {@link Pipeline} does, in the stage's transaction.
 */
@Component
class ExtractStage {

    private static final Logger log = LoggerFactory.getLogger(ExtractStage.class);

    private final Extractor extractor;
    private final ProfileFetcher linkedin;
    private final MessageSource messages;
    private final ExtractionProperties limits;

    ExtractStage(Extractor extractor, ProfileFetcher linkedin, MessageSource messages, ExtractionProperties limits) {
        this.extractor = extractor;
        this.linkedin = linkedin;
        this.messages = messages;
        this.limits = limits;
    }

    sealed interface Outcome {
    }

    record Extracted(ExtractedDocument document) implements Outcome {
    }

    /** The journey ends in {@code end}; the stage {@code notice} tells the person why. */
    record Ended(AssessmentState end, String code, String message, Stage notice) implements Outcome {
    }

    Outcome run(String id, AssessmentRepository.Upload upload, Language notices) {
        String fileName = upload.fileName();
        byte[] content = upload.content();
        if (content == null) {
            ProfileUrl profile = ProfileUrl.parse(upload.linkedinUrl()).orElseThrow();
            switch (linkedin.fetch(profile)) {
                case ProfileFetch.NeedsDocument(String reason) -> {
                    log.info("assessment {}: LinkedIn profile not readable ({})", id, reason);
                    return new Ended(AssessmentState.NEEDS_DOCUMENT, "LINKEDIN_NEEDS_PDF",
                            say(notices, "error.LINKEDIN_NEEDS_PDF"), Stage.REQUEST_DOCUMENT);
                }
                case ProfileFetch.Page(byte[] html) -> {
                    fileName = "linkedin-profile.html";
                    content = html;
                }
            }
        }
        try {
            return new Extracted(extractor.extract(fileName, content));
        } catch (ExtractionException e) {
            Object[] arguments = e.arguments().length > 0 ? e.arguments() : limits.messageArguments();
            return new Ended(AssessmentState.REJECTED, e.error().name(), say(notices, e.messageKey(), arguments),
                    Stage.NOTIFY_REJECTION);
        }
    }

    private String say(Language language, String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }
}
