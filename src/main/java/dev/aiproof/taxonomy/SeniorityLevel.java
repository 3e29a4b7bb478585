package dev.aiproof.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;

/** Career stage, from first job to running the organisation. Ordered. */
public enum SeniorityLevel {
    INTERN,
    JUNIOR,
    MID,
    SENIOR,
    LEAD,
    EXECUTIVE;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static SeniorityLevel of(String value) {
        return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
