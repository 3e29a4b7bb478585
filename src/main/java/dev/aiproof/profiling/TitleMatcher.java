package dev.aiproof.profiling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.Taxonomy;

/**
 * Finds the job titles and aliases of the taxonomy in CV lines: lower-case, on word boundaries, allowing plural
 * endings and (for Norwegian) a compound prefix such as "intensiv" in "intensivsykepleier". Where titles
 * overlap, the longer one wins, so "nurse practitioner" is not also counted as "nurse".
 */
final class TitleMatcher {

    /** A title of an occupation found in a line. {@code compound} is true when it ended a longer word. */
    record Hit(String soc, String title, EvidenceLine line, int start, int end, boolean compound) {
        int length() {
            return end - start;
        }
    }

    private record Entry(String soc, String title, Pattern pattern) {
    }

    private final List<Entry> entries = new ArrayList<>();

    TitleMatcher(Taxonomy taxonomy) {
        for (Occupation occupation : taxonomy.occupations()) {
            for (String title : occupation.titles()) {
                String lower = title.toLowerCase(Locale.ROOT).strip();
                if (!lower.isEmpty()) {
                    entries.add(new Entry(occupation.soc(), lower, phrase(lower, true, true)));
                }
            }
        }
    }

    /**
     * A word-boundary pattern for a phrase. Single words of six letters or more may end a compound word, as
     * Norwegian titles do (group 1 then holds the prefix); plural endings are allowed when asked.
     */
    static Pattern phrase(String lower, boolean plurals, boolean compounds) {
        boolean compound = compounds && lower.length() >= 6 && lower.chars().allMatch(Character::isLetter);
        String suffix = plurals ? "(?:s|es|e|er|en|ne)?" : "";
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + (compound ? "(\\p{L}{2,})?" : "()")
                + Pattern.quote(lower) + suffix + "(?![\\p{L}\\p{N}])");
    }

    List<Hit> hits(List<EvidenceLine> lines) {
        List<Hit> all = new ArrayList<>();
        for (EvidenceLine line : lines) {
            List<Hit> inLine = new ArrayList<>();
            for (Entry entry : entries) {
                if (!line.lower().contains(entry.title())) {
                    continue;
                }
                Matcher m = entry.pattern().matcher(line.lower());
                while (m.find()) {
                    boolean compound = m.group(1) != null && !m.group(1).isEmpty();
                    boolean inflected = m.end() - m.start() > entry.title().length() + (compound ? m.group(1).length() : 0);
                    if (inflected && !line.titleLike()) {
                        // in a sentence a plural title is usually about other people: "worked with designers"
                        continue;
                    }
                    inLine.add(new Hit(entry.soc(), entry.title(), line, m.start(), m.end(), compound));
                }
            }
            all.addAll(longestOnly(inLine));
        }
        return all;
    }

    /** Drops hits covered by a longer hit in the same line. */
    private static List<Hit> longestOnly(List<Hit> hits) {
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(Hit::length).reversed().thenComparing(Hit::compound)
                .thenComparing(h -> -h.title().length()).thenComparing(Hit::soc).thenComparing(Hit::title));
        List<Hit> kept = new ArrayList<>();
        for (Hit hit : sorted) {
            boolean covered = kept.stream().anyMatch(k -> k.start() <= hit.start() && hit.end() <= k.end()
                    && !(k.start() == hit.start() && k.end() == hit.end() && !k.soc().equals(hit.soc())));
            if (!covered) {
                kept.add(hit);
            }
        }
        return kept;
    }
}
