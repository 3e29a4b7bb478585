package dev.aiproof.profiling.offline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.OccupationTask;
import dev.aiproof.taxonomy.Task;
import dev.aiproof.taxonomy.Taxonomy;

/**
 * The occupation's usual task mix, re-weighted by what the CV shows. A CV line shows a task when it contains
 * one of the task's keywords, or when the task is the line's nearest task of this occupation by embedding and
 * the similarity clears {@link #SIMILARITY_THRESHOLD}.
 *
 * <p>Rule for shares (the person's own mix, bounded around the occupation's usual one): a task with evidence
 * gets {@code share × (1 + 0.5 × min(lines, 3))}, a task the CV does not show keeps half its usual share; shares
 * are then normalised to add up to 1, so no task moves further than from half to two and a half times its usual
 * weight. Evidence is whole lines and bullets (wrapped PDF lines joined); the job title backs only the occupation,
 * so a task the CV does not show has none; a line backs one task, and a second only when that task has no other.
 */
final class OfflineTasks {

    static final double SIMILARITY_THRESHOLD = 0.70;
    private static final int MAX_EVIDENCE = 3;

    private final Taxonomy taxonomy;
    private final EmbeddingIndex index;
    private final Map<String, List<TaskKeyword>> keywords = new HashMap<>();

    OfflineTasks(Taxonomy taxonomy, EmbeddingIndex index) {
        this.taxonomy = taxonomy;
        this.index = index;
        for (Task task : taxonomy.tasks()) {
            keywords.put(task.id(), task.allKeywords().stream().map(k -> k.toLowerCase(Locale.ROOT).strip())
                    .filter(k -> !k.isEmpty()).map(TaskKeyword::of).toList());
        }
    }

    /** Lines showing each task of the occupation, in CV order, keyword matches first. */
    Map<String, List<EvidenceLine>> evidence(OfflineDocument doc, Occupation occupation) {
        Map<String, Set<EvidenceLine>> found = new HashMap<>();
        for (OccupationTask task : occupation.tasks()) {
            Set<EvidenceLine> lines = new LinkedHashSet<>();
            for (EvidenceLine line : doc.lines()) {
                if (evidence(line)
                        && keywords.getOrDefault(task.id(), List.of()).stream()
                                .anyMatch(k -> k.in(line.lower()))) {
                    lines.add(line);
                }
            }
            found.put(task.id(), lines);
        }
        List<double[]> nearest = new ArrayList<>();
        for (EvidenceLine line : doc.lines()) {
            float[] vector = doc.vector(line.index());
            if (vector == null || !evidence(line) || "skills".equals(line.section())) {
                continue;
            }
            int bestTask = -1;
            double bestSim = SIMILARITY_THRESHOLD;
            for (int t = 0; t < occupation.tasks().size(); t++) {
                float[] taskVector = index.task(occupation.tasks().get(t).id());
                double sim = taskVector == null ? 0 : OfflineScores.round(EmbeddingIndex.cosine(vector, taskVector));
                if (sim >= bestSim) {
                    bestSim = sim;
                    bestTask = t;
                }
            }
            if (bestTask >= 0) {
                nearest.add(new double[] {bestSim, line.index(), bestTask});
            }
        }
        nearest.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
        for (double[] n : nearest) {
            found.get(occupation.tasks().get((int) n[2]).id()).add(doc.lines().get((int) n[1]));
        }
        return oneTaskPerLine(occupation, found);
    }

    /**
     * A line that can show work: not a contact line, a heading or education, and not a job's own line ("Audit
     * Senior, Deloitte LLP — Oct 2021 – present"), which backs the occupation only.
     */
    private static boolean evidence(EvidenceLine line) {
        return line.content() && !OfflineDocument.contact(line.text())
                && !(line.titleLike() && dev.aiproof.extraction.Dates.find(line.text()).isPresent());
    }

    /**
     * A line that shows several tasks stays with the first of them (in the occupation's order, largest share
     * first) and with any other task it alone supports.
     */
    private static Map<String, List<EvidenceLine>> oneTaskPerLine(Occupation occupation,
            Map<String, Set<EvidenceLine>> found) {
        Map<Integer, String> owner = new HashMap<>();
        for (OccupationTask task : occupation.tasks()) {
            for (EvidenceLine line : found.get(task.id())) {
                owner.putIfAbsent(line.index(), task.id());
            }
        }
        Map<String, List<EvidenceLine>> result = new HashMap<>();
        for (OccupationTask task : occupation.tasks()) {
            List<EvidenceLine> own = found.get(task.id()).stream()
                    .filter(l -> task.id().equals(owner.get(l.index()))).toList();
            List<EvidenceLine> lines = own.isEmpty() ? List.copyOf(found.get(task.id())) : own;
            result.put(task.id(), lines.stream().limit(MAX_EVIDENCE).toList());
        }
        return result;
    }

    List<CareerProfile.TaskClaim> claims(OfflineDocument doc, Occupation occupation) {
        Map<String, List<EvidenceLine>> evidence = evidence(doc, occupation);
        List<double[]> weights = new ArrayList<>();
        double total = 0;
        for (OccupationTask task : occupation.tasks()) {
            int shown = evidence.get(task.id()).size();
            double weight = shown > 0 ? task.share() * (1 + 0.5 * Math.min(shown, MAX_EVIDENCE)) : task.share() * 0.5;
            weights.add(new double[] {weight});
            total += weight;
        }
        List<CareerProfile.TaskClaim> claims = new ArrayList<>();
        for (int t = 0; t < occupation.tasks().size(); t++) {
            OccupationTask task = occupation.tasks().get(t);
            if (taxonomy.task(task.id()).isEmpty()) {
                continue;
            }
            List<String> quotes = evidence.get(task.id()).stream().map(EvidenceLine::text).toList();
            double share = total == 0 ? 0 : Math.round(weights.get(t)[0] / total * 10_000) / 10_000.0;
            claims.add(new CareerProfile.TaskClaim(task.id(), share, quotes));
        }
        claims.sort((a, b) -> Double.compare(b.share(), a.share()));
        return claims;
    }
}
