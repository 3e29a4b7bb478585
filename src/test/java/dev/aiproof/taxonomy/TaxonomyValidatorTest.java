package dev.aiproof.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.DefaultResourceLoader;

/** Start-up fails fast on a broken taxonomy, naming the file and the entry. */
class TaxonomyValidatorTest {

    private static final Path SHIPPED = Path.of("config/taxonomy");

    @TempDir
    Path folder;

    static Stream<Arguments> brokenEdits() {
        return Stream.of(
                // unknown references
                Arguments.of("occupations.yaml", "[{id: write-code, share: 0.3, value: 0.75",
                        "[{id: no-such-task, share: 0.3, value: 0.75",
                        "occupations.yaml: 15-1252: unknown task no-such-task"),
                Arguments.of("occupations.yaml", "skills: [java, python,", "skills: [no-such-skill, python,",
                        "occupations.yaml: 15-1252: unknown skill no-such-skill"),
                Arguments.of("plan.yaml", "whenTasks: [write-code, fix-bugs], whenMissingSkills: [system-design]",
                        "whenTasks: [no-such-task, fix-bugs], whenMissingSkills: [system-design]",
                        "plan.yaml: design-not-code: unknown task no-such-task"),
                Arguments.of("plan.yaml", "whenMissingSkills: [system-design]", "whenMissingSkills: [no-such-skill]",
                        "plan.yaml: design-not-code: unknown skill no-such-skill"),
                Arguments.of("plan.yaml", "{task: design-architecture,", "{task: no-such-task,",
                        "plan.yaml: edge for unknown task no-such-task"),
                // duplicate ids
                Arguments.of("occupations.yaml", "soc: \"15-1211\"", "soc: \"15-1252\"",
                        "occupations.yaml: duplicate id 15-1252"),
                Arguments.of("tasks.yaml", "  - id: fix-bugs", "  - id: write-code",
                        "tasks.yaml: duplicate id write-code"),
                Arguments.of("skills.yaml", "{id: python,", "{id: java,", "skills.yaml: duplicate id java"),
                Arguments.of("plan.yaml", "{id: own-ai-coding-workflow,", "{id: design-not-code,",
                        "plan.yaml: duplicate id design-not-code"),
                Arguments.of("skills.yaml", "aliases: [\"python\",", "aliases: [\"java\",",
                        "skills.yaml: python: alias 'java' is also used by java"),
                Arguments.of("titles.tsv", "soc\ttitle\tlanguage\tsource\n",
                        "soc\ttitle\tlanguage\tsource\n15-1252\tsoftware developer\ten\tonet\n",
                        "occupations.yaml: 15-1252: title 'software developer' is listed twice"),
                Arguments.of("occupations.yaml", "[{id: write-code, share: 0.3, value: 0.75, exposure: automated",
                        "[{id: write-code, share: 0.3, value: 0.75, exposure: safe",
                        "occupations.yaml: 15-1252: write-code: exposure safe does not match value 0.75"),
                Arguments.of("occupations.yaml", "related: [\"11-1021\"", "related: [\"99-9999\"",
                        "related occupation 99-9999 is unknown"),
                Arguments.of("group-plans.yaml", "  - major: \"11\"", "  - major: \"1x\"",
                        "group-plans.yaml: 1x: major is not a SOC major group"),
                // out-of-range values
                Arguments.of("tasks.yaml", "    value: 0.88", "    value: 1.88",
                        "tasks.yaml: write-code: value = 1.88 is outside 0..1"),
                Arguments.of("occupations.yaml",
                        "onet: [\"15-1252.00\"]\n    jobZone: 4\n    curated: true\n    screenShare: 0.95",
                        "onet: [\"15-1252.00\"]\n    jobZone: 4\n    curated: true\n    screenShare: 1.95",
                        "occupations.yaml: 15-1252: screenShare = 1.95 is outside 0..1"),
                Arguments.of("occupations.yaml", "[{id: write-code, share: 0.3, value: 0.75",
                        "[{id: write-code, share: 0.5, value: 0.75",
                        "occupations.yaml: 15-1252: task shares add up to"),
                Arguments.of("seniority.yaml", "tilt: 0.6", "tilt: 1.6",
                        "seniority.yaml: intern: tilt 1.6 is outside (-1, 1)"),
                Arguments.of("seniority.yaml", "multiplier: 0.94", "multiplier: 1.5",
                        "seniority.yaml: senior: multiplier and tilt may not exceed those of mid"),
                Arguments.of("plan.yaml", "unlessTasks: [design-architecture], priority: 1}",
                        "unlessTasks: [design-architecture], priority: 0}",
                        "plan.yaml: design-not-code: priority 0 must be 1 or more"),
                Arguments.of("plan.yaml", "unlessTasks: [design-architecture]", "unlessTasks: [design-everything]",
                        "plan.yaml: design-not-code: unknown task design-everything"),
                // derived fields that no longer follow the documented thresholds
                Arguments.of("tasks.yaml", "    level: HIGH", "    level: LOW",
                        "tasks.yaml: write-code: level LOW does not match value 0.88"),
                Arguments.of("tasks.yaml", "\"15-1252.00/21667\"", "\"15-1252/21667\"",
                        "tasks.yaml: write-code: O*NET reference '15-1252/21667' is not 'SOC.00/TaskID'"),
                Arguments.of("titles.tsv", "15-1252\tsoftware developer\t", "15-1252\tSoftware Developer\t",
                        "occupations.yaml: 15-1252: title 'Software Developer' must be lower-case"),
                // malformed files
                Arguments.of("taxonomy.yaml", "version: ", "versio: ", "taxonomy.yaml: "),
                Arguments.of("tasks.yaml", "    rationale: Code assistants", "    rationales: Code assistants",
                        "tasks.yaml: "));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("brokenEdits")
    void brokenTaxonomyFailsNamingFileAndEntry(String file, String from, String to, String message) throws IOException {
        copyShipped();
        Path target = folder.resolve(file);
        String text = Files.readString(target);
        assertThat(text).as("the edit must apply to " + file).contains(from);
        Files.writeString(target, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));

        assertThatThrownBy(this::load).isInstanceOf(TaxonomyException.class).hasMessageContaining(message);
    }

    @Test
    void missingFileIsNamed() throws IOException {
        copyShipped();
        Files.delete(folder.resolve("seniority.yaml"));

        assertThatThrownBy(this::load).isInstanceOf(TaxonomyException.class).hasMessageStartingWith("seniority.yaml:");
    }

    @Test
    void emptyFileIsNamed() throws IOException {
        copyShipped();
        Files.writeString(folder.resolve("plan.yaml"), "");

        assertThatThrownBy(this::load).isInstanceOf(TaxonomyException.class).hasMessageStartingWith("plan.yaml: ");
    }

    @Test
    void shippedTaxonomyIsValid() throws IOException {
        copyShipped();

        Taxonomy taxonomy = load();

        assertThat(taxonomy.version()).isNotBlank();
    }

    private Taxonomy load() {
        return new TaxonomyLoader(new DefaultResourceLoader()).load(folder.toUri().toString());
    }

    private void copyShipped() throws IOException {
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }
}
