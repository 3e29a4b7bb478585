package dev.aiproof.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.taxonomy.EdgeStatement;
import dev.aiproof.taxonomy.ExposureLevel;
import dev.aiproof.taxonomy.GroupPlan;
import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.PlanAction;
import dev.aiproof.taxonomy.SeniorityLevel;
import dev.aiproof.taxonomy.Task;
import dev.aiproof.taxonomy.Taxonomy;

/**
 * Picks the plan and the edge by the rules in plan.yaml (described in docs/scoring.md):
 * an action is a candidate when it addresses one of the person's exposed tasks (HIGH or MEDIUM), the person shows
 * none of its skills, and it suits their seniority. Candidates are ranked by the score points of the exposed tasks
 * they address, then priority, then id. The plan is the best four task-specific actions plus general ones (no task
 * condition) so that it always has one general action and 3 to 5 steps.
 */
final class PlanSelector {

    static final int MAX_TARGETED = 4;
    static final int MIN_STEPS = 3;
    static final int MAX_STEPS = 5;
    static final double EDGE_MIN_SHARE = 0.10;

    private final Taxonomy taxonomy;
    private final Map<String, EdgeStatement> edges;
    private final MessageSource messages;
    private final Locale locale;

    PlanSelector(Taxonomy taxonomy, MessageSource messages, Locale locale) {
        this.taxonomy = taxonomy;
        this.messages = messages;
        this.locale = locale;
        this.edges = taxonomy.edges().stream()
                .collect(Collectors.toMap(EdgeStatement::task, Function.identity(), (a, b) -> a));
    }

    List<ExposureAssessment.PlanStep> plan(Occupation occupation, List<ExposureAssessment.TaskScore> tasks,
            CareerProfile profile, SeniorityLevel level) {
        Map<String, Double> exposedPoints = tasks.stream()
                .filter(t -> t.level() != ExposureLevel.LOW)
                .collect(Collectors.toMap(ExposureAssessment.TaskScore::id,
                        ExposureAssessment.TaskScore::contribution, Double::sum));
        Set<String> skills = new HashSet<>();
        profile.skills().forEach(s -> skills.add(s.skillId()));
        // what the CV shows the person doing, quoted from it: the usual task mix of an empty CV shows nothing
        Set<String> shown = new HashSet<>();
        tasks.stream().filter(t -> !t.evidence().isEmpty()).forEach(t -> shown.add(t.id()));

        List<Ranked> targeted = new ArrayList<>();
        List<Ranked> general = new ArrayList<>();
        for (PlanAction action : taxonomy.actions()) {
            if (!suits(action, level) || action.whenMissingSkills().stream().anyMatch(skills::contains)
                    || action.unlessTasks().stream().anyMatch(shown::contains)) {
                continue;
            }
            if (action.whenTasks().isEmpty()) {
                general.add(new Ranked(action, 0));
            } else {
                double points = action.whenTasks().stream()
                        .collect(Collectors.summingDouble(t -> exposedPoints.getOrDefault(t, 0.0)));
                if (action.whenTasks().stream().anyMatch(exposedPoints::containsKey)) {
                    targeted.add(new Ranked(action, points));
                }
            }
        }
        Comparator<Ranked> order = Comparator.comparingDouble(Ranked::points).reversed()
                .thenComparingInt(r -> r.action().priority())
                .thenComparing(r -> r.action().id());
        targeted.sort(order);
        general.sort(order);
        // the occupation group's own actions come before the actions written for everyone
        List<Ranked> group = taxonomy.groupPlan(occupation).map(g -> g.actions().stream()
                .filter(a -> suits(a, level)).map(a -> new Ranked(a, 0)).sorted(order).toList()).orElse(List.of());
        general.addAll(0, group);
        List<PlanAction> chosen = new ArrayList<>();
        targeted.stream().limit(MAX_TARGETED).forEach(r -> chosen.add(r.action()));
        int wanted = chosen.isEmpty() ? MAX_TARGETED : Math.max(MIN_STEPS, Math.min(MAX_STEPS, chosen.size() + 1));
        general.stream().limit(Math.max(0, wanted - chosen.size())).forEach(r -> chosen.add(r.action()));
        return chosen.stream().map(a -> new ExposureAssessment.PlanStep(a.id(), a.title(), a.detail())).toList();
    }

