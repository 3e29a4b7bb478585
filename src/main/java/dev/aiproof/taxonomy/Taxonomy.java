package dev.aiproof.taxonomy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The versioned vocabulary every stage speaks: occupations, tasks, skills, seniority levels, plan actions.
 * Loaded and validated once at start-up by {@link TaxonomyLoader}; immutable afterwards.
 */
public final class Taxonomy {

    private final String version;
    private final Map<String, Occupation> occupations;
    private final Map<String, Task> tasks;
    private final Map<String, Skill> skills;
    private final List<SeniorityProfile> seniority;
    private final List<PlanAction> actions;
    private final List<EdgeStatement> edges;
    private final List<Source> sources;
    private final Map<String, GroupPlan> groupPlans;
    private final List<BandMeaning> bands;
    /** Set once by the loader, before the taxonomy is published. */
    private final Map<Language, Taxonomy> translations = new java.util.EnumMap<>(Language.class);
    private final Map<Language, List<String>> untranslated = new java.util.EnumMap<>(Language.class);

    public Taxonomy(String version, List<Occupation> occupations, List<Task> tasks, List<Skill> skills,
            List<SeniorityProfile> seniority, List<PlanAction> actions, List<EdgeStatement> edges,
            List<Source> sources) {
        this(version, occupations, tasks, skills, seniority, actions, edges, sources, List.of());
    }

    public Taxonomy(String version, List<Occupation> occupations, List<Task> tasks, List<Skill> skills,
            List<SeniorityProfile> seniority, List<PlanAction> actions, List<EdgeStatement> edges,
            List<Source> sources, List<GroupPlan> groupPlans) {
        this(version, occupations, tasks, skills, seniority, actions, edges, sources, groupPlans, List.of());
    }

    public Taxonomy(String version, List<Occupation> occupations, List<Task> tasks, List<Skill> skills,
            List<SeniorityProfile> seniority, List<PlanAction> actions, List<EdgeStatement> edges,
            List<Source> sources, List<GroupPlan> groupPlans, List<BandMeaning> bands) {
        this.version = version;
        this.occupations = index(occupations, Occupation::soc, "occupations.yaml");
        this.tasks = index(tasks, Task::id, "tasks.yaml");
        this.skills = index(skills, Skill::id, "skills.yaml");
        this.seniority = seniority == null ? List.of() : List.copyOf(seniority);
        this.actions = actions == null ? List.of() : List.copyOf(actions);
        this.edges = edges == null ? List.of() : List.copyOf(edges);
        this.sources = sources == null ? List.of() : List.copyOf(sources);
        this.bands = bands == null ? List.of() : List.copyOf(bands);
        this.groupPlans = index(groupPlans == null ? List.of() : groupPlans, GroupPlan::major, "group-plans.yaml");
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id, String file) {
        if (items == null) {
            throw new TaxonomyException(file + ": no entries");
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null || id.apply(items.get(i)) == null || id.apply(items.get(i)).isBlank()) {
                throw new TaxonomyException(file + ": entry " + (i + 1) + " has no id");
            }
        }
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> {
            throw new TaxonomyException(file + ": duplicate id " + id.apply(a));
        }, LinkedHashMap::new));
    }

    public String version() {
        return version;
    }

    /** The same taxonomy with its texts in {@code language}; English is this one. */
    public Taxonomy in(Language language) {
        return language == null || language == Language.EN ? this : translations.getOrDefault(language, this);
    }

    /** Texts that {@link #in(Language)} shows in English for want of a translation ("task write-code title"). */
    public List<String> untranslated(Language language) {
        return untranslated.getOrDefault(language, language == Language.EN ? List.of() : List.of("everything"));
    }

    void addTranslation(Language language, Taxonomy translated, List<String> missing) {
        translations.put(language, translated);
        untranslated.put(language, List.copyOf(missing));
    }

    public List<Occupation> occupations() {
        return List.copyOf(occupations.values());
    }

    public Optional<Occupation> occupation(String soc) {
        return Optional.ofNullable(occupations.get(soc));
    }

    public List<Task> tasks() {
        return List.copyOf(tasks.values());
    }

    public Optional<Task> task(String id) {
        return Optional.ofNullable(tasks.get(id));
    }

    public List<Skill> skills() {
        return List.copyOf(skills.values());
    }

    public Optional<Skill> skill(String id) {
        return Optional.ofNullable(skills.get(id));
    }

    public List<SeniorityProfile> seniority() {
        return seniority;
    }

    public SeniorityProfile seniority(SeniorityLevel level) {
        return seniority.stream().filter(s -> s.level() == level).findFirst()
                .orElseThrow(() -> new TaxonomyException("no seniority profile for " + level));
    }

    public List<PlanAction> actions() {
        return actions;
    }

    public List<EdgeStatement> edges() {
        return edges;
    }

    public List<Source> sources() {
        return sources;
    }

    public List<BandMeaning> bands() {
        return bands;
    }

    /** The words for a band id (low, moderate, high, very_high); empty text when the taxonomy has none. */
    public String bandMeaning(String band) {
        return bands.stream().filter(b -> b.id().equals(band)).map(BandMeaning::meaning).findFirst().orElse("");
    }

    /** The band's name ("Very high"); the id itself when the taxonomy has none. */
    public String bandName(String band) {
        return bands.stream().filter(b -> b.id().equals(band)).map(BandMeaning::name)
                .filter(n -> n != null && !n.isBlank()).findFirst().orElse(band);
    }

    public List<GroupPlan> groupPlans() {
        return List.copyOf(groupPlans.values());
    }

    /** The plan actions and edge for the occupation's SOC major group, if written. */
    public Optional<GroupPlan> groupPlan(Occupation occupation) {
        return Optional.ofNullable(groupPlans.get(occupation.majorGroup()));
    }
}
