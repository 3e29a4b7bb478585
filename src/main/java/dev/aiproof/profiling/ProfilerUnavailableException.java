package dev.aiproof.profiling;

/**
 * The configured profiler cannot answer now (provider down, circuit open) and the configuration says to wait
 * rather than fall back: the pipeline retries the stage later, durably.
 */
public class ProfilerUnavailableException extends RuntimeException {

    public ProfilerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
