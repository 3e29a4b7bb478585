package dev.aiproof.profiling.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.OccupationTask;
import dev.aiproof.taxonomy.Taxonomy;

/**
 * Ranks occupations for one CV. Four signals, each standardised across occupations before they are added:
 * exact titles and aliases (weighted by where the line sits: headline and the most recent job count most),
 * embedding similarity of short title-like lines to the occupation's titles, embedding similarity of the CV's
 * lines to the occupation's tasks, and the occupation's typical skills found in the CV.
 */
final class OfflineRanking {

    /** An occupation, its score and the CV line that best supports it. */
    record Candidate(String soc, double score, String matchedTitle, EvidenceLine evidence) {
    }

    /** Each older title line counts half the one before: the current job is the occupation. */
    static final double TITLE_RANK_DECAY = 0.5;
    /** An exact title decides; the embedding, task and skill signals (each at most Z_CAP) break ties between owners. */
    static final double EXACT_WEIGHT = 8;
    static final double TITLE_EMBEDDING_WEIGHT = 1.0;
    static final double TASK_EMBEDDING_WEIGHT = 0.8;
    static final double SKILL_WEIGHT = 0.4;
    private static final double[] CONFIRMATION = {1.0, 0.3, 0.1};
    /** Chief executives and general managers: what an owner-manager of any business is called as well. */
    private static final Set<String> GENERIC_MANAGEMENT = Set.of("11-1011", "11-1021");
    /** A learner's role sought weighs as a headline title; their degree's field a little less. */
    static final double SOUGHT_BY_APPLICANT = 3.0;
    static final double APPLICANT_EDUCATION = 1.0;
    /**
     * What a clear current title weighs (the first job line, a title owned by one occupation): exact hits are scaled
     * by the best one, but never by less than this, so that a weak hit (a side job, a title in passing) does not
     * decide alone when it is the only one, and the embedding signals can outweigh it.
     */
    static final double EXACT_FLOOR = 1.5;
    /** The weight of a title mentioned in passing: in a sentence, deep in a line, or in a side job. */
    static final double IN_PASSING = 0.3;
    /** A job held beside school or another job says little of the occupation (apprenticeships and internships do). */
    private static final java.util.regex.Pattern SIDE_JOB = java.util.regex.Pattern.compile(
            "\\b(part[- ]time|deltid|summer job|summers?|sommerjobb|sommervikar|seasonal|weekends?|helg(?:er|ejobb)?|"
                    + "student job|studentjobb|while studying|ved siden av studiene|extrajobb|ekstrahjelp)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    private final Taxonomy taxonomy;
    private final EmbeddingIndex index;
    private final TitleSimilarity titleSimilarity;

    OfflineRanking(Taxonomy taxonomy, EmbeddingIndex index) {
        this.taxonomy = taxonomy;
        this.index = index;
        this.titleSimilarity = new TitleSimilarity(taxonomy, index);
    }

    List<Candidate> rank(OfflineDocument doc) {
        List<Occupation> occupations = taxonomy.occupations();
        int n = occupations.size();
        double[] exact = new double[n];
        double[] titleSim = new double[n];
        double[] taskSim = new double[n];
        double[] skill = new double[n];
        String[] matched = new String[n];
        EvidenceLine[] evidence = new EvidenceLine[n];
        Map<String, List<TitleMatcher.Hit>> hitsBySoc = new HashMap<>();
        for (TitleMatcher.Hit hit : doc.titleHits()) {
            hitsBySoc.computeIfAbsent(hit.soc(), k -> new ArrayList<>()).add(hit);
        }
        Map<Integer, Integer> titleRank = titleLineRanks(doc);
        Map<String, Double> shownTasks = new HashMap<>();
        // the title-like, embedded lines and whether each is recent, found once rather than once per occupation
        List<Integer> titleLines = new ArrayList<>();
        boolean[] recent = new boolean[doc.lines().size()];
        for (int l = 0; l < doc.lines().size(); l++) {
            recent[l] = doc.recent(doc.lines().get(l));
            EvidenceLine line = doc.lines().get(l);
            boolean field = doc.isApplicant() && ("education".equals(line.section()) || line.equals(doc.applicant()));
            if ((line.titleLike() || field) && doc.vector(l) != null) {
                titleLines.add(l);
            }
        }
        EvidenceLine[] bestTitleLines = new EvidenceLine[n];
        titleSimilarity.compute(doc, titleLines, recent, hitsBySoc.keySet(), titleSim, bestTitleLines);
        for (int o = 0; o < n; o++) {
            Occupation occupation = occupations.get(o);
            EvidenceLine bestTitleLine = bestTitleLines[o];
            List<TitleMatcher.Hit> hits = hitsBySoc.getOrDefault(occupation.soc(), List.of());
            List<double[]> weighted = new ArrayList<>();
            TitleMatcher.Hit bestHit = null;
            double bestWeight = 0;
            for (TitleMatcher.Hit hit : hits) {
                double w = placeWeight(hit, doc, titleRank) * (hit.compound() ? 0.8 : 1.0) * hit.weight()
                        * (1 + 0.15 * Math.min(3, hit.title().split(" ").length - 1));
                weighted.add(new double[] {w});
                if (w > bestWeight) {
                    bestWeight = w;
                    bestHit = hit;
                }
            }
            weighted.sort(Comparator.comparingDouble((double[] w) -> w[0]).reversed());
            // the best line decides; more lines only confirm it, so that many old jobs cannot outvote the current one
            double sum = 0;
            for (int k = 0; k < Math.min(3, weighted.size()); k++) {
                sum += weighted.get(k)[0] * CONFIRMATION[k];
            }
            exact[o] = sum;
            taskSim[o] = taskSimilarity(doc, occupation, shownTasks);
            skill[o] = skillOverlap(doc.skillIds(), occupation);
            matched[o] = bestHit != null ? bestHit.title() : occupation.title();
            evidence[o] = bestHit != null
                    ? bestHit.line()
                    : bestTitleLine != null ? bestTitleLine : doc.lines().getFirst();
        }
        double maxExact = OfflineScores.max(exact);
        double[] zTitle = OfflineScores.standardise(titleSim);
        double[] zTask = OfflineScores.standardise(taskSim);
        double[] zSkill = OfflineScores.standardise(skill);
        List<Candidate> candidates = new ArrayList<>();
        for (int o = 0; o < n; o++) {
            double score = EXACT_WEIGHT * exact[o] / Math.max(maxExact, EXACT_FLOOR)
                    + TITLE_EMBEDDING_WEIGHT * zTitle[o]
                    + TASK_EMBEDDING_WEIGHT * zTask[o] + SKILL_WEIGHT * zSkill[o];
            candidates
                    .add(new Candidate(occupations.get(o).soc(), OfflineScores.round(score), matched[o], evidence[o]));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::soc));
        return teacherBySchool(doc, professionBeforeRunningIt(candidates, exact, maxExact));
    }

