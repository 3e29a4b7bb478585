package dev.aiproof.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.taxonomy.Exposure;
import dev.aiproof.taxonomy.ExposureLevel;
import dev.aiproof.taxonomy.Language;
import dev.aiproof.taxonomy.Messages;
import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.OccupationTask;
import dev.aiproof.taxonomy.SeniorityLevel;
import dev.aiproof.taxonomy.SeniorityProfile;
import dev.aiproof.taxonomy.Skill;
import dev.aiproof.taxonomy.SkillKind;
import dev.aiproof.taxonomy.Source;
import dev.aiproof.taxonomy.Task;
import dev.aiproof.taxonomy.Taxonomy;

/**
 * Scores a profile against the taxonomy (formula in docs/scoring.md). Pure: the same profile and taxonomy give the
 * same assessment on every run and machine; nothing is read from the clock, the environment or random sources.
 */
@Component
public class Scorer {

    private final Taxonomy taxonomy;
    private final MessageSource messages;
    private final Map<String, Integer> baseScores = new LinkedHashMap<>();
    private final Map<Language, PlanSelector> plans = new EnumMap<>(Language.class);

    /** With the service's own message bundles, for tools and tests that score without Spring. */
    public Scorer(Taxonomy taxonomy) {
        this(taxonomy, Messages.bundled());
    }

    @Autowired
    public Scorer(Taxonomy taxonomy, MessageSource messages) {
        this.taxonomy = taxonomy;
        this.messages = messages;
        taxonomy.occupations().forEach(o -> baseScores.put(o.soc(), computeBaseScore(o)));
        for (Language language : Language.values()) {
            plans.put(language, new PlanSelector(taxonomy.in(language), messages, language.locale()));
        }
    }

    /** The score of a typical mid-level worker doing the occupation's usual task mix. */
    public int baseScore(Occupation occupation) {
        Integer known = baseScores.get(occupation.soc());
        return known != null ? known : computeBaseScore(occupation);
    }

    public ExposureAssessment score(CareerProfile profile) {
        return score(profile, Language.EN);
    }

    /** The assessment with every text in {@code language}; the numbers do not depend on it. */
    public ExposureAssessment score(CareerProfile profile, Language language) {
        Taxonomy texts = taxonomy.in(language);
        Occupation occupation = texts.occupation(profile.occupation().soc()).orElseThrow(
                () -> new IllegalArgumentException("unknown occupation " + profile.occupation().soc()));
        SeniorityLevel level = profile.seniority().level();
        SeniorityProfile seniority = texts.seniority(level);
        List<Claimed> claimed = claimedTasks(profile, occupation, texts);
        List<ExposureFormula.Item> items = claimed.stream()
                .map(c -> new ExposureFormula.Item(c.value(), c.share())).toList();
        ExposureFormula.Outcome outcome = ExposureFormula.evaluate(items, seniority, occupation.screenShare());
        ExposureFormula.Outcome asMid = ExposureFormula.evaluate(items, taxonomy.seniority(SeniorityLevel.MID),
                occupation.screenShare());

        List<ExposureAssessment.TaskScore> tasks = new ArrayList<>();
        for (int i = 0; i < claimed.size(); i++) {
            Claimed c = claimed.get(i);
            Task t = c.task();
            tasks.add(new ExposureAssessment.TaskScore(t.id(), t.title(), c.exposure(), c.level(), c.value(),
                    round(c.share(), 4), t.rationale(), c.evidence(), round(outcome.contributions().get(i), 2)));
        }
        List<ExposureAssessment.SkillView> vulnerable = skills(profile, SkillKind.VULNERABLE, texts);
        List<ExposureAssessment.SkillView> resilient = skills(profile, SkillKind.RESILIENT, texts);
        int base = baseScores.get(occupation.soc());
        Explanations explain = new Explanations(messages, language);
        Explanations.Effects effects = Explanations.Effects.of(outcome, asMid);
        double years = profile.seniority().yearsOfExperience();
        var seniorityEffect = new ExposureAssessment.SeniorityEffect(level, years, effect(seniority.multiplier()),
                seniority.multiplier(), seniority.tilt(), explain.seniority(level, years, seniority, effects));
        String screenEffect = screenEffect(outcome.screenFactor());
        var screen = new ExposureAssessment.ScreenWork(occupation.screenShare(), screenEffect,
                round(outcome.screenFactor(), 3), explain.screen(occupation, screenEffect, effects));
        List<String> insights = new Insights(messages, language).write(occupation, tasks, outcome, asMid, level, base,
                vulnerable.size(), resilient.size());
        Band band = Band.of(outcome.score());
        PlanSelector selector = plans.get(language);
        return new ExposureAssessment(taxonomy.version(), occupation.soc(), occupation.title(), outcome.score(),
                band, texts.bandName(band.json()), texts.bandMeaning(band.json()), explain.summary(tasks),
                seniorityEffect, screen, tasks,
                vulnerable, resilient, insights, selector.plan(occupation, tasks, profile, level),
                selector.edge(occupation, tasks),
                RelatedOccupations.find(texts, baseScores, occupation, profile, outcome.score()),
                taxonomy.sources().stream().map(Source::citation).toList(), base, language.code());
    }

