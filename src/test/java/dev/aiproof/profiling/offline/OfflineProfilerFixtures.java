package dev.aiproof.profiling.offline;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import dev.aiproof.extraction.ExtractedDocument;
import dev.aiproof.extraction.Extractor;
import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.taxonomy.SeniorityLevel;
import dev.aiproof.taxonomy.TaxonomyLoader;

/** One profiler for all offline-profiler tests: the model loads once per test JVM. */
final class OfflineProfilerFixtures {

    /** The labelled CVs were written in November 2026; "present" means then, whatever day the tests run. */
    static final Clock LABELLED_AT = Clock.fixed(Instant.parse("2026-11-15T00:00:00Z"), ZoneOffset.UTC);
    static final Path LABELLED = Path.of("fixtures/cv/labelled");
    /** The service's own default, shared by every test (and child process) of the run: the taxonomy is embedded once. */
    static final Path CACHE = Path.of("data/cache").toAbsolutePath();

    private static OfflineProfiler profiler;

    private OfflineProfilerFixtures() {
    }

    static synchronized OfflineProfiler profiler() {
        if (profiler == null) {
            profiler = new OfflineProfiler(TaxonomyLoader.loadDefault(), new OfflineProperties(CACHE), LABELLED_AT);
        }
        return profiler;
    }

    private static final Map<OfflineProfiler, Map<ExtractedDocument, CareerProfile>> PROFILES = new ConcurrentHashMap<>();
    private static final Map<Path, List<Labelled>> LABELLED_SETS = new ConcurrentHashMap<>();

    /**
     * Profiles are deterministic: a CV measured in several subsets, or by several tests of one JVM (accuracy, the
     * reports of the labelled corpus), is profiled once.
     */
    static CareerProfile profile(OfflineProfiler profiler, ExtractedDocument document) {
        return PROFILES.computeIfAbsent(profiler, p -> new ConcurrentHashMap<>()).computeIfAbsent(document,
                profiler::profile);
    }

    /** Lets go of the profiled corpus, so that the tests that follow in this JVM have its heap. */
    static void forgetProfiles() {
        PROFILES.clear();
        LABELLED_SETS.clear();
    }

    /** @param split tune, or holdout: set aside before the profiler was tuned, and reported on its own */
    record Labelled(String file, String soc, SeniorityLevel seniority, String split, ExtractedDocument document) {
    }

    /** The labelled set, extracted once per JVM. */
    static List<Labelled> labelled(Path folder, Path labels) throws IOException {
        try {
            return LABELLED_SETS.computeIfAbsent(labels.toAbsolutePath(), l -> {
                try {
                    return List.copyOf(extract(folder, labels));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<Labelled> extract(Path folder, Path labels) throws IOException {
        Extractor extractor = new Extractor();
        List<Labelled> result = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(labels)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                Path file = folder.resolve(row.get("file"));
                try {
                    result.add(new Labelled(row.get("file"), row.get("soc"), SeniorityLevel.of(row.get("seniority")),
                            row.isMapped("split") ? row.get("split") : "tune",
                            extractor.extract(file.getFileName().toString(), Files.readAllBytes(file))));
                } catch (dev.aiproof.extraction.ExtractionException e) {
                    // a CV the service refuses is a miss for the person, so it stays in the measure
                    result.add(new Labelled(row.get("file"), row.get("soc"), SeniorityLevel.of(row.get("seniority")),
                            row.isMapped("split") ? row.get("split") : "tune", null));
                }
            }
        }
        return result;
    }

    static ExtractedDocument document(String text) {
        return new ExtractedDocument(text, "text/plain", "en", 1, List.of(), List.of(),
                Integer.toHexString(text.hashCode()),
                List.of());
    }
}