    /** A school teacher is coded by the level of the school they work at ({@link SchoolLevel}). */
    private static List<Candidate> teacherBySchool(OfflineDocument doc, List<Candidate> ranked) {
        Candidate top = ranked.getFirst();
        return SchoolLevel.of(doc, top.soc()).filter(soc -> !soc.equals(top.soc())).map(soc -> {
            List<Candidate> reordered = new ArrayList<>(ranked);
            Candidate level = reordered.stream().filter(c -> c.soc().equals(soc)).findFirst().orElseThrow();
            reordered.remove(level);
            reordered.addFirst(new Candidate(soc, top.score(), top.matchedTitle(), top.evidence()));
            return reordered;
        }).orElse(ranked);
    }

    /**
     * "Tannlege og daglig leder", "Owner and Head Chef": someone who runs their own practice names two titles on one
     * line, and their occupation is the profession or trade, not general management (their seniority still reads the
     * management title). So a profession with an exact title on the same line as a generic top-management title,
     * and at least half its weight, goes first.
     */
    /**
     * Top executives and the managers of a function (11-1, 11-2, 11-3) name a role in a firm; the other managers
     * (11-9: farmers, construction and restaurant managers) name a line of work a person can own ("Gårdbruker og
     * daglig leder").
     */
    private static final java.util.regex.Pattern FUNCTION_MANAGERS = java.util.regex.Pattern.compile("11-[123]");

