package dev.aiproof.profiling.offline;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.Taxonomy;

/** How close a CV's title-like lines come, by embedding, to each occupation's titles. */
final class TitleSimilarity {

    static final int FULL_TITLE_CANDIDATES = 60;
    /** Titles of older jobs say less about the person now than the headline and the latest job. */
    static final double OLDER_TITLE_FACTOR = 0.85;

    private final Taxonomy taxonomy;
    private final EmbeddingIndex index;

    TitleSimilarity(Taxonomy taxonomy, EmbeddingIndex index) {
        this.taxonomy = taxonomy;
        this.index = index;
    }

    /**
     * The best embedding similarity of a title-like CV line to each occupation's titles (older lines count less).
     * In two passes, so that the cost stays small with 800 occupations: every occupation by its first title, then
     * all titles of the {@value #FULL_TITLE_CANDIDATES} best and of every occupation with an exact title hit.
     */
    void compute(OfflineDocument doc, List<Integer> titleLines, boolean[] recent, Set<String> exactHits,
            double[] similarity, EvidenceLine[] bestLine) {
        List<Occupation> occupations = taxonomy.occupations();
        for (int o = 0; o < occupations.size(); o++) {
            float[][] first = {index.occupationTitles(occupations.get(o).soc())[0]};
            bestOf(doc, titleLines, recent, first, similarity, bestLine, o);
        }
        Integer[] order = new Integer[occupations.size()];
        for (int o = 0; o < order.length; o++) {
            order[o] = o;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer o) -> -similarity[o]).thenComparing(o -> o));
        Set<Integer> full = new TreeSet<>(Arrays.asList(order).subList(0,
                Math.min(FULL_TITLE_CANDIDATES, order.length)));
        for (int o = 0; o < occupations.size(); o++) {
            if (exactHits.contains(occupations.get(o).soc())) {
                full.add(o);
            }
        }
        for (int o : full) {
            bestOf(doc, titleLines, recent, index.occupationTitles(occupations.get(o).soc()), similarity, bestLine, o);
        }
    }

    private static void bestOf(OfflineDocument doc, List<Integer> titleLines, boolean[] recent, float[][] titles,
            double[] similarity, EvidenceLine[] bestLine, int o) {
        double best = 0;
        EvidenceLine line = null;
        for (int l : titleLines) {
            double sim = EmbeddingIndex.best(doc.vector(l), titles) * (recent[l] ? 1.0 : OLDER_TITLE_FACTOR);
            if (sim > best) {
                best = sim;
                line = doc.lines().get(l);
            }
        }
        similarity[o] = best;
        bestLine[o] = line;
    }
}
