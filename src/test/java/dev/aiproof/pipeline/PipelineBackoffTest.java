package dev.aiproof.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The wait between a failed stage and its next try: three times longer each time, never beyond max-backoff. */
class PipelineBackoffTest {

    private final PipelineProperties properties = new PipelineProperties(null, 8, Duration.ofSeconds(10),
            Duration.ofMinutes(10), Duration.ofMinutes(1), Duration.ofSeconds(5));

    @Test
    void eachFailureWaitsThreeTimesLongerUpToTheCap() {
        assertThat(properties.backoff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.backoff(2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.backoff(3)).isEqualTo(Duration.ofSeconds(90));
        assertThat(properties.backoff(4)).isEqualTo(Duration.ofSeconds(270));
        assertThat(properties.backoff(5)).isEqualTo(Duration.ofMinutes(10));
        assertThat(properties.backoff(40)).isEqualTo(Duration.ofMinutes(10));
    }
}
