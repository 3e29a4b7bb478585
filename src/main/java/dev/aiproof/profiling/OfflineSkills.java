package dev.aiproof.profiling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.aiproof.taxonomy.Skill;
import dev.aiproof.taxonomy.Taxonomy;

/**
 * Finds the taxonomy's skills by name and alias. The first line that names a skill is its evidence. Aliases of
 * one or two characters ("R", "C", "Go") must be written as the taxonomy writes them, in capitals, so that
 * ordinary words do not count. Section headings ("Languages") and contact lines (github.com/…) are no evidence.
 */
final class OfflineSkills {

    private record Alias(String skillId, String lower, Pattern pattern, boolean caseSensitive) {
    }

    private final List<Alias> aliases = new ArrayList<>();

    OfflineSkills(Taxonomy taxonomy) {
        for (Skill skill : taxonomy.skills()) {
            List<String> names = new ArrayList<>(skill.aliases());
            names.add(skill.name());
            for (String name : names.stream().distinct().toList()) {
                String stripped = name.strip();
                if (stripped.isEmpty()) {
                    continue;
                }
                boolean shortName = stripped.length() <= 2;
                String lower = stripped.toLowerCase(Locale.ROOT);
                String body = shortName
                        ? "(?:" + Pattern.quote(stripped.toUpperCase(Locale.ROOT)) + "|" + Pattern.quote(capitalised(stripped)) + ")"
                        : Pattern.quote(lower);
                aliases.add(new Alias(skill.id(), lower,
                        Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}+#&])"), shortName));
            }
        }
    }

    private static String capitalised(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /** Skill id → the first CV line naming it, in taxonomy order. */
    Map<String, EvidenceLine> find(List<EvidenceLine> lines) {
        Map<String, EvidenceLine> found = new LinkedHashMap<>();
        for (Alias alias : aliases) {
            for (EvidenceLine line : lines) {
                if (!line.lower().contains(alias.lower()) || "heading".equals(line.section())
                        || OfflineDocument.contact(line.text())) {
                    continue;
                }
                String haystack = alias.caseSensitive() ? line.text() : line.lower();
                if (alias.pattern().matcher(haystack).find()) {
                    EvidenceLine previous = found.get(alias.skillId());
                    if (previous == null || previous.index() > line.index()) {
                        found.put(alias.skillId(), line);
                    }
                    break;
                }
            }
        }
        return found;
    }
}
