package dev.aiproof.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.aiproof.taxonomy.ExposureLevel;
import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.SeniorityLevel;

/** Plain-language observations about an assessment, each derived from numbers in it. */
final class Insights {

    private Insights() {
    }

    static List<String> write(Occupation occupation, List<ExposureAssessment.TaskScore> tasks,
                              ExposureFormula.Outcome outcome, ExposureFormula.Outcome asMid, SeniorityLevel level,
                              int baseScore, int vulnerableSkills, int resilientSkills) {
        List<String> insights = new ArrayList<>();
        long high = tasks.stream().filter(t -> t.level() == ExposureLevel.HIGH).count();
        insights.add(high == 0
                ? "None of your " + tasks.size() + (tasks.size() == 1 ? " task faces" : " tasks faces")
                        + " high exposure to generative AI."
                : high + " of your " + tasks.size() + " " + (tasks.size() == 1 ? "task faces" : "tasks face")
                        + " high exposure to generative AI.");
        tasks.stream().max(Comparator.comparingDouble(ExposureAssessment.TaskScore::contribution)
                        .thenComparing(ExposureAssessment.TaskScore::id, Comparator.reverseOrder()))
                .filter(t -> t.contribution() > 0)
                .ifPresent(t -> insights.add("\"" + t.title() + "\" adds the most to your score: "
                        + format(t.contribution()) + " of your " + outcome.score() + " points, from "
                        + percent(t.share()) + " of your time."));
        tasks.stream().filter(t -> t.level() == ExposureLevel.LOW)
                .max(Comparator.comparingDouble(ExposureAssessment.TaskScore::share)
                        .thenComparing(ExposureAssessment.TaskScore::id, Comparator.reverseOrder()))
                .ifPresent(t -> insights.add("\"" + t.title() + "\" is your most protected work and takes "
                        + percent(t.share()) + " of your time."));
        int seniorityPoints = outcome.score() - asMid.score();
        if (seniorityPoints != 0) {
            insights.add("At " + level.json() + " level your score is " + Math.abs(seniorityPoints) + " points "
                    + (seniorityPoints > 0 ? "higher" : "lower") + " than a mid-level worker doing the same tasks.");
        }
        int screenPoints = outcome.score() - ExposureFormula.toScore(
                100 * ExposureFormula.adjusted(outcome.exposure(), outcome.multiplier()), outcome.exposure());
        if (screenPoints != 0) {
            insights.add("Screen-based work is about " + percent(occupation.screenShare()) + " of the working time of "
                    + occupation.title().toLowerCase(Locale.ROOT) + ", which " + (screenPoints > 0 ? "adds " : "takes ")
                    + Math.abs(screenPoints) + (Math.abs(screenPoints) == 1 ? " point" : " points")
                    + (screenPoints > 0 ? " to" : " from") + " your score.");
        }
        int difference = outcome.score() - baseScore;
        insights.add("The typical mid-level score for " + occupation.title() + " is " + baseScore + "; yours is "
                + outcome.score() + (difference == 0 ? "." : " (" + (difference > 0 ? "+" : "") + difference + ")."));
        if (vulnerableSkills + resilientSkills > 0) {
            insights.add(vulnerableSkills + " of the skills on your CV " + (vulnerableSkills == 1 ? "loses" : "lose")
                    + " value as AI spreads and " + resilientSkills + (resilientSkills == 1 ? " gains" : " gain")
                    + " value.");
        }
        return insights;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String format(double points) {
        return String.format(Locale.ROOT, "%.1f", points);
    }
}