    private List<Candidate> professionBeforeRunningIt(List<Candidate> ranked, double[] exact, double maxExact) {
        Candidate top = ranked.getFirst();
        if (!GENERIC_MANAGEMENT.contains(top.soc()) || maxExact <= 0) {
            return ranked;
        }
        Map<String, Integer> position = new HashMap<>();
        List<Occupation> occupations = taxonomy.occupations();
        for (int o = 0; o < occupations.size(); o++) {
            position.put(occupations.get(o).soc(), o);
        }
        double topExact = exact[position.get(top.soc())];
        for (Candidate c : ranked.subList(1, Math.min(ranked.size(), 6))) {
            double own = exact[position.get(c.soc())];
            if (!FUNCTION_MANAGERS.matcher(c.soc()).lookingAt() && own >= topExact / 2 && own > 0
                    && c.evidence().index() == top.evidence().index()) {
                List<Candidate> reordered = new ArrayList<>(ranked);
                reordered.remove(c);
                reordered.addFirst(new Candidate(c.soc(), top.score(), c.matchedTitle(), c.evidence()));
                return reordered;
            }
        }
        return ranked;
    }

    /** Share-weighted mean, over the occupation's tasks, of how well the best two CV lines show each task. */
    private double taskSimilarity(OfflineDocument doc, Occupation occupation, Map<String, Double> shownTasks) {
        double total = 0;
        for (OccupationTask task : occupation.tasks()) {
            total += task.share() * shownTasks.computeIfAbsent(task.id(), id -> shown(doc, index.task(id)));
        }
        return total;
    }

    /** Mean similarity of the two CV lines closest to a task; tasks recur across occupations, so it is memoised. */
    private static double shown(OfflineDocument doc, float[] vector) {
        if (vector == null) {
            return 0;
        }
        double first = 0;
        double second = 0;
        for (int l = 0; l < doc.lines().size(); l++) {
            if (doc.vector(l) == null || !doc.lines().get(l).content()) {
                continue;
            }
            double sim = EmbeddingIndex.cosine(doc.vector(l), vector);
            if (sim > first) {
                second = first;
                first = sim;
            } else if (sim > second) {
                second = sim;
            }
        }
        return (first + second) / 2;
    }

    private static double skillOverlap(Set<String> found, Occupation occupation) {
        if (occupation.allSkills().isEmpty()) {
            return 0;
        }
        long hits = occupation.allSkills().stream().filter(found::contains).count();
        return hits / Math.sqrt(occupation.allSkills().size());
    }

    /**
     * How much where a title stands says of the person's occupation. A role sought counts as the headline for a
     * learner (see {@link Applicant}) and little for anyone else; a job beside school counts little, and for a learner
     * so does every job that is not training in their field.
     */
    private static double placeWeight(TitleMatcher.Hit hit, OfflineDocument doc, Map<Integer, Integer> titleRank) {
        EvidenceLine line = hit.line();
        if (hit.sought()) {
            return doc.isApplicant() ? SOUGHT_BY_APPLICANT : IN_PASSING;
        }
        boolean top = "headline".equals(line.section()) || "summary".equals(line.section());
        double w = hit.inTitle() ? lineWeight(line, titleRank) : IN_PASSING;
        if (top && !line.titleLike() && selfDescribed(line, hit)) {
            w = SELF_DESCRIBED;
        }
        if (formerTitle(line, hit)) {
            w = Math.min(w, IN_PASSING); // "Pest Control Technician | Former Retail Store Manager"
        }
        if (doc.isApplicant() && "education".equals(line.section())) {
            w = APPLICANT_EDUCATION;
        }
        if (!top && SIDE_JOB.matcher(line.text()).find()) {
            w *= IN_PASSING;
        }
        if (doc.isApplicant() && !top && !"education".equals(line.section())
                && !Applicant.TRAINING.matcher(line.text()).find()) {
            w *= IN_PASSING;
        }
        return w;
    }

