package dev.aiproof.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;

/** What generative AI does to a task: does it for you, changes how you do it, or leaves it with you. */
public enum Exposure {
    AUTOMATED,
    CHANGING,
    SAFE;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
