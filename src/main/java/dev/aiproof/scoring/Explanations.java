package dev.aiproof.scoring;

import java.util.Comparator;
import java.util.List;

import org.springframework.context.MessageSource;

import dev.aiproof.taxonomy.ExposureLevel;
import dev.aiproof.taxonomy.Language;
import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.SeniorityLevel;
import dev.aiproof.taxonomy.SeniorityProfile;

/**
 * The three paragraphs a person reads first: why their work meets AI up close or not (from their own tasks), how
 * their career stage moves the score, and what the screen share of their occupation does. Words in the bundles.
 */
final class Explanations {

    /** Half the working time or more in one kind of task decides the tone of the summary. */
    private static final double MOSTLY = 0.5;

    private final MessageSource messages;
    private final Language language;

    Explanations(MessageSource messages, Language language) {
        this.messages = messages;
        this.language = language;
    }

    /** Score points that seniority and screen work moved, against a mid-level worker and a neutral screen share. */
    record Effects(int seniorityPoints, int screenPoints) {

        static Effects of(ExposureFormula.Outcome outcome, ExposureFormula.Outcome asMid) {
            return new Effects(outcome.score() - asMid.score(), outcome.score() - ExposureFormula.toScore(
                    100 * ExposureFormula.adjusted(outcome.exposure(), outcome.multiplier()), outcome.exposure()));
        }
    }

    String summary(List<ExposureAssessment.TaskScore> tasks) {
        double exposed = share(tasks, ExposureLevel.HIGH);
        double safe = share(tasks, ExposureLevel.LOW);
        ExposureAssessment.TaskScore top = tasks.stream()
                .max(Comparator.comparingDouble(ExposureAssessment.TaskScore::contribution)
                        .thenComparing(ExposureAssessment.TaskScore::id, Comparator.reverseOrder()))
                .orElseThrow();
        // the work that stays yours is real work: among tasks that take a tenth of the time or more, where there are any
        if (tasks.size() == 1) {
            return say("summary.single", exposed, top.title(), top.title(), top.share(), safe);
        }
        List<ExposureAssessment.TaskScore> others = tasks.stream().filter(t -> !t.id().equals(top.id())).toList();
        List<ExposureAssessment.TaskScore> substantial = others.stream()
                .filter(t -> t.share() >= PlanSelector.EDGE_MIN_SHARE).toList();
        ExposureAssessment.TaskScore kept = (substantial.isEmpty() ? others : substantial).stream()
                .min(Comparator.comparingDouble(ExposureAssessment.TaskScore::value)
                        .thenComparing(Comparator.comparingDouble(ExposureAssessment.TaskScore::share).reversed())
                        .thenComparing(ExposureAssessment.TaskScore::id))
                .orElseThrow();
        String key = exposed >= MOSTLY
                ? "summary.mostly-exposed"
                : safe >= MOSTLY ? "summary.mostly-safe" : "summary.mixed";
        return say(key, exposed, top.title(), kept.title(), kept.share(), safe);
    }

    String seniority(SeniorityLevel level, double years, SeniorityProfile profile, Effects effects) {
        int points = effects.seniorityPoints();
        String key = points > 0
                ? "seniority.explanation.elevated"
                : points < 0 ? "seniority.explanation.reduced" : "seniority.explanation.neutral";
        return say(key, say("seniority.level." + level.json()), years, Math.abs(points), profile.rationale());
    }

    String screen(Occupation occupation, String effect, Effects effects) {
        return say("screen.explanation." + effect, occupation.screenShare(),
                Insights.lowerTitle(occupation.title(), language), Math.abs(effects.screenPoints()));
    }

    private static double share(List<ExposureAssessment.TaskScore> tasks, ExposureLevel level) {
        return tasks.stream().filter(t -> t.level() == level).mapToDouble(ExposureAssessment.TaskScore::share).sum();
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }
}
