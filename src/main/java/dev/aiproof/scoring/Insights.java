package dev.aiproof.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import dev.aiproof.taxonomy.ExposureLevel;
import dev.aiproof.taxonomy.Language;
import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.SeniorityLevel;

/** Plain-language observations about an assessment, each derived from numbers in it; the words are in messages. */
final class Insights {

    private final MessageSource messages;
    private final Language language;

    Insights(MessageSource messages, Language language) {
        this.messages = messages;
        this.language = language;
    }

    List<String> write(Occupation occupation, List<ExposureAssessment.TaskScore> tasks,
            ExposureFormula.Outcome outcome, ExposureFormula.Outcome asMid, SeniorityLevel level,
            int baseScore, int vulnerableSkills, int resilientSkills) {
        List<String> insights = new ArrayList<>();
        long high = tasks.stream().filter(t -> t.level() == ExposureLevel.HIGH).count();
        String highKey = tasks.size() == 1
                ? (high == 0 ? "insight.high.none.single" : "insight.high.single")
                : high == 0 ? "insight.high.none" : high == 1 ? "insight.high.one" : "insight.high.some";
        insights.add(say(highKey, high, tasks.size()));
        tasks.stream().max(Comparator.comparingDouble(ExposureAssessment.TaskScore::contribution)
                .thenComparing(ExposureAssessment.TaskScore::id, Comparator.reverseOrder()))
                .filter(t -> t.contribution() > 0)
                .ifPresent(t -> insights.add(say("insight.top-task", t.title(), t.contribution(), outcome.score(),
                        t.share())));
        tasks.stream().filter(t -> t.level() == ExposureLevel.LOW)
                .max(Comparator.comparingDouble(ExposureAssessment.TaskScore::share)
                        .thenComparing(ExposureAssessment.TaskScore::id, Comparator.reverseOrder()))
                .ifPresent(t -> insights.add(say("insight.protected-task", t.title(), t.share())));
        int seniorityPoints = outcome.score() - asMid.score();
        if (seniorityPoints != 0) {
            insights.add(say(seniorityPoints > 0 ? "insight.seniority.higher" : "insight.seniority.lower",
                    say("seniority.level." + level.json()), Math.abs(seniorityPoints)));
        }
        int screenPoints = outcome.score() - ExposureFormula.toScore(
                100 * ExposureFormula.adjusted(outcome.exposure(), outcome.multiplier()), outcome.exposure());
        if (screenPoints != 0) {
            insights.add(say(screenPoints > 0 ? "insight.screen.adds" : "insight.screen.takes",
                    occupation.screenShare(), lowerTitle(occupation.title(), language), Math.abs(screenPoints)));
        }
        int difference = outcome.score() - baseScore;
        String comparison = difference == 0
                ? "insight.base.same"
                : difference > 0 ? "insight.base.higher" : "insight.base.lower";
        insights.add(say(comparison, language.inSentence(occupation.title()), baseScore, outcome.score(),
                Math.abs(difference)));
        if (vulnerableSkills + resilientSkills > 0) {
            insights.add(say("insight.skills", vulnerableSkills, resilientSkills));
        }
        return insights;
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }

    /**
     * An occupation's title inside a sentence: English SOC titles are plural nouns ("software developers"), the
     * Norwegian ones singular and capitalised only as the first word of a sentence would be.
     */
    static String lowerTitle(String title, Language language) {
        if (title.isEmpty()) {
            return title;
        }
        return language == Language.EN
                ? title.toLowerCase(Locale.ROOT)
                : title.substring(0, 1).toLowerCase(language.locale()) + title.substring(1);
    }
}
