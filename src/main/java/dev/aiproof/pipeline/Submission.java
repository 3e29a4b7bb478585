package dev.aiproof.pipeline;

/**
 * What a person handed in: a file or a LinkedIn URL, and where to send the report. {@code language} is auto, en or
 * nb; {@code pageLanguage} the language of the pages they used (en or nb), for anything said before the CV is read.
 */
public record Submission(String fileName, byte[] content, String linkedinUrl, String email, String language,
                         String pageLanguage) {

    public Submission(String fileName, byte[] content, String linkedinUrl, String email, String language) {
        this(fileName, content, linkedinUrl, email, language, "en");
    }
}
