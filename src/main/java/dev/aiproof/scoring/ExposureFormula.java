package dev.aiproof.scoring;

import java.util.List;

import dev.aiproof.taxonomy.SeniorityProfile;

/**
 * The score formula of docs/scoring.md, and nothing else, so that it can be read and tested on its own:
 *
 * <pre>
 *   w_i   = s_i · exp(k · v_i)                      task weight: share tilted by seniority
 *   E     = Σ w_i v_i / Σ w_i                        task-mix exposure, 0..1
 *   f     = 0.9 + 0.2 · c                            screen-work factor, c = screen share of the occupation
 *   o     = E / (1 − E) · m · f                      m = seniority multiplier, applied to the odds of exposure
 *   raw   = 100 · o / (1 + o)                        (0 when E = 0, 100 when E = 1)
 *   score = round-half-up(raw), kept within 1..99 unless E is 0 or 1
 * </pre>
 *
 * The effects act on the odds so that the score never leaves the scale and still orders people at both ends: near
 * the bottom they scale the score by about m·f, near the top they narrow the remaining distance to 100.
 * StrictMath keeps exp bit-identical on every machine, so the same input gives the same score everywhere.
 */
final class ExposureFormula {

    static final double SCREEN_BASE = 0.9;
    static final double SCREEN_WEIGHT = 0.2;

    private ExposureFormula() {
    }

    /** One task of a mix: its exposure value (0..1) and share of working time (any non-negative weight). */
    record Item(double value, double share) {
    }

    /**
     * @param exposure      E, the tilted task-mix exposure
     * @param contributions each task's points of the raw score, in input order; they add up to {@code raw}
     */
    record Outcome(double exposure, double multiplier, double screenFactor, double raw, int score,
            List<Double> contributions) {
    }

    static Outcome evaluate(List<Item> items, SeniorityProfile seniority, double screenShare) {
        return evaluate(items, seniority.tilt(), seniority.multiplier(), screenShare);
    }

    static Outcome evaluate(List<Item> items, double tilt, double multiplier, double screenShare) {
        double[] weights = new double[items.size()];
        double total = 0;
        for (int i = 0; i < items.size(); i++) {
            weights[i] = Math.max(0, items.get(i).share()) * StrictMath.exp(tilt * items.get(i).value());
            total += weights[i];
        }
        if (total == 0) {
            // No usable shares: every task counts the same.
            java.util.Arrays.fill(weights, 1.0);
            total = items.size();
        }
        double factor = screenFactor(screenShare);
        double exposure = 0;
        double[] parts = new double[items.size()];
        for (int i = 0; i < items.size(); i++) {
            parts[i] = total == 0 ? 0 : weights[i] * items.get(i).value() / total;
            exposure += parts[i];
        }
        exposure = Math.min(1, Math.max(0, exposure));
        double raw = 100 * adjusted(exposure, multiplier * factor);
        Double[] contributions = new Double[items.size()];
        for (int i = 0; i < items.size(); i++) {
            // each task's points are its part of E, scaled so that they add up to raw
            contributions[i] = exposure == 0 ? 0.0 : raw * parts[i] / exposure;
        }
        return new Outcome(exposure, multiplier, factor, raw, toScore(raw, exposure), List.of(contributions));
    }

    /** E with its odds multiplied by {@code effect}: stays in 0..1, reaches an end only where E does. */
    static double adjusted(double exposure, double effect) {
        if (exposure <= 0 || exposure >= 1) {
            return exposure;
        }
        double odds = exposure / (1 - exposure) * effect;
        return odds / (1 + odds);
    }

    static double screenFactor(double screenShare) {
        return SCREEN_BASE + SCREEN_WEIGHT * Math.min(1, Math.max(0, screenShare));
    }

    static int toScore(double raw, double exposure) {
        // floor(x + 0.5) is round-half-up for the non-negative values the formula produces; 0 and 100 are kept
        // for task mixes that sit wholly at that end, so that the ends of the scale keep their meaning.
        int score = (int) Math.min(100, Math.max(0, Math.floor(raw + 0.5)));
        return exposure <= 0 ? 0 : exposure >= 1 ? 100 : Math.min(99, Math.max(1, score));
    }
}
