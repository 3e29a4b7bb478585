package dev.aiproof.taxonomy;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks cross-references, ranges and the derivation thresholds so that a bad edit fails at start-up, naming the
 * file and the entry, rather than in a person's report.
 */
final class TaxonomyValidator {

    /** Level and exposure thresholds of config/derive-taxonomy.py (docs/scoring.md). */
    static final double HIGH = 0.60;
    static final double MEDIUM = 0.35;
    static final double AUTOMATED = 0.70;

    private TaxonomyValidator() {
    }

    static void validate(Taxonomy taxonomy) {
        require(taxonomy.version() != null && !taxonomy.version().isBlank(), "taxonomy.yaml: version is missing");
        require(!taxonomy.sources().isEmpty(), "taxonomy.yaml: sources are missing");
        for (BandMeaning band : taxonomy.bands()) {
            require(notBlank(band.id()) && notBlank(band.meaning()), "taxonomy.yaml: a band has no id or meaning");
        }
        taxonomy.tasks().forEach(TaxonomyValidator::task);
        skills(taxonomy.skills());
        taxonomy.occupations().forEach(o -> occupation(taxonomy, o));
        seniority(taxonomy.seniority());
        plan(taxonomy);
    }

    private static void task(Task task) {
        String where = "tasks.yaml: " + task.id();
        require(notBlank(task.title()), where + ": title is missing");
        require(notBlank(task.rationale()), where + ": rationale is missing");
        require(!task.onet().isEmpty() || notBlank(task.iwa()), where + ": cites no O*NET task or IWA");
        require(task.iwa() == null || task.iwa().matches("4\\.A\\.[\\w.]+\\.I\\d{2}"),
                where + ": IWA '" + task.iwa() + "' is not an O*NET IWA id");
        for (String ref : task.onet()) {
            require(ref != null && ref.matches("\\d{2}-\\d{4}\\.\\d{2}/\\d+"),
                    where + ": O*NET reference '" + ref + "' is not 'SOC.00/TaskID'");
        }
        exposure(where, task.value(), task.exposure(), task.level());
        for (String keyword : task.allKeywords()) {
            require(lowerCase(keyword), where + ": keyword '" + keyword + "' must be lower-case");
        }
    }

    /** The level and class follow the value by the thresholds of config/derive-taxonomy.py. */
    private static void exposure(String where, double value, Exposure exposure, ExposureLevel level) {
        range(where + ": value", value);
        require(exposure != null && level != null, where + ": exposure and level are required");
        ExposureLevel expected = value >= HIGH
                ? ExposureLevel.HIGH
                : value >= MEDIUM ? ExposureLevel.MEDIUM : ExposureLevel.LOW;
        require(level == expected, where + ": level " + level + " does not match value " + value
                + " (expected " + expected + "; re-run config/derive-taxonomy.py)");
        require((exposure == Exposure.SAFE) == (value < MEDIUM)
                && (exposure != Exposure.AUTOMATED || value >= AUTOMATED),
                where + ": exposure " + exposure.json() + " does not match value " + value);
    }

    private static void skills(List<Skill> skills) {
        Map<String, String> aliasOwner = new HashMap<>();
        for (Skill skill : skills) {
            String where = "skills.yaml: " + skill.id();
            require(notBlank(skill.name()), where + ": name is missing");
            require(skill.kind() != null, where + ": kind is missing");
            require(notBlank(skill.rationale()), where + ": rationale is missing");
            require(!skill.aliases().isEmpty(), where + ": has no aliases");
            for (String alias : skill.aliases()) {
                require(lowerCase(alias), where + ": alias '" + alias + "' must be lower-case");
                String other = aliasOwner.putIfAbsent(alias, skill.id());
                require(other == null, where + ": alias '" + alias + "' is also used by " + other);
            }
        }
    }

    private static void occupation(Taxonomy taxonomy, Occupation occupation) {
        String where = "occupations.yaml: " + occupation.soc();
        require(occupation.soc().matches("\\d{2}-\\d{4}"), where + ": soc is not a SOC 2018 code");
        require(notBlank(occupation.title()), where + ": title is missing");
        require(notBlank(occupation.group()), where + ": group is missing");
        range(where + ": screenShare", occupation.screenShare());
        require(!occupation.titles().isEmpty(), where + ": has no job titles (titles.tsv)");
        // A title may belong to several occupations (the profiler ranks them), but only once to each.
        Set<String> titles = new HashSet<>();
        for (String title : occupation.titles()) {
            require(lowerCase(title), where + ": title '" + title + "' must be lower-case");
            require(titles.add(title), where + ": title '" + title + "' is listed twice");
        }
        require(!occupation.tasks().isEmpty(), where + ": has no tasks");
        Set<String> seen = new HashSet<>();
        double shares = 0;
        for (OccupationTask task : occupation.tasks()) {
            require(taxonomy.task(task.id()).isPresent(), where + ": unknown task " + task.id());
            require(seen.add(task.id()), where + ": task " + task.id() + " is listed twice");
            require(task.share() > 0 && task.share() <= 1,
                    where + ": share of " + task.id() + " = " + task.share() + " is outside (0, 1]");
            exposure(where + ": " + task.id(), task.value(), task.exposure(), task.level());
            shares += task.share();
        }
        require(Math.abs(shares - 1.0) <= 0.011, where + ": task shares add up to " + shares + ", not 1");
        for (String skill : occupation.allSkills()) {
            require(taxonomy.skill(skill).isPresent(), where + ": unknown skill " + skill);
        }
        for (String related : occupation.related()) {
            require(taxonomy.occupation(related).isPresent() && !related.equals(occupation.soc()),
                    where + ": related occupation " + related + " is unknown or itself");
        }
    }

