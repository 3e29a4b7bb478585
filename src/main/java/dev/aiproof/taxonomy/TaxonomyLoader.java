package dev.aiproof.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the taxonomy from a folder of files and validates it, failing fast with the file and entry named:
 * taxonomy.yaml, occupations.yaml, titles.tsv, tasks.yaml, units.yaml, skills.yaml, technology.tsv,
 * seniority.yaml, plan.yaml and group-plans.yaml (docs/scoring.md says which are derived and which curated).
 */
public final class TaxonomyLoader {

    /** The taxonomy packaged into the jar from config/taxonomy. */
    public static final String DEFAULT_LOCATION = "classpath:config/taxonomy/";
    /** The service's default cache folder ({@code aiproof.taxonomy.cache-dir}). */
    public static final Path DEFAULT_CACHE = Path.of("data", "cache");
    private static final CSVFormat TSV = CSVFormat.TDF.builder().setCommentMarker('#').setHeader()
            .setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(false).setQuote(null).get();
    private static final CSVFormat HEADERLESS = CSVFormat.TDF.builder().setCommentMarker('#')
            .setIgnoreSurroundingSpaces(false).setQuote(null).get();
    /** The texts of a language overlay (config/taxonomy/nb/), merged in this order. */
    private static final List<String> OVERLAY_FILES = List.of("tasks.yaml", "units.yaml", "skills.yaml", "plans.yaml");

    private final ResourceLoader resources;
    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final ParsedYamlCache parsed;

    /** Parses every YAML file each time. */
    public TaxonomyLoader(ResourceLoader resources) {
        this(resources, null);
    }

    /** @param cacheDir where parsed copies of the YAML files are kept between runs ({@link ParsedYamlCache}) */
    public TaxonomyLoader(ResourceLoader resources, Path cacheDir) {
        this.resources = resources;
        this.parsed = new ParsedYamlCache(cacheDir);
    }

    /** The jar's taxonomy, its parsed files kept under {@code data/cache} as the service keeps them. */
    public static Taxonomy loadDefault() {
        return new TaxonomyLoader(new DefaultResourceLoader(), DEFAULT_CACHE).load(DEFAULT_LOCATION);
    }

    public Taxonomy load(String location) {
        String base = location.endsWith("/") ? location : location + "/";
        Meta meta = read(base, "taxonomy.yaml", Meta.class);
        PlanFile plan = read(base, "plan.yaml", PlanFile.class);
        List<Task> tasks = new ArrayList<>(read(base, "tasks.yaml", TasksFile.class).tasks());
        tasks.addAll(read(base, "units.yaml", UnitsFile.class).units());
        List<Skill> skills = new ArrayList<>(read(base, "skills.yaml", SkillsFile.class).skills());
        skills.addAll(rows(base, "technology.tsv", TaxonomyLoader::technology));
        Taxonomy taxonomy = new Taxonomy(meta.version(), withTitles(base,
                read(base, "occupations.yaml", OccupationsFile.class).occupations()),
                tasks, skills,
                read(base, "seniority.yaml", SeniorityFile.class).seniority(),
                plan.actions(),
                plan.edges(),
                meta.sources(),
                read(base, "group-plans.yaml", GroupPlansFile.class).groups(), meta.bands());
        TaxonomyValidator.validate(taxonomy);
        TaxonomyTranslation.Result norwegian = TaxonomyTranslation.translate(taxonomy, overlay(base + "nb/"));
        taxonomy.addTranslation(Language.NB, norwegian.taxonomy(), norwegian.missing());
        return taxonomy;
    }

    /** A language's overlay: YAML files of texts by id, and the occupation titles as TSV. */
    private TaxonomyTranslation.Overlay overlay(String base) {
        TaxonomyTranslation.Overlay overlay = TaxonomyTranslation.Overlay.empty();
        for (String file : OVERLAY_FILES) {
            if (resources.getResource(base + file).exists()) {
                overlay = overlay.merge(read(base, file, TaxonomyTranslation.Overlay.class));
            }
        }
        Map<String, String> titles = new LinkedHashMap<>();
        if (resources.getResource(base + "occupations.tsv").exists()) {
            rows(base, "occupations.tsv", HEADERLESS, r -> titles.put(r.get(0), r.get(1)));
        }
        return overlay.merge(new TaxonomyTranslation.Overlay(null, null, null, null, null, null, null, null, null, null,
                titles));
    }

    private List<Occupation> withTitles(String base, List<Occupation> occupations) {
        Map<String, List<JobTitle>> titles = new LinkedHashMap<>();
        rows(base, "titles.tsv", r -> titles.computeIfAbsent(r.get("soc"), k -> new ArrayList<>())
                .add(new JobTitle(r.get("title"), r.get("language"), r.get("source"))));
        if (occupations == null) {
            return null;
        }
        return occupations.stream().map(o -> o == null ? null : o.withTitles(titles.getOrDefault(o.soc(), List.of())))
                .toList();
    }

    private static Skill technology(CSVRecord r) {
        return new Skill(r.get("id"), r.get("name"), split(r.get("aliases")),
                SkillKind.valueOf(r.get("kind").toUpperCase(
                        java.util.Locale.ROOT)),
                r.get("rationale"), split(r.get("ambiguous")), r.get("category"),
                "yes".equals(r.get("hot")));
    }

    private static List<String> split(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split("\\|"));
    }

    private <T> List<T> rows(String base, String file, Function<CSVRecord, T> row) {
        return rows(base, file, TSV, row);
    }

    private <T> List<T> rows(String base, String file, CSVFormat format, Function<CSVRecord, T> row) {
        Resource resource = resources.getResource(base + file);
        List<T> result = new ArrayList<>();
        try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord record : format.parse(in)) {
                try {
                    result.add(row.apply(record));
                } catch (IllegalArgumentException e) {
                    throw new TaxonomyException(file + ": line " + record.getRecordNumber() + ": " + e.getMessage(), e);
                }
            }
            return result;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new TaxonomyException(file + ": cannot be read from " + base + " (" + e.getMessage() + ")", e);
        }
    }

    private <T> T read(String base, String file, Class<T> type) {
        Resource resource = resources.getResource(base + file);
        try (InputStream in = resource.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            JsonNode tree = parsed.tree(base, file, bytes, () -> yaml.readTree(bytes));
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw new TaxonomyException(file + ": is empty");
            }
            return yaml.treeToValue(tree, type);
        } catch (JacksonException e) {
            throw new TaxonomyException(file + ": " + e.getOriginalMessage() + " at " + e.getPathReference(), e);
        } catch (IOException e) {
            throw new TaxonomyException(file + ": cannot be read from " + base + " (" + e.getMessage() + ")", e);
        }
    }

    record Meta(String version, List<BandMeaning> bands, List<Source> sources) {
    }

    record OccupationsFile(List<Occupation> occupations) {
    }

    record TasksFile(List<Task> tasks) {
    }

    record UnitsFile(List<Task> units) {
    }

    record SkillsFile(List<Skill> skills) {
    }

    record SeniorityFile(List<SeniorityProfile> seniority) {
    }

    record PlanFile(List<PlanAction> actions, List<EdgeStatement> edges) {
    }

    record GroupPlansFile(List<GroupPlan> groups) {
    }
}
