package dev.aiproof.scoring;

/** An occupation and the score of a typical mid-level worker doing its usual task mix. */
public record OccupationExposure(String soc, String title, int baseScore) {
}
