package dev.aiproof.taxonomy;

import java.util.List;

/**
 * How a career stage changes exposure.
 *
 * @param level          the stage
 * @param minYears       typical years of experience from which the stage starts
 * @param multiplier     factor on the task-mix exposure (below 1: judgement work shields; above 1: routine work exposes)
 * @param titleKeywords  words in a job title that signal the stage ("junior", "lead", "head of", "leder")
 * @param rationale      why, with the evidence named
 */
public record SeniorityProfile(SeniorityLevel level, double minYears, double multiplier, List<String> titleKeywords,
                               String rationale) {

    public SeniorityProfile {
        titleKeywords = titleKeywords == null ? List.of() : List.copyOf(titleKeywords);
    }
}
