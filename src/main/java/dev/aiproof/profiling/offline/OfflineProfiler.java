package dev.aiproof.profiling.offline;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Scheduler;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

import dev.aiproof.erasure.AssessmentErased;
import dev.aiproof.extraction.DatedPosition;
import dev.aiproof.extraction.ExtractedDocument;
import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.profiling.Profiler;
import dev.aiproof.profiling.Shortlist;
import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.OccupationTask;
import dev.aiproof.taxonomy.Taxonomy;

/**
 * Profiles a CV without any remote call: exact job titles and aliases (English and Norwegian) weighed with the
 * in-process embedding model's similarity between CV lines and the taxonomy, seniority from the current title
 * and dated experience, the occupation's task mix re-weighted by the lines that show each task, and skills by
 * name. Every claim quotes a CV line. Deterministic: the same document gives the same profile.
 */
@Component
public class OfflineProfiler implements Profiler {

    /** The embedding model, as recorded in {@link CareerProfile.ProfilerInfo#model()}. */
    public static final String MODEL = "bge-small-en-v1.5-q";
    private static final int SHORTLIST_OCCUPATIONS = 5;
    private static final double CONFIDENCE_TEMPERATURE = 0.6;
    private static final int RECENT_DOCUMENTS = 8;
    private static final Duration RECENT_FOR = Duration.ofMinutes(10);

    private final Taxonomy taxonomy;
    private final Clock clock;
    private final CompletableFuture<Parts> parts;
    private final CompletableFuture<EmbeddingModel> model = new CompletableFuture<>();
    private final AtomicBoolean modelStarted = new AtomicBoolean();
    /**
     * Prepared documents by CV. They hold the person's lines, so they are kept only as long as one assessment's
     * profiling may need them again (the LLM's shortlist, then its fallback) and dropped when the assessment is
     * erased; evicted on the caller's (or the expiry scheduler's) thread, so that the bound holds without a pool.
     */
    private final Cache<ExtractedDocument, OfflineDocument> recent = Caffeine.newBuilder()
            .maximumSize(RECENT_DOCUMENTS).expireAfterAccess(RECENT_FOR).executor(Runnable::run)
            .scheduler(Scheduler.systemScheduler()).build();

    @Autowired
    public OfflineProfiler(Taxonomy taxonomy, OfflineProperties properties) {
        this(taxonomy, properties, Clock.systemUTC());
    }

    /**
     * Loads the embedding model (a second or so, independent of the taxonomy), so that a caller with time to spare,
     * such as the command line while it reads the taxonomy, can start it early.
     */
    public static void loadModel() {
        new BgeSmallEnV15QuantizedEmbeddingModel();
    }

    /** {@code clock} decides what "present" means in "2019 – present". */
    public OfflineProfiler(Taxonomy taxonomy, OfflineProperties properties, Clock clock) {
        this.taxonomy = taxonomy;
        this.clock = clock;
        // the indexes (a second or so of CPU) are built on the other core while the rest of the start goes on, so that
        // the service answers before they are ready; the first CV to be profiled waits for them
        this.parts = CompletableFuture.supplyAsync(() -> {
            EmbeddingIndex index = new EmbeddingIndex(taxonomy, this::model, MODEL,
                    new EmbeddingCache(properties.cacheDir(), taxonomy.version(), MODEL));
            return new Parts(index, new TitleMatcher(taxonomy), new OfflineSkills(taxonomy),
                    new OfflineRanking(taxonomy, index), new OfflineTasks(taxonomy, index),
                    new SeniorityEstimator(taxonomy));
        }, runnable -> startThread(runnable, "aiproof-profiler-index"));
    }

    /** What the profiler reads a CV with, built from the taxonomy once. */
    private record Parts(EmbeddingIndex index, TitleMatcher titles, OfflineSkills skills, OfflineRanking ranking,
            OfflineTasks tasks, SeniorityEstimator seniority) {
    }

