package dev.aiproof.profiling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CV prepared for profiling: its lines, their embeddings (null for lines not embedded), the taxonomy titles
 * and skills found in it.
 */
record OfflineDocument(List<EvidenceLine> lines, float[][] vectors, List<TitleMatcher.Hit> titleHits,
                       Map<String, EvidenceLine> skills) {

    /** Enough for a two-page CV; later lines are repetitions, references and hobbies. */
    static final int MAX_EMBEDDED_LINES = 140;
    private static final int MAX_EMBEDDED_CHARS = 240;

    static OfflineDocument prepare(String text, EmbeddingIndex index, TitleMatcher titles, OfflineSkills skills) {
        List<EvidenceLine> lines = EvidenceLines.split(text);
        if (lines.isEmpty()) {
            lines = List.of(new EvidenceLine(0, text.strip(), text.strip().toLowerCase(java.util.Locale.ROOT),
                    "headline", 0));
        }
        Map<String, Integer> unique = new LinkedHashMap<>();
        List<Integer> embeddedLine = new ArrayList<>();
        for (EvidenceLine line : lines) {
            if ((line.titleLike() || line.content()) && unique.size() < MAX_EMBEDDED_LINES) {
                String key = line.text().length() > MAX_EMBEDDED_CHARS ? line.text().substring(0, MAX_EMBEDDED_CHARS) : line.text();
                unique.putIfAbsent(key, unique.size());
                embeddedLine.add(line.index());
            }
        }
        float[][] embedded = index.embed(List.copyOf(unique.keySet()));
        float[][] vectors = new float[lines.size()][];
        for (int i : embeddedLine) {
            String key = lines.get(i).text();
            key = key.length() > MAX_EMBEDDED_CHARS ? key.substring(0, MAX_EMBEDDED_CHARS) : key;
            vectors[i] = embedded[unique.get(key)];
        }
        return new OfflineDocument(lines, vectors, titles.hits(lines), skills.find(lines));
    }

    float[] vector(int line) {
        return vectors[line];
    }

    Set<String> skillIds() {
        return skills.keySet();
    }

    /** The lines carrying job titles, best first: the headline, then title-like lines in CV order. */
    List<EvidenceLine> titleLines() {
        List<EvidenceLine> result = new ArrayList<>();
        Map<Integer, Boolean> seen = new HashMap<>();
        for (TitleMatcher.Hit hit : titleHits) {
            if (hit.line().titleLike() && seen.putIfAbsent(hit.line().index(), true) == null) {
                result.add(hit.line());
            }
        }
        return result;
    }
}
