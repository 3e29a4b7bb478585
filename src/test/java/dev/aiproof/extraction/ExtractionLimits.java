package dev.aiproof.extraction;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code aiproof.extraction} as Spring binds it, for tests that build an {@link Extractor} without a context. */
public final class ExtractionLimits {

    private ExtractionLimits() {
    }

    /**
     * @param settings {@code key=value} pairs without the prefix, e.g. {@code "timeout=200ms"}; isolation is
     *                 {@code thread} unless one of them says otherwise
     */
    public static ExtractionProperties bind(String... settings) {
        Map<String, String> values = new HashMap<>();
        values.put("aiproof.extraction.isolation", "thread");
        for (String setting : settings) {
            String[] pair = setting.split("=", 2);
            values.put("aiproof.extraction." + pair[0], pair[1]);
        }
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("aiproof.extraction",
                ExtractionProperties.class);
    }
}