    /**
     * The edge rests on the person's strongest work that AI reaches least: among tasks with an edge statement that the
     * CV shows, and of those the ones that take a tenth of the time or more (all when none does), the largest share of
     * work not highly exposed, else the least exposed task; "{task}" in the statement becomes its title, and the CV
     * line that shows the task follows, so that two people in one occupation read about their own work. When the CV
     * shows tasks but none with a statement, the occupation group's edge (else the general one for that task) rests
     * on the strongest task it shows, by the same choice. When it shows no task, the edge is the strongest task with
     * a statement, the group's or the general one, quoting nothing: the job title backs the occupation, not a task.
     */
    String edge(Occupation occupation, List<ExposureAssessment.TaskScore> tasks) {
        List<ExposureAssessment.TaskScore> withStatement = tasks.stream()
                .filter(t -> statement(t.id()) != null).toList();
        List<ExposureAssessment.TaskScore> shown = tasks.stream().filter(t -> !t.evidence().isEmpty()).toList();
        Optional<String> groupEdge = taxonomy.groupPlan(occupation).map(GroupPlan::edge);
        Optional<ExposureAssessment.TaskScore> shownWithStatement = strongest(
                shown.stream().filter(withStatement::contains).toList());
        if (shownWithStatement.isPresent()) {
            ExposureAssessment.TaskScore task = shownWithStatement.get();
            return quoted(statement(task.id()).replace("{task}", lower(task.title())), task);
        }
        Optional<ExposureAssessment.TaskScore> strongestShown = strongest(shown);
        if (strongestShown.isPresent()) {
            ExposureAssessment.TaskScore task = strongestShown.get();
            return quoted(groupEdge.orElseGet(() -> fallback(task)), task);
        }
        return strongest(withStatement).map(t -> statement(t.id()).replace("{task}", lower(t.title())))
                .or(() -> groupEdge)
                .orElseGet(() -> fallback(tasks.stream()
                        .min(Comparator.comparingDouble(ExposureAssessment.TaskScore::value)
                                .thenComparing(ExposureAssessment.TaskScore::id))
                        .orElseThrow()));
    }

    private String quoted(String text, ExposureAssessment.TaskScore task) {
        return messages.getMessage("edge.evidence", new Object[] {text, task.evidence().getFirst()}, locale);
    }

    private String fallback(ExposureAssessment.TaskScore task) {
        return messages.getMessage("edge.fallback", new Object[] {lower(task.title())}, locale);
    }

    private static Optional<ExposureAssessment.TaskScore> strongest(List<ExposureAssessment.TaskScore> tasks) {
        List<ExposureAssessment.TaskScore> substantial = tasks.stream().filter(t -> t.share() >= EDGE_MIN_SHARE)
                .toList();
        List<ExposureAssessment.TaskScore> pool = substantial.isEmpty() ? tasks : substantial;
        return pool.stream().filter(t -> t.level() != ExposureLevel.HIGH)
                .max(Comparator.comparingDouble(ExposureAssessment.TaskScore::share)
                        .thenComparing(Comparator.comparingDouble(ExposureAssessment.TaskScore::value).reversed())
                        .thenComparing(ExposureAssessment.TaskScore::id, Comparator.reverseOrder()))
                .or(() -> pool.stream().min(Comparator.comparingDouble(ExposureAssessment.TaskScore::value)
                        .thenComparing(Comparator.comparingDouble(ExposureAssessment.TaskScore::share).reversed())
                        .thenComparing(ExposureAssessment.TaskScore::id)));
    }

    private String statement(String taskId) {
        EdgeStatement curated = edges.get(taskId);
        return curated != null ? curated.text() : unitEdge(taskId);
    }

    private String unitEdge(String taskId) {
        return taxonomy.task(taskId).map(Task::edge).filter(e -> !e.isBlank()).orElse(null);
    }

    private static boolean suits(PlanAction action, SeniorityLevel level) {
        return action.seniority().isEmpty() || action.seniority().contains(level);
    }

    private static String lower(String title) {
        return title.isEmpty() ? title : title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1);
    }

    private record Ranked(PlanAction action, double points) {
    }
}
