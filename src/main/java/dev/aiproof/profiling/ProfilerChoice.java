package dev.aiproof.profiling;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which profiler maps CVs onto the taxonomy ({@code aiproof.profiler}, environment {@code AIPROOF_PROFILER}). An enum,
 * so that a mistyped value stops the start with the values it may take instead of quietly meaning "offline".
 */
@ConfigurationProperties("aiproof")
public record ProfilerChoice(@DefaultValue("offline") Kind profiler) {

    /** The profilers there are. */
    public enum Kind {
        /** The in-process profiler: no remote call. */
        OFFLINE,
        /** An LLM through LangChain4j, configured under {@code aiproof.llm}; the offline profiler is its fallback. */
        LLM;

        /** The kind a setting names, case aside ("llm", "LLM"); an unknown name is refused with the names there are. */
        public static Kind of(String setting) {
            try {
                return valueOf(setting.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("aiproof.profiler is '" + setting + "'; it must be offline or llm",
                        e);
            }
        }
    }
}
