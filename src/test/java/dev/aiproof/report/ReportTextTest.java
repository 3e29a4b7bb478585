package dev.aiproof.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.scoring.Scorer;
import dev.aiproof.taxonomy.SeniorityLevel;
import dev.aiproof.taxonomy.Taxonomy;
import dev.aiproof.taxonomy.TaxonomyLoader;

/** The text report says what the band means and, when the occupation is uncertain, which others the CV fits. */
class ReportTextTest {

    private static final Taxonomy TAXONOMY = TaxonomyLoader.loadDefault();

    private static Report report(double confidence) {
        CareerProfile profile = new CareerProfile(new CareerProfile.ProfilerInfo("offline", "test", null, null, 0, 0),
                "en",
                new CareerProfile.OccupationMatch("29-1021", "Dentist", confidence, "Dentist"),
                List.of(new CareerProfile.OccupationMatch("29-1022", "Oral surgeon", 0.3, "Dentist")),
                new CareerProfile.SeniorityEstimate(SeniorityLevel.MID, 5, "Dentist"), List.of(), List.of());
        return new ReportBuilder(TAXONOMY).build("r1", profile, new Scorer(TAXONOMY).score(profile));
    }

    @Test
    void theBandIsExplainedInWords() {
        Report report = report(0.9);
        String text = new ReportRenderer(null, dev.aiproof.taxonomy.Messages.bundled()).text(report, null);

        assertThat(report.bandMeaning()).isEqualTo(TAXONOMY.bandMeaning(report.band())).isNotBlank();
        assertThat(text).contains(report.bandMeaning()).doesNotContain("We are not sure");
    }

    @Test
    void anUncertainOccupationNamesTheAlternatives() {
        String text = new ReportRenderer(null, dev.aiproof.taxonomy.Messages.bundled()).text(report(0.35), null);

        assertThat(text).contains("We are not sure of this occupation").contains("(SOC 29-1022)");
    }
}