    private int computeBaseScore(Occupation occupation) {
        List<ExposureFormula.Item> items = occupation.tasks().stream()
                .map(t -> new ExposureFormula.Item(t.value(), t.share())).toList();
        return ExposureFormula.evaluate(items, taxonomy.seniority(SeniorityLevel.MID), occupation.screenShare())
                .score();
    }

    /**
     * The person's tasks, each valued for their occupation: a unit of the occupation's own mix carries the value of
     * the occupation's O*NET tasks in it, any other unit its value pooled over all occupations. When the profile
     * names no tasks, the occupation's usual mix stands in (without evidence).
     */
    private List<Claimed> claimedTasks(CareerProfile profile, Occupation occupation, Taxonomy texts) {
        Map<String, OccupationTask> own = new LinkedHashMap<>();
        occupation.tasks().forEach(t -> own.put(t.id(), t));
        Map<String, Claimed> byId = new LinkedHashMap<>();
        for (CareerProfile.TaskClaim claim : profile.tasks()) {
            Claimed previous = byId.get(claim.taskId());
            double share = claim.share() + (previous == null ? 0 : previous.share());
            List<String> evidence = new ArrayList<>(previous == null ? List.of() : previous.evidence());
            evidence.addAll(claim.evidence());
            byId.put(claim.taskId(), claimed(task(texts, claim.taskId()), own.get(claim.taskId()), share,
                    List.copyOf(evidence)));
        }
        if (byId.isEmpty()) {
            for (OccupationTask usual : occupation.tasks()) {
                byId.put(usual.id(), claimed(task(texts, usual.id()), usual, usual.share(), List.of()));
            }
        }
        double total = byId.values().stream().collect(Collectors.summingDouble(Claimed::share));
        return byId.values().stream()
                .map(c -> c.withShare(total > 0 ? c.share() / total : 1.0 / byId.size()))
                .toList();
    }

    private static Claimed claimed(Task task, OccupationTask own, double share, List<String> evidence) {
        return own == null
                ? new Claimed(task, task.value(), task.exposure(), task.level(), share, evidence)
                : new Claimed(task, own.value(), own.exposure(), own.level(), share, evidence);
    }

    private static List<ExposureAssessment.SkillView> skills(CareerProfile profile, SkillKind kind, Taxonomy taxonomy) {
        Map<String, ExposureAssessment.SkillView> views = new LinkedHashMap<>();
        for (CareerProfile.SkillClaim claim : profile.skills()) {
            Skill skill = taxonomy.skill(claim.skillId())
                    .orElseThrow(() -> new IllegalArgumentException("unknown skill " + claim.skillId()));
            if (skill.kind() == kind) {
                views.putIfAbsent(skill.id(),
                        new ExposureAssessment.SkillView(skill.id(), skill.name(), skill.rationale(),
                                claim.evidence()));
            }
        }
        return List.copyOf(views.values());
    }

    private static Task task(Taxonomy taxonomy, String id) {
        return taxonomy.task(id).orElseThrow(() -> new IllegalArgumentException("unknown task " + id));
    }

    /** Seniority raises the risk above the mid-level reference (multiplier above 1) or lowers it. */
    private static String effect(double multiplier) {
        return multiplier > 1 ? "elevated" : multiplier < 1 ? "reduced" : "neutral";
    }

    private static String screenEffect(double screenFactor) {
        return screenFactor > 1.02 ? "elevated" : screenFactor < 0.98 ? "reduced" : "neutral";
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.floor(value * scale + 0.5) / scale;
    }

    record Claimed(Task task, double value, Exposure exposure, ExposureLevel level, double share,
            List<String> evidence) {

        Claimed withShare(double newShare) {
            return new Claimed(task, value, exposure, level, newShare, evidence);
        }
    }
}
