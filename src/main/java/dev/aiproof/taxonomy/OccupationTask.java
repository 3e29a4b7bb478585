package dev.aiproof.taxonomy;

/**
 * A unit of work in an occupation's usual mix, the share of working time it takes, and its exposure for this
 * occupation: derived from the labels of the occupation's own O*NET tasks in the unit.
 *
 * @param basis how many of the occupation's O*NET tasks the value rests on (0: the unit's pooled value)
 */
public record OccupationTask(String id, double share, double value, Exposure exposure, ExposureLevel level, int basis) {
}
