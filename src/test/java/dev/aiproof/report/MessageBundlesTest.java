package dev.aiproof.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import dev.aiproof.extraction.ExtractionError;
import dev.aiproof.taxonomy.Exposure;
import dev.aiproof.taxonomy.ExposureLevel;
import dev.aiproof.taxonomy.SeniorityLevel;

/**
 * Every sentence a person reads comes from the bundles: both languages hold the same keys, every key the templates
 * and the code name exists, and no template holds text of its own.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern TEMPLATE_KEY = Pattern
            .compile("#\\{([\\w.\\-]+)|#messages\\.msg\\('([\\w.\\-]+)'\\s*[,)]");
    private static final Pattern CODE_KEY = Pattern.compile(
            "\"((?:insight|screen|edge|error|mail|text|report|stage|cli|seniority|effect|exposure|level)\\.[\\w.\\-]*)\"");
    /** Words that are the same in every language: our name and the occupation code system. */
    private static final Set<String> NAMES = Set.of("aiproof", "SOC");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_nb.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheTemplatesAndCodeNameExists() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(RESOURCES.resolve("templates")),
                Files.walk(Path.of("src/main/java")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = (file.toString().endsWith(".html") ? TEMPLATE_KEY : CODE_KEY)
                        .matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    // "__${key}__.title": a key built from a fragment's parameter, listed below
                    if (!key.endsWith(".") && !key.startsWith("__") && !key.matches(".*\\.(yaml|tsv|json|html|txt)")) {
                        named.add(key);
                    }
                }
            }
        }
        // keys built from a prefix and a value: every value must have its message
        for (String state : List.of("RECEIVED", "EXTRACTED", "PROFILED", "SCORED", "REPORTED", "DELIVERED")) {
            named.add("state." + state);
        }
        for (String stage : List.of("extract", "profile", "score", "report", "deliver", "notify_rejection",
                "request_document")) {
            named.add("stage." + stage);
        }
        for (SeniorityLevel level : SeniorityLevel.values()) {
            named.add("seniority.level." + level.json());
        }
        for (Exposure exposure : Exposure.values()) {
            named.add("exposure." + exposure.json());
        }
        for (ExposureLevel level : ExposureLevel.values()) {
            named.add("level." + level.name());
        }
        for (ExtractionError error : ExtractionError.values()) {
            named.add("error." + error.name());
        }
        List.of("done", "current", "next").forEach(mark -> named.add("progress." + mark));
        // the error pages of fragments/notice.html (error/403.html, error/404.html)
        for (String page : List.of("forbidden", "not-found")) {
            List.of("title", "heading", "body", "home").forEach(part -> named.add(page + "." + part));
        }
        List.of("elevated", "neutral", "reduced").forEach(e -> {
            named.add("effect." + e);
            named.add("screen.explanation." + e);
        });
        assertThat(named).isNotEmpty();
        assertThat(keys).containsAll(named);
    }

    /** Text in a template is a placeholder replaced by th:text, or a name; anything else would go out untranslated. */
    @Test
    void noTemplateHoldsLiteralText() throws IOException {
        List<String> literal = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document html = Jsoup.parse(Files.readString(file));
                for (Element element : html.getAllElements()) {
                    if (replaced(element)) {
                        continue;
                    }
                    for (TextNode text : element.textNodes()) {
                        String words = text.text().replaceAll("[^\\p{L}]+", " ").strip();
                        for (String word : words.isEmpty() ? new String[0] : words.split(" ")) {
                            if (!NAMES.contains(word)) {
                                literal.add(file.getFileName() + ": \"" + text.text().strip() + "\"");
                            }
                        }
                    }
                    for (String attribute : List.of("placeholder", "title", "alt", "aria-label")) {
                        if (element.hasAttr(attribute) && element.attr(attribute).matches(".*\\p{L}{3,}.*")
                                && !element.attr(attribute).startsWith("https://")) {
                            literal.add(file.getFileName() + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
                        }
                    }
                }
            }
        }
        assertThat(literal).isEmpty();
    }

    /** Its content is replaced at render time, so prototype text inside it never reaches a person. */
    private static boolean replaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace") || e.hasAttr("th:insert")
                    || e.tagName().equals("style") || e.tagName().equals("script")) {
                return true;
            }
        }
        return false;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
