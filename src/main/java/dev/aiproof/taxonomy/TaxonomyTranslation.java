package dev.aiproof.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lays a language's overlay (config/taxonomy/nb/) over the English taxonomy: the same ids, numbers and rules with
 * that language's texts. A text the overlay lacks stays English and is listed in {@link Result#missing()}, so a test
 * can insist that there are none while the service still starts.
 */
final class TaxonomyTranslation {

    private TaxonomyTranslation() {
    }

    /** One entry's texts; which fields apply depends on the kind of entry. */
    record Text(String title, String name, String rationale, String edge, String detail, String meaning) {
    }

    /**
     * Everything an overlay may hold. {@code technology} has one sentence per skill kind with {@code %s} for the
     * tool's name, since O*NET's thousands of technology skills share a rationale per kind.
     */
    record Overlay(Map<String, Text> tasks, Map<String, Text> units, Map<String, Text> skills,
            Map<String, Text> bands, Map<String, Text> seniority, Map<String, Text> actions,
            Map<String, String> edges, Map<String, Text> groups, Map<String, Text> groupActions,
            Map<String, String> technology, Map<String, String> occupations) {

        Overlay {
            tasks = copy(tasks);
            units = copy(units);
            skills = copy(skills);
            bands = copy(bands);
            seniority = copy(seniority);
            actions = copy(actions);
            edges = copy(edges);
            groups = copy(groups);
            groupActions = copy(groupActions);
            technology = copy(technology);
            occupations = copy(occupations);
        }

        static Overlay empty() {
            return new Overlay(null, null, null, null, null, null, null, null, null, null, null);
        }

        Overlay merge(Overlay o) {
            return new Overlay(join(tasks, o.tasks), join(units, o.units), join(skills, o.skills), join(bands, o.bands),
                    join(seniority, o.seniority), join(actions, o.actions), join(edges, o.edges),
                    join(groups, o.groups), join(groupActions, o.groupActions), join(technology, o.technology),
                    join(occupations, o.occupations));
        }

        private static <V> Map<String, V> copy(Map<String, V> map) {
            return map == null ? Map.of() : Map.copyOf(map);
        }

        private static <V> Map<String, V> join(Map<String, V> a, Map<String, V> b) {
            var all = new java.util.HashMap<>(a);
            all.putAll(b);
            return all;
        }
    }

    /** The translated taxonomy and the texts that had to stay English ("task write-code title"). */
    record Result(Taxonomy taxonomy, List<String> missing) {
    }

    static Result translate(Taxonomy english, Overlay overlay) {
        Missing missing = new Missing();
        List<Task> tasks = english.tasks().stream().map(t -> {
            Map<String, Text> texts = t.iwa() == null ? overlay.tasks() : overlay.units();
            Text x = texts.get(t.id());
            String kind = t.iwa() == null ? "task " : "unit ";
            return new Task(t.id(), missing.pick(x, Text::title, t.title(), kind + t.id() + " title"), t.onet(),
                    t.iwa(),
                    t.value(), t.exposure(), t.level(),
                    missing.pick(x, Text::rationale, t.rationale(), kind + t.id() + " rationale"),
                    blank(t.edge()) ? t.edge() : missing.pick(x, Text::edge, t.edge(), kind + t.id() + " edge"),
                    t.keywords(), t.keywordsNb(), t.basis());
        }).toList();
        List<Skill> skills = english.skills().stream().map(s -> skill(s, overlay, missing)).toList();
        List<SeniorityProfile> seniority = english.seniority().stream().map(s -> new SeniorityProfile(s.level(),
                s.minYears(), s.multiplier(), s.titleKeywords(), missing.pick(overlay.seniority().get(s.level().json()),
                        Text::rationale, s.rationale(), "seniority " + s.level().json()),
                s.tilt())).toList();
        List<PlanAction> actions = english.actions().stream()
                .map(a -> action(a, overlay.actions().get(a.id()), missing)).toList();
        List<EdgeStatement> edges = english.edges().stream().map(e -> new EdgeStatement(e.task(),
                missing.pick(overlay.edges().get(e.task()), Function.identity(), e.text(), "edge " + e.task())))
                .toList();
        List<GroupPlan> groups = english.groupPlans().stream().map(g -> {
            Text x = overlay.groups().get(g.major());
            return new GroupPlan(g.major(), missing.pick(x, Text::name, g.name(), "group " + g.major() + " name"),
                    missing.pick(x, Text::edge, g.edge(), "group " + g.major() + " edge"),
                    g.actions().stream().map(a -> action(a, overlay.groupActions().get(a.id()), missing)).toList());
        }).toList();
        List<BandMeaning> bands = english.bands().stream().map(b -> {
            Text x = overlay.bands().get(b.id());
            return b.translated(missing.pick(x, Text::name, b.name(), "band " + b.id() + " name"),
                    missing.pick(x, Text::meaning, b.meaning(), "band " + b.id() + " meaning"));
        }).toList();
        List<Occupation> occupations = english.occupations().stream().map(o -> o.withTitle(missing.pick(
                overlay.occupations().get(o.soc()), Function.identity(), o.title(), "occupation " + o.soc()))).toList();
        Taxonomy translated = new Taxonomy(english.version(), occupations, tasks, skills, seniority, actions, edges,
                english.sources(), groups, bands);
        return new Result(translated, List.copyOf(missing.list));
    }

    private static Skill skill(Skill s, Overlay overlay, Missing missing) {
        Text x = overlay.skills().get(s.id());
        String rationale;
        if (x == null && s.technology()) {
            String template = overlay.technology().get(s.kind().name().toLowerCase(java.util.Locale.ROOT));
            rationale = missing.pick(template, t -> t.formatted(s.name()), s.rationale(), "technology " + s.kind());
        } else {
            rationale = missing.pick(x, Text::rationale, s.rationale(), "skill " + s.id() + " rationale");
        }
        String name = x == null || blank(x.name()) ? s.name() : x.name();
        return new Skill(s.id(), name, s.aliases(), s.kind(), rationale, s.ambiguous(), s.category(), s.hot());
    }

    private static PlanAction action(PlanAction a, Text x, Missing missing) {
        return new PlanAction(a.id(), missing.pick(x, Text::title, a.title(), "action " + a.id() + " title"),
                missing.pick(x, Text::detail, a.detail(), "action " + a.id() + " detail"), a.whenTasks(),
                a.whenMissingSkills(), a.seniority(), a.priority(), a.unlessTasks());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static final class Missing {
        private final java.util.Set<String> list = new java.util.LinkedHashSet<>();

        <T> String pick(T entry, Function<T, String> field, String english, String what) {
            String text = entry == null ? null : field.apply(entry);
            if (blank(text)) {
                list.add(what);
                return english;
            }
            return text;
        }
    }
}
