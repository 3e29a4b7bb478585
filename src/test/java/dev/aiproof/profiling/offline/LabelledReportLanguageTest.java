package dev.aiproof.profiling.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import dev.aiproof.LanguageCheck;
import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.report.ReportBuilder;
import dev.aiproof.scoring.Scorer;
import dev.aiproof.taxonomy.Language;
import dev.aiproof.taxonomy.Taxonomy;
import dev.aiproof.taxonomy.TaxonomyLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over the whole labelled corpus: the detector names each CV's language as its label note does, and the report
 * written in that language holds no sentence of the other (every text field but CV quotes, names and sources).
 */
class LabelledReportLanguageTest {

    private static final Taxonomy TAXONOMY = new TaxonomyLoader(new org.springframework.core.io.DefaultResourceLoader())
            .load("file:config/taxonomy/");

    @Test
    void everyLabelledCvIsReportedInItsOwnLanguage() throws IOException {
        Map<String, String> notes = new HashMap<>();
        try (Reader in = Files.newBufferedReader(OfflineProfilerFixtures.LABELLED.resolve("labels.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                notes.put(row.get("file"), row.get("note"));
            }
        }
        Scorer scorer = new Scorer(TAXONOMY);
        ReportBuilder reports = new ReportBuilder(TAXONOMY);
        OfflineProfiler profiler = OfflineProfilerFixtures.profiler();
        List<String> wrong = new ArrayList<>();
        int norwegian = 0;
        for (OfflineProfilerFixtures.Labelled cv : OfflineProfilerFixtures.labelled(OfflineProfilerFixtures.LABELLED,
                OfflineProfilerFixtures.LABELLED.resolve("labels.csv"))) {
            if (cv.document() == null) {
                continue;
            }
            String expected = notes.get(cv.file()).startsWith("Norwegian") ? "nb" : "en";
            if (!cv.document().language().equals(expected)) {
                wrong.add(cv.file() + ": detected " + cv.document().language() + ", labelled " + expected);
                continue;
            }
            Language language = Language.of(expected).orElseThrow();
            CareerProfile profile = profiler.profile(cv.document());
            JsonNode report = JsonMapper.shared().valueToTree(reports.build(cv.file(), profile,
                    scorer.score(profile, language)));
            List<String> foreign = language == Language.NB ? LanguageCheck.englishTexts(report)
                    : LanguageCheck.norwegianTexts(report);
            foreign.forEach(text -> wrong.add(cv.file() + " " + text));
            norwegian += language == Language.NB ? 1 : 0;
        }
        assertThat(norwegian).isGreaterThanOrEqualTo(60);
        assertThat(wrong).isEmpty();
    }
}
