package dev.aiproof.profiling;

import java.util.List;

import dev.aiproof.taxonomy.SeniorityLevel;

/**
 * A CV in the taxonomy's terms. Every claim carries the CV line it rests on; ids are validated against the
 * taxonomy before a profile leaves this package.
 */
public record CareerProfile(
        ProfilerInfo profiler,
        String language,
        OccupationMatch occupation,
        List<OccupationMatch> alternatives,
        SeniorityEstimate seniority,
        List<TaskClaim> tasks,
        List<SkillClaim> skills) {

    public CareerProfile {
        alternatives = List.copyOf(alternatives);
        tasks = List.copyOf(tasks);
        skills = List.copyOf(skills);
    }

    /**
     * Who produced the profile.
     *
     * @param kind           offline | llm
     * @param model          embedding model or LLM name
     * @param promptVersion  version of prompts/ used, null for offline
     * @param fallbackReason why the LLM result was not used, null when it was (or was never asked)
     * @param inputTokens    LLM input tokens spent, 0 offline
     * @param outputTokens   LLM output tokens spent, 0 offline
     */
    public record ProfilerInfo(String kind, String model, String promptVersion, String fallbackReason,
            int inputTokens, int outputTokens) {
    }

    /** An occupation the CV points to; {@code evidence} is the CV line that names or shows it. */
    public record OccupationMatch(String soc, String matchedTitle, double confidence, String evidence) {
    }

    /** Career stage and dated experience; {@code evidence} is the title or date line it was read from. */
    public record SeniorityEstimate(SeniorityLevel level, double yearsOfExperience, String evidence) {
    }

    /** A task the person does and the share of their time it takes (shares add up to 1). */
    public record TaskClaim(String taskId, double share, List<String> evidence) {
        public TaskClaim {
            evidence = List.copyOf(evidence);
        }
    }

    /** A skill the CV shows. */
    public record SkillClaim(String skillId, String evidence) {
    }
}
