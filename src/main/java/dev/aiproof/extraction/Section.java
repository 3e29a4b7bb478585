package dev.aiproof.extraction;

/** A recognised part of a CV. {@code kind} is one of: headline, summary, experience, skills, education, languages, certifications, projects, other. */
public record Section(String kind, String heading, String text) {
}
