package dev.aiproof.profiling.offline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aiproof.taxonomy.Skill;
import dev.aiproof.taxonomy.Taxonomy;

/**
 * Finds the taxonomy's skills (curated ones and every O*NET technology skill) by name and alias, looked up by
 * each line's words so that the cost does not grow with the number of skills. The first line that names a skill
 * is its evidence. Aliases of one or two characters ("R", "C", "Go") must be written in capitals, and an
 * ambiguous alias (an everyday word, or three letters or fewer: "Word", "ADR", "assessment") must be written as
 * the skill writes it and counts only for an occupation that has the skill ({@link #ambiguous}). Section
 * headings ("Languages") and contact lines (github.com/…) are no evidence.
 */
final class OfflineSkills {

    private record Alias(String skillId, String lower, Pattern pattern, boolean caseSensitive, boolean ambiguous) {
    }

    private static final Pattern FIRST_WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private final Map<String, List<Alias>> byFirstWord = new HashMap<>();

    OfflineSkills(Taxonomy taxonomy) {
        for (Skill skill : taxonomy.skills()) {
            List<String> names = new ArrayList<>(skill.aliases());
            names.add(skill.name());
            Set<String> ambiguous = Set.copyOf(skill.ambiguous());
            for (String name : names.stream().distinct().toList()) {
                String stripped = name.strip();
                String lower = stripped.toLowerCase(Locale.ROOT);
                Matcher first = FIRST_WORD.matcher(lower);
                if (stripped.isEmpty() || !first.find()) {
                    continue;
                }
                boolean shortName = stripped.length() <= 2;
                boolean gated = ambiguous.contains(lower) || (skill.technology() && lower.length() <= 3);
                String written = gated ? writtenForm(skill.name(), lower) : null;
                String body = shortName
                        ? "(?:" + Pattern.quote(stripped.toUpperCase(Locale.ROOT)) + "|"
                                + Pattern.quote(capitalised(stripped)) + ")"
                        : written != null ? Pattern.quote(written) : Pattern.quote(lower);
                byFirstWord.computeIfAbsent(first.group(), k -> new ArrayList<>()).add(new Alias(skill.id(), lower,
                        Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}+#&])"),
                        shortName || written != null, gated || lower.length() <= 3));
            }
        }
    }

    /** How the skill's own name writes an alias ("Excel" in "Microsoft Excel"); the alias as given if it does not. */
    private static String writtenForm(String name, String lower) {
        int at = name.toLowerCase(Locale.ROOT).indexOf(lower);
        return at >= 0 ? name.substring(at, at + lower.length()) : lower.toUpperCase(Locale.ROOT);
    }

    private static String capitalised(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /** A skill named in the CV: the first line naming it, and whether only an ambiguous alias did. */
    record Found(EvidenceLine line, boolean ambiguous) {
    }

    /** Skill id → where the CV names it, in CV order. */
    Map<String, Found> find(List<EvidenceLine> lines) {
        Map<String, Found> found = new LinkedHashMap<>();
        for (EvidenceLine line : lines) {
            if ("heading".equals(line.section()) || OfflineDocument.contact(line.text())) {
                continue;
            }
            Matcher words = FIRST_WORD.matcher(line.lower());
            Set<String> seen = new java.util.HashSet<>();
            while (words.find()) {
                List<Alias> candidates = seen.add(words.group()) ? byFirstWord.get(words.group()) : null;
                if (candidates == null) {
                    continue;
                }
                for (Alias alias : candidates) {
                    Found previous = found.get(alias.skillId());
                    if ((previous != null && !previous.ambiguous()) || !line.lower().contains(alias.lower())) {
                        continue;
                    }
                    String haystack = alias.caseSensitive() ? line.text() : line.lower();
                    if (alias.pattern().matcher(haystack).find()) {
                        if (previous == null || (previous.ambiguous() && !alias.ambiguous())) {
                            found.put(alias.skillId(),
                                    new Found(previous == null ? line : previous.line(), alias.ambiguous()));
                        }
                    }
                }
            }
        }
        return found;
    }
}
