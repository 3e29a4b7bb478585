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
 * @param tilt           task-mix shift: each task's weight is share × exp(tilt × value), so a positive tilt moves
 *                       weight towards the person's more exposed tasks (routine execution), a negative one towards
 *                       their judgement-heavy tasks; |tilt| &lt; 1 keeps the score monotone in task values
 */
public record SeniorityProfile(SeniorityLevel level, double minYears, double multiplier, List<String> titleKeywords,
        String rationale, double tilt) {

    public SeniorityProfile {
        titleKeywords = titleKeywords == null ? List.of() : List.copyOf(titleKeywords);
    }

    /** A profile without a task-mix shift. */
    public SeniorityProfile(SeniorityLevel level, double minYears, double multiplier, List<String> titleKeywords,
            String rationale) {
        this(level, minYears, multiplier, titleKeywords, rationale, 0.0);
    }
}
