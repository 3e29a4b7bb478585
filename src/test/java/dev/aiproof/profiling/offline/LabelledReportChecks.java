package dev.aiproof.profiling.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.LanguageCheck;
import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.report.Report;
import dev.aiproof.report.ReportBuilder;
import dev.aiproof.scoring.ExposureAssessment;
import dev.aiproof.scoring.Scorer;
import dev.aiproof.taxonomy.Language;
import dev.aiproof.taxonomy.PlanAction;
import dev.aiproof.taxonomy.Taxonomy;
import dev.aiproof.taxonomy.TaxonomyLoader;

/**
 * The whole labelled corpus (481 CVs) profiled offline and reported as the service would: each CV's language is
 * detected as labelled and its report holds no sentence of the other language; no plan step asks a person to start
 * what their CV shows; and no two people in one occupation get the same edge and the same plan. Run as a nested class
 * of {@link OfflineProfilerAccuracyTest}, so that the corpus is profiled once in one test JVM for both.
 */
abstract class LabelledReportChecks {

    private static final Taxonomy TAXONOMY = new TaxonomyLoader(new org.springframework.core.io.DefaultResourceLoader())
            .load("file:config/taxonomy/");
    private static final List<Reported> REPORTED = new ArrayList<>();
    private static final List<String> MISDETECTED = new ArrayList<>();

    record Reported(String file, String soc, Language language, CareerProfile profile, ExposureAssessment assessment,
            Report report) {
    }

    @BeforeAll
    static void reportEveryCv() throws IOException {
        Map<String, String> notes = new HashMap<>();
        try (Reader in = Files.newBufferedReader(OfflineProfilerFixtures.LABELLED.resolve("labels.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                notes.put(row.get("file"), row.get("note"));
            }
        }
        Scorer scorer = new Scorer(TAXONOMY);
        ReportBuilder reports = new ReportBuilder(TAXONOMY);
        OfflineProfiler profiler = OfflineProfilerFixtures.profiler();
        for (OfflineProfilerFixtures.Labelled cv : OfflineProfilerFixtures.labelled(OfflineProfilerFixtures.LABELLED,
                OfflineProfilerFixtures.LABELLED.resolve("labels.csv"))) {
            if (cv.document() == null) {
                continue;
            }
            String expected = notes.get(cv.file()).startsWith("Norwegian") ? "nb" : "en";
            if (!cv.document().language().equals(expected)) {
                MISDETECTED.add(cv.file() + ": detected " + cv.document().language() + ", labelled " + expected);
            }
            Language language = Language.of(expected).orElseThrow();
            CareerProfile profile = OfflineProfilerFixtures.profile(profiler, cv.document());
            ExposureAssessment assessment = scorer.score(profile, language);
            REPORTED.add(new Reported(cv.file(), profile.occupation().soc(), language, profile, assessment,
                    reports.build(cv.file(), profile, assessment)));
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void forgetTheReports() {
        REPORTED.clear();
        MISDETECTED.clear();
    }

    @Test
    void everyCvIsReportedInItsOwnLanguage() {
        assertThat(MISDETECTED).isEmpty();
        List<String> foreign = new ArrayList<>();
        for (Reported r : REPORTED) {
            var json = JsonMapper.shared().valueToTree(r.report());
            (r.language() == Language.NB ? LanguageCheck.englishTexts(json) : LanguageCheck.norwegianTexts(json))
                    .forEach(text -> foreign.add(r.file() + " " + text));
        }
        assertThat(REPORTED.stream().filter(r -> r.language() == Language.NB).count()).isGreaterThanOrEqualTo(60);
        assertThat(foreign).isEmpty();
    }

    @Test
    void noStepAsksAPersonToStartWhatTheirCvShows() {
        Map<String, PlanAction> actions = new HashMap<>();
        TAXONOMY.actions().forEach(a -> actions.put(a.id(), a));
        TAXONOMY.groupPlans().forEach(g -> g.actions().forEach(a -> actions.put(a.id(), a)));
        List<String> misfits = new ArrayList<>();
        int checked = 0;
        for (Reported r : REPORTED) {
            Set<String> shownTasks = new HashSet<>();
            r.assessment().tasks().stream().filter(t -> !t.evidence().isEmpty()).forEach(t -> shownTasks.add(t.id()));
            Set<String> shownSkills = new HashSet<>();
            r.profile().skills().forEach(s -> shownSkills.add(s.skillId()));
            for (ExposureAssessment.PlanStep step : r.assessment().plan()) {
                PlanAction action = actions.get(step.id());
                checked++;
                action.unlessTasks().stream().filter(shownTasks::contains)
                        .forEach(t -> misfits
                                .add(r.file() + ": " + step.id() + " asks for " + t + ", which the CV shows"));
                action.whenMissingSkills().stream().filter(shownSkills::contains)
                        .forEach(s -> misfits
                                .add(r.file() + ": " + step.id() + " teaches " + s + ", which the CV shows"));
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(misfits).isEmpty();
    }

    @Test
    void noTwoPeopleInOneOccupationGetTheSameEdgeAndPlan() {
        Map<String, String> seen = new HashMap<>();
        List<String> twins = new ArrayList<>();
        for (Reported r : REPORTED) {
            String key = r.soc() + "|" + r.language() + "|" + r.report().edge() + "|"
                    + r.report().plan().stream().map(ExposureAssessment.PlanStep::id).toList();
            String other = seen.putIfAbsent(key, r.file());
            if (other != null) {
                twins.add(other + " and " + r.file() + " (" + r.soc() + "): " + r.report().edge());
            }
        }
        assertThat(twins).isEmpty();
    }
}
