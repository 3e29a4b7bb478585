package dev.aiproof.pipeline;

import java.util.Optional;

import dev.aiproof.delivery.MailAddress;

/**
 * What a person handed in: a file or a LinkedIn URL, and where to send the report. {@code language} is auto, en or
 * nb; {@code pageLanguage} the language of the pages they used (en or nb), for anything said before the CV is read.
 */
public record Submission(String fileName, byte[] content, String linkedinUrl, String email, String language,
        String pageLanguage) {

    /** The file name is cut and cleaned to what the database keeps (a 300-character name is no error). */
    public Submission {
        fileName = UploadName.fit(fileName);
    }

    public Submission(String fileName, byte[] content, String linkedinUrl, String email, String language) {
        this(fileName, content, linkedinUrl, email, language, "en");
    }

    /**
     * The address as the report will be sent to it, or empty when the mailer would refuse it: submissions are
     * checked by the very rule that delivery applies ({@link MailAddress}).
     */
    public static Optional<String> deliverableEmail(String text) {
        return MailAddress.deliverable(text);
    }
}
