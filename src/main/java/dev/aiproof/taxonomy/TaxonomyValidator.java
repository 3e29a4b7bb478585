package dev.aiproof.taxonomy;

import java.util.EnumSet;
import java.util.Set;

/** Checks cross-references and ranges so that a bad edit fails at start-up, not in a person's report. */
final class TaxonomyValidator {

    private TaxonomyValidator() {
    }

    static void validate(Taxonomy taxonomy) {
        for (Occupation occupation : taxonomy.occupations()) {
            String where = "occupations.yaml: " + occupation.soc();
            if (!occupation.soc().matches("\\d{2}-\\d{4}")) {
                throw new TaxonomyException(where + ": soc is not a SOC 2018 code");
            }
            range(where + ": screenShare", occupation.screenShare());
            double shares = 0;
            for (OccupationTask task : occupation.tasks()) {
                if (taxonomy.task(task.id()).isEmpty()) {
                    throw new TaxonomyException(where + ": unknown task " + task.id());
                }
                range(where + ": share of " + task.id(), task.share());
                shares += task.share();
            }
            if (Math.abs(shares - 1.0) > 0.011) {
                throw new TaxonomyException(where + ": task shares add up to " + shares + ", not 1");
            }
            for (String skill : occupation.skills()) {
                if (taxonomy.skill(skill).isEmpty()) {
                    throw new TaxonomyException(where + ": unknown skill " + skill);
                }
            }
        }
        for (Task task : taxonomy.tasks()) {
            range("tasks.yaml: " + task.id() + ": value", task.value());
        }
        Set<SeniorityLevel> levels = EnumSet.noneOf(SeniorityLevel.class);
        taxonomy.seniority().forEach(s -> levels.add(s.level()));
        if (!levels.equals(EnumSet.allOf(SeniorityLevel.class))) {
            throw new TaxonomyException("seniority.yaml: every level needs a profile, found " + levels);
        }
        for (PlanAction action : taxonomy.actions()) {
            for (String task : action.whenTasks()) {
                if (taxonomy.task(task).isEmpty()) {
                    throw new TaxonomyException("plan.yaml: " + action.id() + ": unknown task " + task);
                }
            }
            for (String skill : action.whenMissingSkills()) {
                if (taxonomy.skill(skill).isEmpty()) {
                    throw new TaxonomyException("plan.yaml: " + action.id() + ": unknown skill " + skill);
                }
            }
        }
        for (EdgeStatement edge : taxonomy.edges()) {
            if (taxonomy.task(edge.task()).isEmpty()) {
                throw new TaxonomyException("plan.yaml: edge for unknown task " + edge.task());
            }
        }
    }

    private static void range(String where, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new TaxonomyException(where + " = " + value + " is outside 0..1");
        }
    }
}