    /**
     * Starts loading the embedding model (about a second of CPU) unless it has started: the service does so once it
     * answers, so as not to slow its start, and the first CV that needs the model starts it otherwise.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void loadModelNow() {
        if (modelStarted.compareAndSet(false, true)) {
            startThread(() -> {
                try {
                    model.complete(new BgeSmallEnV15QuantizedEmbeddingModel());
                } catch (Throwable e) {
                    model.completeExceptionally(e);
                }
            }, "aiproof-model-load");
        }
    }

    private EmbeddingModel model() {
        loadModelNow();
        return model.join();
    }

    private Parts parts() {
        try {
            return parts.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * The model's files are resources of the jar: the thread that loads them must see its class loader, which the
     * common pool's threads do not in the packaged jar.
     */
    private static void startThread(Runnable load, String name) {
        Thread thread = new Thread(load, name);
        thread.setDaemon(true);
        thread.setContextClassLoader(OfflineProfiler.class.getClassLoader());
        thread.start();
    }

    /** True when the taxonomy embeddings came from the disk cache rather than the model. */
    public boolean embeddingsFromCache() {
        return parts().index().fromCache();
    }

    /** The occupations, tasks and skills this CV most plausibly maps to, best first. */
    public Shortlist shortlist(ExtractedDocument document) {
        OfflineDocument doc = prepare(document);
        List<OfflineRanking.Candidate> ranked = parts().ranking().rank(doc);
        List<String> occupations = ranked.stream().limit(SHORTLIST_OCCUPATIONS).map(OfflineRanking.Candidate::soc)
                .toList();
        Set<String> taskIds = new LinkedHashSet<>();
        Occupation first = ranked.isEmpty() ? null : taxonomy.occupation(ranked.getFirst().soc()).orElse(null);
        Set<String> skillIds = new LinkedHashSet<>(
                sortedSkills(doc, first).stream().map(CareerProfile.SkillClaim::skillId).toList());
        for (String soc : occupations.subList(0, Math.min(3, occupations.size()))) {
            Occupation occupation = taxonomy.occupation(soc).orElseThrow();
            occupation.tasks().stream().map(OccupationTask::id).forEach(taskIds::add);
            skillIds.addAll(occupation.allSkills().stream().limit(12).toList());
        }
        return new Shortlist(occupations, List.copyOf(taskIds), List.copyOf(skillIds));
    }

