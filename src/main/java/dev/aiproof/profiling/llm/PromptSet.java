package dev.aiproof.profiling.llm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ResourceLoader;

/**
 * The prompt files of one version, read once at start-up from {@code prompts/} (system.txt, user.txt,
 * repair.txt, VERSION). The version goes into every LLM profile and into the cache key.
 */
record PromptSet(String version, String system, String user, String repair) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    static PromptSet load(ResourceLoader resources, String location) {
        String base = location.endsWith("/") ? location : location + "/";
        String version = read(resources, base + "VERSION").strip();
        if (version.isEmpty()) {
            throw new IllegalStateException(base + "VERSION is empty");
        }
        return new PromptSet(version, read(resources, base + "system.txt").strip(),
                read(resources, base + "user.txt").strip(), read(resources, base + "repair.txt").strip());
    }

    /**
     * Fills {@code {{name}}} placeholders in one pass over the template, so a CV that contains "{{tasks}}" stays
     * literal text.
     */
    static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 4096);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for prompt placeholder " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String read(ResourceLoader resources, String path) {
        try (InputStream in = resources.getResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("prompt file " + path + " cannot be read", e);
        }
    }
}
