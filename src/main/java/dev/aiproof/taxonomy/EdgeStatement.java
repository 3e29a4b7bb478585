package dev.aiproof.taxonomy;

/** What a person keeps over AI when they do {@code task}; "{task}" in the text is their own words for it. */
public record EdgeStatement(String task, String text) {
}
