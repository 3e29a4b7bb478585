package dev.aiproof.profiling.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.commons.codec.digest.DigestUtils;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.Task;
import dev.aiproof.taxonomy.Taxonomy;

/**
 * The taxonomy as unit vectors (occupation titles, tasks with their keywords; skills are found by name, never by
 * similarity), and
 * the model to embed CV lines with. Built once; loaded from the disk cache when the taxonomy is unchanged.
 */
final class EmbeddingIndex {

    static final int EMBEDDED_TITLES = 8;
    static final int EMBEDDED_KEYWORDS = 8;

    private final Supplier<EmbeddingModel> model;
    private final Map<String, float[][]> occupationTitles = new LinkedHashMap<>();
    private final Map<String, float[]> tasks = new LinkedHashMap<>();
    private final boolean fromCache;

    EmbeddingIndex(Taxonomy taxonomy, EmbeddingModel model, String modelName, EmbeddingCache cache) {
        this(taxonomy, () -> model, modelName, cache);
    }

    /**
     * {@code model} is asked for only when something must be embedded: with the taxonomy's vectors in the disk cache,
     * that is the first CV, so a model still loading in the background does not hold up the start.
     */
    EmbeddingIndex(Taxonomy taxonomy, Supplier<EmbeddingModel> model, String modelName, EmbeddingCache cache) {
        this.model = model;
        List<String> texts = new ArrayList<>();
        for (Occupation occupation : taxonomy.occupations()) {
            texts.add(occupation.title());
            texts.addAll(embeddedTitles(occupation));
        }
        for (Task task : taxonomy.tasks()) {
            texts.add(taskText(task));
        }
        String hash = hash(modelName, texts);
        float[][] vectors = cache.read(hash, texts.size()).orElse(null);
        this.fromCache = vectors != null;
        if (vectors == null) {
            vectors = embed(texts);
            cache.write(hash, vectors);
        }
        int i = 0;
        for (Occupation occupation : taxonomy.occupations()) {
            float[][] titles = new float[embeddedTitles(occupation).size() + 1][];
            for (int t = 0; t < titles.length; t++) {
                titles[t] = vectors[i++];
            }
            occupationTitles.put(occupation.soc(), titles);
        }
        for (Task task : taxonomy.tasks()) {
            tasks.put(task.id(), vectors[i++]);
        }
    }

    /**
     * The titles an occupation is embedded by: its first {@value #EMBEDDED_TITLES} (curated ones first, then the
     * official and reported ones). The same number for every occupation, so that one with many titles does not
     * win the best-of comparison by count; the long tail of titles is for the exact index.
     */
    static List<String> embeddedTitles(Occupation occupation) {
        return occupation.titles().stream().limit(EMBEDDED_TITLES).toList();
    }

    /**
     * A unit's title and its first keywords: the vector says what the work is, while the full keyword list is for
     * finding it in a CV line ({@link TaskKeyword}), so a longer list does not blur the vector.
     */
    static String taskText(Task task) {
        List<String> first = task.keywords().stream().limit(EMBEDDED_KEYWORDS).toList();
        return task.title() + (first.isEmpty() ? "" : ": " + String.join(", ", first));
    }

    boolean fromCache() {
        return fromCache;
    }

    float[][] occupationTitles(String soc) {
        return occupationTitles.get(soc);
    }

    float[] task(String id) {
        return tasks.get(id);
    }

    float[][] embed(List<String> texts) {
        if (texts.isEmpty()) {
            return new float[0][];
        }
        List<Embedding> embeddings = model.get().embedAll(texts.stream().map(TextSegment::from).toList()).content();
        float[][] vectors = new float[embeddings.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = unit(embeddings.get(i).vector());
        }
        return vectors;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    static double best(float[] line, float[][] candidates) {
        double best = -1;
        for (float[] candidate : candidates) {
            best = Math.max(best, cosine(line, candidate));
        }
        return best;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }

    /** The model name, then each text after a NUL: the same bytes, so the same hash, as the cache files have. */
    private static String hash(String modelName, List<String> texts) {
        StringBuilder all = new StringBuilder(modelName);
        texts.forEach(text -> all.append('\u0000').append(text));
        return DigestUtils.sha256Hex(all.toString());
    }
}
