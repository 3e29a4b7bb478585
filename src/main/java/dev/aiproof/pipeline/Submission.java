package dev.aiproof.pipeline;

/** What a person handed in: a file or a LinkedIn URL, and where to send the report. */
public record Submission(String fileName, byte[] content, String linkedinUrl, String email, String language) {
}