    /** "I am a compliance officer with five years' experience", "CNC machine operator looking to move into setup". */
    static final double SELF_DESCRIBED = 2.0;
    private static final java.util.regex.Pattern SELF = java.util.regex.Pattern.compile(
            "^(?:.*\\b(?:i am|i'm|i work as|i currently work as|currently working as|working as|have been|i've been|"
                    + "jeg er|jeg jobber som|jobber som|jeg arbeider som|arbeider som|har vært|jobbet som)\\s+)?"
                    + "(?:(?:an?|en|et|ei)\\s+)?(?:[\\p{L}-]+\\s+){0,2}$",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    private static final java.util.regex.Pattern FORMER = java.util.regex.Pattern.compile(
            "\\b(?:former|formerly|ex|previously|tidligere|retired|pensjonert|aspiring|wannabe|future)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    private static final java.util.regex.Pattern SEGMENT_START = java.util.regex.Pattern.compile(".*[|·•–—,;(]");

    /** The part of the line the title stands in says it is a former one ("Former Retail Store Manager", "ex-nurse"). */
    private static boolean formerTitle(EvidenceLine line, TitleMatcher.Hit hit) {
        String before = line.text().substring(0, Math.min(hit.start(), line.text().length()));
        java.util.regex.Matcher segment = SEGMENT_START.matcher(before);
        String own = segment.lookingAt() ? before.substring(segment.end()) : before;
        return FORMER.matcher(own).find();
    }

    /**
     * A profile sentence that opens with the person's title, or says "I am a …", names their job as a headline does;
     * a title later in the sentence ("worked with nurses and doctors") or a former one does not.
     */
    private static boolean selfDescribed(EvidenceLine line, TitleMatcher.Hit hit) {
        String before = line.text().substring(0, Math.min(hit.start(), line.text().length()));
        return !hit.sought() && SELF.matcher(before).matches() && !FORMER.matcher(before).find();
    }

    /**
     * Headline lines weigh most; then title-like lines in order (the first one is usually the current job);
     * titles mentioned inside sentences or in education weigh little.
     */
    private static double lineWeight(EvidenceLine line, Map<Integer, Integer> titleRank) {
        if ("education".equals(line.section())) {
            return 0.2;
        }
        if (top(line)) {
            return 3.0;
        }
        Integer rank = titleRank.get(line.index());
        if (rank != null) {
            return 2.2 * Math.pow(TITLE_RANK_DECAY, rank);
        }
        if (!line.titleLike()) {
            return IN_PASSING; // a title inside a sentence ("I worked as a shift manager at Chipotle")
        }
        return "summary".equals(line.section()) || "headline".equals(line.section()) ? 1.0 : 0.5;
    }

    /** The order of title-like lines that carry any occupation title, outside the headline. */
    private static Map<Integer, Integer> titleLineRanks(OfflineDocument doc) {
        Map<Integer, Integer> ranks = new LinkedHashMap<>();
        doc.titleHits().stream().map(TitleMatcher.Hit::line)
                .filter(l -> l.titleLike() && !top(l))
                .map(EvidenceLine::index).distinct().sorted()
                .forEach(i -> ranks.put(i, ranks.size()));
        return ranks;
    }

    /** The CV's own headline: the title-like lines above the first section heading, near the top. */
    static boolean top(EvidenceLine line) {
        return "headline".equals(line.section()) && line.titleLike() && line.index() < 8;
    }
}
