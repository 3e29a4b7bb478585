package dev.aiproof.taxonomy;

import java.util.List;

/** A skill a CV may show, with the names people use for it and how AI changes its worth. */
public record Skill(String id, String name, List<String> aliases, SkillKind kind, String rationale) {

    public Skill {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
