package dev.aiproof.taxonomy;

import java.util.List;

/**
 * A skill a CV may show, with the names people use for it and how AI changes its worth: curated (skills.yaml) or
 * an O*NET technology skill (technology.tsv).
 *
 * @param ambiguous aliases that are also everyday words or three letters or fewer: they count only as the tool
 *                  is written and only for an occupation that uses it
 * @param category  O*NET commodity title of a technology skill; null for a curated skill
 * @param hot       O*NET's Hot Technology flag: employers ask for it most (technology skills only)
 */
public record Skill(String id, String name, List<String> aliases, SkillKind kind, String rationale,
        List<String> ambiguous, String category, Boolean hot) {

    public Skill {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        ambiguous = ambiguous == null ? List.of() : List.copyOf(ambiguous);
    }

    public boolean hotTechnology() {
        return Boolean.TRUE.equals(hot);
    }

    public boolean technology() {
        return category != null;
    }
}
