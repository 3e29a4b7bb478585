package dev.aiproof.profiling.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aiproof.extraction.ExtractedDocument;
import dev.aiproof.extraction.Section;
import dev.aiproof.profiling.Shortlist;
import dev.aiproof.taxonomy.OccupationTask;
import dev.aiproof.taxonomy.Taxonomy;

/**
 * Builds the token-lean user prompt: the redacted CV text, trimmed, and the offline shortlist's candidates (ids
 * and titles only, never the whole taxonomy).
 */
final class PromptComposer {

    static final int MAX_OCCUPATIONS = 8;
    static final int MAX_TASKS = 30;
    static final int MAX_SKILLS = 30;
    private static final int MAX_LINE = 400;
    /** Dropped first, last section first, when the CV is over budget: they say least about the work itself. */
    private static final List<String> LOW_VALUE = List.of("other", "languages", "certifications", "education",
            "projects");

    private final PromptSet prompts;
    private final Taxonomy taxonomy;
    private final int maxCvChars;

    PromptComposer(PromptSet prompts, Taxonomy taxonomy, int maxCvChars) {
        this.prompts = prompts;
        this.taxonomy = taxonomy;
        this.maxCvChars = maxCvChars;
    }

    /** The prompt and the task ids it offered (the validator accepts those plus the chosen occupation's). */
    record Request(String cvText, String prompt, Set<String> offeredTasks) {
    }

    Request request(String cvText, Shortlist shortlist) {
        List<String> occupations = shortlist.occupations().stream().limit(MAX_OCCUPATIONS).toList();
        Set<String> tasks = new LinkedHashSet<>(shortlist.tasks());
        Set<String> skills = new LinkedHashSet<>(shortlist.skills());
        for (String soc : occupations) {
            taxonomy.occupation(soc).ifPresent(o -> {
                o.tasks().stream().map(OccupationTask::id).forEach(tasks::add);
                skills.addAll(o.allSkills().stream().limit(12).toList());
            });
        }
        List<String> offeredTasks = tasks.stream().filter(id -> taxonomy.task(id).isPresent()).limit(MAX_TASKS)
                .toList();
        String prompt = PromptSet.render(prompts.user(), Map.of(
                "occupations", lines(occupations.stream().map(soc -> taxonomy.occupation(soc)
                        .map(o -> o.soc() + " | " + o.title()).orElse(null)).toList()),
                "tasks", lines(offeredTasks.stream().map(id -> id + " | " + taxonomy.task(id).orElseThrow().title())
                        .toList()),
                "skills", lines(skills.stream().limit(MAX_SKILLS).map(id -> taxonomy.skill(id)
                        .map(s -> s.id() + " | " + s.name()).orElse(null)).toList()),
                "cv", cvText));
        return new Request(cvText, prompt, new LinkedHashSet<>(offeredTasks));
    }

    String repair(Request request, String previousAnswer, List<String> problems) {
        return PromptSet.render(prompts.repair(), Map.of(
                "request", request.prompt(),
                "problems", lines(problems.stream().map(p -> "- " + p).toList()),
                "previous",
                previousAnswer == null || previousAnswer.isBlank() ? "(not repeated)" : previousAnswer.strip()));
    }

    /**
     * Tidies the (already redacted) CV text and cuts it to the budget: whitespace collapsed, repeated lines
     * dropped, very long lines cut, then low-value sections removed before anything else.
     */
    String trim(String redactedText, ExtractedDocument document) {
        List<String> lines = new ArrayList<>();
        String previous = null;
        for (String raw : redactedText.lines().toList()) {
            String line = raw.strip().replaceAll("\\s+", " ");
            if (line.isEmpty() || line.equals(previous) || !line.matches(".*[\\p{L}\\p{N}].*")) {
                continue;
            }
            lines.add(line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line);
            previous = line;
        }
        for (String kind : LOW_VALUE) {
            if (length(lines) <= maxCvChars) {
                break;
            }
            for (Section section : document.sections()) {
                if (section.kind().equals(kind)) {
                    Set<String> drop = new LinkedHashSet<>(section.text().lines()
                            .map(l -> l.strip().replaceAll("\\s+", " ")).toList());
                    drop.remove(section.heading() == null ? "" : section.heading().strip());
                    lines.removeIf(drop::contains);
                }
            }
        }
        List<String> kept = new ArrayList<>();
        int used = 0;
        for (String line : lines) {
            if (used + line.length() + 1 > maxCvChars) {
                break;
            }
            kept.add(line);
            used += line.length() + 1;
        }
        return String.join("\n", kept);
    }

    private static int length(List<String> lines) {
        return lines.stream().mapToInt(l -> l.length() + 1).sum();
    }

    private static String lines(List<String> items) {
        List<String> present = items.stream().filter(java.util.Objects::nonNull).toList();
        return present.isEmpty() ? "(none)" : String.join("\n", present);
    }
}
