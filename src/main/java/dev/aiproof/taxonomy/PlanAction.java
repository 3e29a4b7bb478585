package dev.aiproof.taxonomy;

import java.util.List;

/**
 * A concrete step a person can take, with the conditions under which it is offered.
 *
 * @param whenTasks     offered when one of these tasks is among the person's exposed tasks (empty: any)
 * @param whenMissingSkills offered when the person shows none of these resilient skills (empty: no condition)
 * @param seniority     career stages it suits (empty: all)
 * @param unlessTasks   not offered when the CV shows one of these tasks: the work the action asks a person to move
 *                      to, which they need not be told to start
 */
public record PlanAction(String id, String title, String detail, List<String> whenTasks,
        List<String> whenMissingSkills, List<SeniorityLevel> seniority, int priority,
        List<String> unlessTasks) {

    public PlanAction {
        whenTasks = whenTasks == null ? List.of() : List.copyOf(whenTasks);
        whenMissingSkills = whenMissingSkills == null ? List.of() : List.copyOf(whenMissingSkills);
        seniority = seniority == null ? List.of() : List.copyOf(seniority);
        unlessTasks = unlessTasks == null ? List.of() : List.copyOf(unlessTasks);
    }
}
