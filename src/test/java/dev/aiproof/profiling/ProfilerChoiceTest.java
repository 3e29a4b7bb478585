package dev.aiproof.profiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A mistyped {@code aiproof.profiler} stops the start with the values it may take; it no longer means "offline". */
class ProfilerChoiceTest {

    @EnableConfigurationProperties(ProfilerChoice.class)
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Test
    void offlineUnlessSaidOtherwise() {
        context.run(c -> assertThat(c.getBean(ProfilerChoice.class).profiler()).isEqualTo(ProfilerChoice.Kind.OFFLINE));
        context.withPropertyValues("aiproof.profiler=LLM")
                .run(c -> assertThat(c.getBean(ProfilerChoice.class).profiler()).isEqualTo(ProfilerChoice.Kind.LLM));
    }

    @Test
    void aMistypedProfilerStopsTheStart() {
        context.withPropertyValues("aiproof.profiler=lmm").run(c -> {
            assertThat(c).hasFailed();
            assertThat(c.getStartupFailure()).rootCause().hasMessageContaining("lmm");
        });
        assertThatThrownBy(() -> ProfilerChoice.Kind.of("ofline")).hasMessageContaining("offline or llm");
        assertThat(ProfilerChoice.Kind.of(" llm ")).isEqualTo(ProfilerChoice.Kind.LLM);
    }
}
