package dev.aiproof.taxonomy;

import java.util.List;

/**
 * Plan actions and an edge for every occupation of a SOC 2018 major group (group-plans.yaml), used where no
 * curated action or edge fits the person's tasks.
 */
public record GroupPlan(String major, String name, String edge, List<PlanAction> actions) {

    public GroupPlan {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