    @Override
    public CareerProfile profile(ExtractedDocument document) {
        OfflineDocument doc = prepare(document);
        List<OfflineRanking.Candidate> ranked = parts().ranking().rank(doc);
        double[] confidence = confidences(ranked);
        OfflineRanking.Candidate top = ranked.getFirst();
        Occupation occupation = taxonomy.occupation(top.soc()).orElseThrow();
        List<CareerProfile.OccupationMatch> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(4, ranked.size()); i++) {
            alternatives.add(match(ranked.get(i), confidence[i]));
        }
        List<DatedPosition> relevant = relevantPositions(document.positions(), occupation);
        CareerProfile.SeniorityEstimate estimate = parts().seniority().estimate(doc.lines(), relevant,
                seniorityLines(doc, document.positions()), doc.applicant(), YearMonth.now(clock),
                occupation.soc());
        return new CareerProfile(new CareerProfile.ProfilerInfo("offline", MODEL, null, null, 0, 0),
                document.language(), match(top, confidence[0]), alternatives, estimate,
                parts().tasks().claims(doc, occupation), sortedSkills(doc, occupation));
    }

    /**
     * Seniority counts relevant experience: positions whose title names the occupation, an O*NET related one or
     * one of the same SOC minor group, and positions whose title names no occupation at all. An earlier career
     * (a teacher now a developer) and student jobs (a cashier now an accountant) do not count. When no position
     * is relevant, all but military service count, so that an unusual title never leaves a person without experience.
     */
    private List<DatedPosition> relevantPositions(List<DatedPosition> positions, Occupation occupation) {
        List<DatedPosition> relevant = new ArrayList<>();
        List<DatedPosition> unnamed = new ArrayList<>();
        List<DatedPosition> other = new ArrayList<>();
        List<DatedPosition> military = new ArrayList<>();
        for (DatedPosition position : positions) {
            // "Employer — Title" layouts put the title where the employer is expected: read both
            List<TitleMatcher.Hit> hits = new ArrayList<>();
            for (String part : new String[] {position.title(), position.organisation()}) {
                if (part != null && !part.isBlank()) {
                    hits.addAll(
                            parts().titles().hits(
                                    List.of(new EvidenceLine(-1, part, part.toLowerCase(Locale.ROOT), "experience",
                                            part.split("\\s+").length))));
                }
            }
            String line = position.line();
            if (hits.isEmpty() && line != null && !line.equals(position.title())) {
                // a sentence that names no title where one is expected names it further on: "From 2012 to 2021 I
                // worked at Brightwell Foods, starting as a graduate marketing assistant"
                hits.addAll(parts().titles().hits(List.of(new EvidenceLine(-1, line, line.toLowerCase(Locale.ROOT),
                        "experience", line.split("\\s+").length))));
            }
            boolean named = hits.stream().anyMatch(h -> related(occupation, h.soc()))
                    || researcher(position, occupation.soc());
            if (!named && MILITARY.matcher(String.join(" ", Objects.toString(position.title(), ""),
                    Objects.toString(position.organisation(), ""), Objects.toString(position.line(), ""))).find()) {
                military.add(position);
            } else if (hits.isEmpty()) {
                unnamed.add(position);
            } else if (named) {
                relevant.add(position);
            } else {
                other.add(position);
            }
        }
        // a dated line that names no job ("purser on A350 flights from 2021") belongs to the job whose time it shares;
        // one that ended before the first job in the field began ("Before that: waitressing at Wagamama") came before
        // the career, like the other jobs of that time
        YearMonth careerStart = relevant.stream().map(DatedPosition::start).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        unnamed.stream().filter(p -> other.stream().noneMatch(o -> overlaps(p, o)))
                .filter(p -> careerStart == null || p.end() == null || !p.end().isBefore(careerStart))
                .forEach(relevant::add);
        if (!relevant.isEmpty()) {
            return relevant;
        }
        List<DatedPosition> all = new ArrayList<>(positions);
        all.removeAll(military);
        return all.isEmpty() ? positions : all;
    }

    /**
     * "Forsker", "Researcher", "Research Fellow", "Postdoc", "Stipendiat": a research post names no field, so it is the
     * scientist's own field (SOC 19, 15-2, 15-1221) or the college teacher's (25-1) that it is held in. A research
     * assistant's post is a student's job and names no research career (issue 9: an economist's research-assistant
     * years do not make him senior).
     */
    private static boolean researcher(DatedPosition position, String soc) {
        boolean science = soc.startsWith("19-") || soc.startsWith("15-2") || soc.startsWith("25-1")
                || soc.equals("15-1221");
        return science && RESEARCH_POST.matcher(String.join(" ", Objects.toString(position.title(), ""),
                Objects.toString(position.organisation(), ""))).find();
    }

    private static final java.util.regex.Pattern RESEARCH_POST = java.util.regex.Pattern.compile(
            "\\b(?:senior\\s*)?(?:forsker|researcher|research (?:fellow|scientist|associate)|postdoc\\p{L}*|"
                    + "post-doc\\p{L}*|postdoktor|stipendiat|doktorgradsstipendiat|ph\\.?d\\.? (?:candidate|student)|"
                    + "førsteamanuensis|amanuensis)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * Military service: the taxonomy has no military occupations (the task labels do not reach SOC 55), so service
     * counts towards seniority only where its title names the occupation or a related one (an army nurse or
     * mechanic); an infantry sergeant's years do not make a wind turbine technician senior.
     */
    private static final java.util.regex.Pattern MILITARY = java.util.regex.Pattern.compile(
            "\\b(?:army|navy|air force|marine corps|marines|military|armed forces|infantry|soldier|sergeant|corporal|"
                    + "lance corporal|private first class|national service|bundeswehr|forsvaret|hæren|sjøforsvaret|"
                    + "luftforsvaret|heimevernet|førstegangstjeneste\\p{L}*|verneplikt\\p{L}*|soldat|befal|korporal|"
                    + "sersjant)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    private static boolean overlaps(DatedPosition a, DatedPosition b) {
        if (a.start() == null || b.start() == null) {
            return false;
        }
        YearMonth aEnd = a.end() == null ? YearMonth.of(9999, 12) : a.end();
        YearMonth bEnd = b.end() == null ? YearMonth.of(9999, 12) : b.end();
        return !a.start().isAfter(bEnd) && !b.start().isAfter(aEnd);
    }

    private boolean related(Occupation occupation, String soc) {
        return soc.equals(occupation.soc()) || soc.regionMatches(0, occupation.soc(), 0, 5)
                || occupation.related().contains(soc)
                || taxonomy.occupation(soc).map(o -> o.related().contains(occupation.soc())).orElse(false);
    }

    /**
     * The LLM profiler asks for a shortlist and, on fallback, a profile of the same CV: embed it once. Prepared
     * outside the cache rather than in {@code Cache.get(key, function)}, whose computation would block other
     * writers while a CV is embedded; two threads preparing the same text at once both get an equal document.
     */
    OfflineDocument prepare(ExtractedDocument document) {
        OfflineDocument known = recent.getIfPresent(document);
        if (known != null) {
            return known;
        }
        Parts parts = parts();
        OfflineDocument prepared = OfflineDocument.prepare(document, parts.index(), parts.titles(), parts.skills());
        recent.put(document, prepared);
        return prepared;
    }

    /** An erased assessment's CV must not stay here until newer ones push it out. */
    @EventListener
    void on(AssessmentErased erased) {
        erased.contentHash().ifPresent(hash -> recent.asMap().keySet().removeIf(d -> hash.equals(d.contentHash())));
    }

    /** How many prepared documents are kept now (at most {@value #RECENT_DOCUMENTS}). */
    long recentDocuments() {
        recent.cleanUp();
        return recent.estimatedSize();
    }

    private static CareerProfile.OccupationMatch match(OfflineRanking.Candidate candidate, double confidence) {
        return new CareerProfile.OccupationMatch(candidate.soc(), candidate.matchedTitle(), confidence,
                candidate.evidence().text());
    }

    /** A softmax over the scores of the ten best occupations, so confidence falls when rivals score close. */
    private static double[] confidences(List<OfflineRanking.Candidate> ranked) {
        int n = Math.min(10, ranked.size());
        double[] exp = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            exp[i] = Math.exp((ranked.get(i).score() - ranked.getFirst().score()) / CONFIDENCE_TEMPERATURE);
            sum += exp[i];
        }
        double[] result = new double[ranked.size()];
        for (int i = 0; i < n; i++) {
            result[i] = Math.round(exp[i] / sum * 100) / 100.0;
        }
        return result;
    }

    /**
     * Where the current title is written: the headline, the most recent dated position, and the first job
     * line that names an occupation (or, when none does, the first lines of the experience section).
     */
    private static List<EvidenceLine> seniorityLines(OfflineDocument doc, List<DatedPosition> positions) {
        List<EvidenceLine> result = new ArrayList<>();
        doc.lines().stream().filter(OfflineRanking::top).forEach(result::add);
        positions.stream().filter(p -> p.title() != null && p.start() != null)
                .max(Comparator.comparing((DatedPosition p) -> p.end() == null ? YearMonth.of(9999, 12) : p.end())
                        .thenComparing(DatedPosition::start))
                .ifPresent(p -> result.add(new EvidenceLine(-1, p.line() != null && p.line().contains(p.title())
                        ? p.line()
                        : p.title(), p.title().toLowerCase(Locale.ROOT), "experience", 1)));
        // a job that has ended says what the person was: "Shift Supervisor — Starbucks, 2015 – 2022" above
        // an administrative assistant's current post is no level of theirs
        List<Pattern> ended = positions.stream().filter(p -> p.title() != null && p.end() != null)
                .map(p -> Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(p.title()) + "(?![\\p{L}\\d])"))
                .toList(); // "BMET I" ended, "BMET II" is the job now
        List<EvidenceLine> named = doc.titleLines().stream().filter(l -> !OfflineRanking.top(l))
                .filter(l -> ended.stream().noneMatch(t -> t.matcher(l.text()).find())).toList();
        if (!named.isEmpty()) {
            result.add(named.getFirst());
        } else {
            doc.lines().stream().filter(l -> "experience".equals(l.section()) && l.titleLike())
                    .filter(l -> ended.stream().noneMatch(t -> t.matcher(l.text()).find())).limit(2)
                    .forEach(result::add);
        }
        return result;
    }

    private static List<CareerProfile.SkillClaim> sortedSkills(OfflineDocument doc, Occupation occupation) {
        return doc.skillsFor(occupation).entrySet().stream()
                .sorted(Map.Entry.<String, EvidenceLine>comparingByValue(Comparator.comparingInt(EvidenceLine::index))
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new CareerProfile.SkillClaim(e.getKey(), e.getValue().text())).toList();
    }
}
