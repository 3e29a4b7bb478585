package dev.aiproof.report;

import org.springframework.stereotype.Component;

import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.scoring.ExposureAssessment;
import dev.aiproof.taxonomy.Language;
import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.Taxonomy;

/** Puts the profile and its assessment together into the report people read. */
@Component
public class ReportBuilder {

    private final Taxonomy taxonomy;

    public ReportBuilder(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The report in the assessment's language. */
    public Report build(String id, CareerProfile profile, ExposureAssessment assessment) {
        String language = assessment.language();
        Taxonomy texts = taxonomy.in(Language.of(language).orElse(Language.EN));
        CareerProfile.OccupationMatch match = profile.occupation();
        var alternatives = profile.alternatives().stream()
                .map(a -> new Report.Alternative(a.soc(), title(texts, a.soc()), round(a.confidence())))
                .toList();
        CareerProfile.ProfilerInfo info = profile.profiler();
        return new Report(id, assessment.taxonomyVersion(),
                new Report.ProfilerView(info.kind(), info.model(), info.promptVersion(), info.fallbackReason()),
                language,
                new Report.OccupationView(assessment.soc(), assessment.occupationTitle(), match.matchedTitle(),
                        round(match.confidence()), match.evidence(), alternatives),
                new Report.SeniorityView(assessment.seniority().level().json(),
                        assessment.seniority().yearsOfExperience(),
                        assessment.seniority().riskEffect(), profile.seniority().evidence(),
                        assessment.seniority().explanation()),
                assessment.score(), assessment.band().json(), assessment.bandName(), assessment.bandMeaning(),
                assessment.summary(),
                assessment.screenWork(),
                assessment.tasks(),
                new Report.Skills(assessment.vulnerableSkills(), assessment.resilientSkills()),
                assessment.insights(), assessment.plan(), assessment.edge(), assessment.relatedOccupations(),
                assessment.sources());
    }

    private static String title(Taxonomy taxonomy, String soc) {
        return taxonomy.occupation(soc).map(Occupation::title).orElse(soc);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
