package dev.aiproof.taxonomy;

/** How strongly a task is exposed, in three steps. */
public enum ExposureLevel {
    HIGH,
    MEDIUM,
    LOW
}
