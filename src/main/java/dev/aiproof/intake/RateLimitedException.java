package dev.aiproof.intake;

import java.time.Duration;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A submission over a limit: code RATE_LIMITED, the sentence {@code error.RATE_LIMITED.address} or {@code .client}
 * with the wait in words (hours from one hour on, else minutes; a message of its own, which the message source
 * resolves as an argument), and the wait in seconds for {@code Retry-After}.
 */
final class RateLimitedException extends IntakeException {

    private final long retryAfterSeconds;

    RateLimitedException(String which, Duration wait) {
        super(ProblemCode.RATE_LIMITED, which, inWords(wait));
        this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** Whole seconds, rounded up, as {@code Retry-After} wants them. */
    String retryAfter() {
        return Long.toString(retryAfterSeconds);
    }

    private static DefaultMessageSourceResolvable inWords(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes < 60
                ? new DefaultMessageSourceResolvable(new String[] {"error.RATE_LIMITED.minutes"},
                        new Object[] {minutes})
                : new DefaultMessageSourceResolvable(new String[] {"error.RATE_LIMITED.hours"},
                        new Object[] {(minutes + 59) / 60});
    }
}
