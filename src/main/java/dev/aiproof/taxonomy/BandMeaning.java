package dev.aiproof.taxonomy;

/** A score band's name and what it means in words; {@code from} is the band's lowest score. */
public record BandMeaning(String id, int from, String name, String meaning) {

    BandMeaning translated(String newName, String newMeaning) {
        return new BandMeaning(id, from, newName, newMeaning);
    }
}
