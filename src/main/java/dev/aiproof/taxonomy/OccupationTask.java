package dev.aiproof.taxonomy;

/** A task in an occupation's usual mix and the share of working time it takes. */
public record OccupationTask(String id, double share) {
}
