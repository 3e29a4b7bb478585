package dev.aiproof.report;

import java.util.List;

import dev.aiproof.scoring.ExposureAssessment.PlanStep;
import dev.aiproof.scoring.ExposureAssessment.ScreenWork;
import dev.aiproof.scoring.ExposureAssessment.SkillView;
import dev.aiproof.scoring.ExposureAssessment.TaskScore;
import dev.aiproof.scoring.OccupationScore;

/**
 * The report as people and other tools see it; its JSON form is the contract in docs/report.schema.json.
 */
public record Report(
        String id,
        String taxonomyVersion,
        ProfilerView profiler,
        String language,
        OccupationView occupation,
        SeniorityView seniority,
        int score,
        String band,
        String bandName,
        String bandMeaning,
        String summary,
        ScreenWork screenWork,
        List<TaskScore> tasks,
        Skills skills,
        List<String> insights,
        List<PlanStep> plan,
        String edge,
        List<OccupationScore> relatedOccupations,
        List<String> sources) {

    /** {@code kind} is offline or llm. */
    public record ProfilerView(String kind, String model, String promptVersion, String fallbackReason) {
    }

    public record OccupationView(String soc, String title, String matchedTitle, double confidence, String evidence,
            List<Alternative> alternatives) {
    }

    public record Alternative(String soc, String title, double confidence) {
    }

    /**
     * {@code level}: intern … executive; {@code riskEffect}: elevated, neutral or reduced; {@code explanation}: why,
     * in the report's language.
     */
    public record SeniorityView(String level, double yearsOfExperience, String riskEffect, String evidence,
            String explanation) {
    }

    public record Skills(List<SkillView> vulnerable, List<SkillView> resilient) {
    }
}
