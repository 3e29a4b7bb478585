package dev.aiproof.scoring;

import com.fasterxml.jackson.annotation.JsonValue;

/** The score in words: low (0–29), moderate (30–49), high (50–69), very high (70–100). */
public enum Band {
    LOW(0),
    MODERATE(30),
    HIGH(50),
    VERY_HIGH(70);

    private final int from;

    Band(int from) {
        this.from = from;
    }

    public static Band of(int score) {
        Band band = LOW;
        for (Band b : values()) {
            if (score >= b.from) {
                band = b;
            }
        }
        return band;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
