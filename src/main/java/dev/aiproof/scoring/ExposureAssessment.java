package dev.aiproof.scoring;

import java.util.List;

import dev.aiproof.taxonomy.Exposure;
import dev.aiproof.taxonomy.ExposureLevel;
import dev.aiproof.taxonomy.SeniorityLevel;

/**
 * The scorer's verdict on one profile: a pure function of (profile, taxonomy), so it carries the taxonomy version.
 * {@code occupationBaseScore} is the score of a typical mid-level worker in the same occupation, for comparison.
 */
public record ExposureAssessment(
        String taxonomyVersion,
        String soc,
        String occupationTitle,
        int score,
        Band band,
        String bandName,
        String bandMeaning,
        String summary,
        SeniorityEffect seniority,
        ScreenWork screenWork,
        List<TaskScore> tasks,
        List<SkillView> vulnerableSkills,
        List<SkillView> resilientSkills,
        List<String> insights,
        List<PlanStep> plan,
        String edge,
        List<OccupationScore> relatedOccupations,
        List<String> sources,
        int occupationBaseScore,
        String language) {

    public ExposureAssessment {
        tasks = List.copyOf(tasks);
        vulnerableSkills = List.copyOf(vulnerableSkills);
        resilientSkills = List.copyOf(resilientSkills);
        insights = List.copyOf(insights);
        plan = List.copyOf(plan);
        relatedOccupations = List.copyOf(relatedOccupations);
        sources = List.copyOf(sources);
    }

    /**
     * How seniority moved the score: {@code riskEffect} is elevated, neutral or reduced; {@code multiplier} and
     * {@code tilt} are the seniority profile's parameters in the formula; {@code explanation} says why, in the
     * report's language.
     */
    public record SeniorityEffect(SeniorityLevel level, double yearsOfExperience, String riskEffect, double multiplier,
            double tilt, String explanation) {
    }

    /**
     * Share of screen-bound work and its effect on the score (elevated, neutral, reduced); {@code factor} is the
     * multiplier it contributes (0.9 for no screen work up to 1.1 for all of it); {@code explanation} in words.
     */
    public record ScreenWork(double share, String effect, double factor, String explanation) {
    }

    /**
     * One task of the person's work as scored, with the CV lines it rests on; {@code contribution} is the number of
     * score points this task accounts for (all contributions add up to the unrounded score).
     */
    public record TaskScore(String id, String title, Exposure exposure, ExposureLevel level, double value, double share,
            String rationale, List<String> evidence, double contribution) {
        public TaskScore {
            evidence = List.copyOf(evidence);
        }

        public TaskScore(String id, String title, Exposure exposure, ExposureLevel level, double value, double share,
                String rationale, List<String> evidence) {
            this(id, title, exposure, level, value, share, rationale, evidence, 0.0);
        }
    }

    /** A skill of the person's and why it is vulnerable or resilient. */
    public record SkillView(String id, String name, String rationale, String evidence) {
    }

    /** One step of the plan. */
    public record PlanStep(String id, String title, String detail) {
    }
}
