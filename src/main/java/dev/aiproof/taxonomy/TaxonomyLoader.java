package dev.aiproof.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the taxonomy from a folder of YAML files (taxonomy.yaml, occupations.yaml, tasks.yaml, skills.yaml,
 * seniority.yaml, plan.yaml) and validates it, failing fast with the file and entry named.
 */
public final class TaxonomyLoader {

    /** The taxonomy packaged into the jar from config/taxonomy. */
    public static final String DEFAULT_LOCATION = "classpath:config/taxonomy/";

    private final ResourceLoader resources;
    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public TaxonomyLoader(ResourceLoader resources) {
        this.resources = resources;
    }

    public static Taxonomy loadDefault() {
        return new TaxonomyLoader(new DefaultResourceLoader()).load(DEFAULT_LOCATION);
    }

    public Taxonomy load(String location) {
        String base = location.endsWith("/") ? location : location + "/";
        Meta meta = read(base, "taxonomy.yaml", Meta.class);
        PlanFile plan = read(base, "plan.yaml", PlanFile.class);
        Taxonomy taxonomy = new Taxonomy(meta.version(),
                read(base, "occupations.yaml", OccupationsFile.class).occupations(),
                read(base, "tasks.yaml", TasksFile.class).tasks(),
                read(base, "skills.yaml", SkillsFile.class).skills(),
                read(base, "seniority.yaml", SeniorityFile.class).seniority(),
                plan.actions(),
                plan.edges(),
                meta.sources());
        TaxonomyValidator.validate(taxonomy);
        return taxonomy;
    }

    private <T> T read(String base, String file, Class<T> type) {
        Resource resource = resources.getResource(base + file);
        try (InputStream in = resource.getInputStream()) {
            return yaml.readValue(in, type);
        } catch (JacksonException e) {
            throw new TaxonomyException(file + ": " + e.getOriginalMessage() + " at " + e.getPathReference(), e);
        } catch (IOException e) {
            throw new TaxonomyException(file + ": cannot be read from " + base + " (" + e.getMessage() + ")", e);
        }
    }

    record Meta(String version, List<Source> sources) {
    }

    record OccupationsFile(List<Occupation> occupations) {
    }

    record TasksFile(List<Task> tasks) {
    }

    record SkillsFile(List<Skill> skills) {
    }

    record SeniorityFile(List<SeniorityProfile> seniority) {
    }

    record PlanFile(List<PlanAction> actions, List<EdgeStatement> edges) {
    }
}
