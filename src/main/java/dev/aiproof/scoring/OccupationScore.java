package dev.aiproof.scoring;

/**
 * An occupation with the score of a typical mid-level worker in it: the catalogue's rows and the report's related
 * occupations (those close to the person's skills with lower exposure).
 */
public record OccupationScore(String soc, String title, int baseScore) {
}
