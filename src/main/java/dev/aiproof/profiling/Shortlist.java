package dev.aiproof.profiling;

import java.util.List;

/**
 * The few taxonomy entries a CV plausibly maps to, chosen offline, so that an LLM prompt never needs the whole
 * taxonomy. Ids only; ordered best first.
 */
public record Shortlist(List<String> occupations, List<String> tasks, List<String> skills) {

    public Shortlist {
        occupations = List.copyOf(occupations);
        tasks = List.copyOf(tasks);
        skills = List.copyOf(skills);
    }
}