    private static void seniority(List<SeniorityProfile> profiles) {
        Set<SeniorityLevel> levels = EnumSet.noneOf(SeniorityLevel.class);
        SeniorityProfile previous = null;
        for (SeniorityProfile profile : profiles) {
            String where = "seniority.yaml: " + (profile.level() == null ? "?" : profile.level().json());
            require(profile.level() != null, where + ": level is missing");
            require(levels.add(profile.level()), where + ": level is listed twice");
            require(profile.multiplier() > 0 && profile.multiplier() <= 2,
                    where + ": multiplier " + profile.multiplier() + " is outside (0, 2]");
            require(profile.tilt() > -1 && profile.tilt() < 1,
                    where + ": tilt " + profile.tilt() + " is outside (-1, 1)");
            require(profile.minYears() >= 0, where + ": minYears is negative");
            if (previous != null) {
                // Scores must never rise with seniority: the property tests and the report rely on this order.
                require(previous.level().compareTo(profile.level()) < 0, where + ": levels must be listed in order");
                require(profile.multiplier() <= previous.multiplier() && profile.tilt() <= previous.tilt(),
                        where + ": multiplier and tilt may not exceed those of " + previous.level().json());
            }
            previous = profile;
        }
        require(levels.equals(EnumSet.allOf(SeniorityLevel.class)),
                "seniority.yaml: every level needs a profile, found " + levels);
    }

    private static void plan(Taxonomy taxonomy) {
        Set<String> ids = new HashSet<>();
        for (PlanAction action : taxonomy.actions()) {
            String where = "plan.yaml: " + action.id();
            require(notBlank(action.id()), "plan.yaml: an action has no id");
            require(ids.add(action.id()), "plan.yaml: duplicate id " + action.id());
            require(notBlank(action.title()) && notBlank(action.detail()), where + ": title and detail are required");
            require(action.priority() >= 1, where + ": priority " + action.priority() + " must be 1 or more");
            action.whenTasks().forEach(t -> require(taxonomy.task(t).isPresent(), where + ": unknown task " + t));
            action.whenMissingSkills()
                    .forEach(s -> require(taxonomy.skill(s).isPresent(), where + ": unknown skill " + s));
            action.unlessTasks().forEach(t -> require(taxonomy.task(t).isPresent(), where + ": unknown task " + t));
        }
        require(taxonomy.actions().stream().filter(a -> a.whenTasks().isEmpty() && a.seniority().isEmpty()
                && a.whenMissingSkills().isEmpty()).count() >= 3,
                "plan.yaml: at least 3 actions without conditions are needed so every plan has 3 steps");
        for (GroupPlan group : taxonomy.groupPlans()) {
            String where = "group-plans.yaml: " + group.major();
            require(group.major().matches("\\d{2}"), where + ": major is not a SOC major group");
            require(notBlank(group.edge()), where + ": edge is missing");
            require(group.actions().size() >= 3, where + ": needs at least 3 actions");
            for (PlanAction action : group.actions()) {
                require(notBlank(action.id()) && ids.add(action.id()),
                        where + ": action id missing or used twice: " + action.id());
                require(notBlank(action.title()) && notBlank(action.detail()),
                        where + ": " + action.id() + ": title and detail are required");
            }
        }
        Set<String> edgeTasks = new HashSet<>();
        for (EdgeStatement edge : taxonomy.edges()) {
            require(taxonomy.task(edge.task()).isPresent(), "plan.yaml: edge for unknown task " + edge.task());
            require(edgeTasks.add(edge.task()), "plan.yaml: two edges for task " + edge.task());
            require(notBlank(edge.text()), "plan.yaml: edge for " + edge.task() + " has no text");
        }
    }

    private static void range(String where, double value) {
        require(value >= 0 && value <= 1, where + " = " + value + " is outside 0..1");
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean lowerCase(String value) {
        return value != null && value.equals(value.toLowerCase(Locale.ROOT)) && !value.isBlank();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new TaxonomyException(message);
        }
    }
}
