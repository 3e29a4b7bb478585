package dev.aiproof.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a skill loses value as AI spreads (vulnerable), keeps it (neutral) or gains it (resilient). */
public enum SkillKind {
    VULNERABLE,
    NEUTRAL,
    RESILIENT;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
