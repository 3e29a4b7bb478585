package dev.aiproof.profiling.offline;

/** Small numeric helpers for combining the offline profiler's signals. */
final class OfflineScores {

    private static final double Z_CAP = 4.0;

    private OfflineScores() {
    }

    /** z-scores across occupations, so signals on different scales can be added; capped at ±3. */
    static double[] standardise(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= Math.max(1, values.length);
        double var = 0;
        for (double v : values) {
            var += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(var / Math.max(1, values.length));
        double[] z = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            // capped: one near-verbatim line must not outweigh every other signal
            z[i] = sd < 1e-9 ? 0 : Math.max(-Z_CAP, Math.min(Z_CAP, (values[i] - mean) / sd));
        }
        return z;
    }

    static double max(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** Rounded so that floating-point noise in the model cannot reorder near-equal occupations between runs. */
    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
