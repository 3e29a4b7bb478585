package dev.aiproof.taxonomy;

/** What a score band means in words; {@code from} is the band's lowest score. */
public record BandMeaning(String id, int from, String meaning) {
}
