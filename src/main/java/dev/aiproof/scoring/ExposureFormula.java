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
 *   raw   = 100 · E · m · f                          m = seniority multiplier
 *   score = min(100, round-half-up(raw))
 * </pre>
 *
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
        Double[] contributions = new Double[items.size()];
        for (int i = 0; i < items.size(); i++) {
            double part = total == 0 ? 0 : weights[i] * items.get(i).value() / total;
            exposure += part;
            contributions[i] = 100 * part * multiplier * factor;
        }
        double raw = 100 * exposure * multiplier * factor;
        return new Outcome(exposure, multiplier, factor, raw, toScore(raw), List.of(contributions));
    }

    static double screenFactor(double screenShare) {
        return SCREEN_BASE + SCREEN_WEIGHT * Math.min(1, Math.max(0, screenShare));
    }

    static int toScore(double raw) {
        // floor(x + 0.5) is round-half-up for the non-negative values the formula produces.
        return (int) Math.min(100, Math.max(0, Math.floor(raw + 0.5)));
    }
}
