package dev.aiproof.pipeline;

import java.util.List;

import dev.aiproof.extraction.ExtractedDocument;
import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.report.Report;
import dev.aiproof.scoring.ExposureAssessment;

/**
 * What a stage hands to the next: the JSON column it is stored in and the type it is read back as, so that a stage
 * cannot store or read the wrong thing, and no column name is ever a free string.
 */
record StageOutput<T>(String column, Class<T> type) {

    static final StageOutput<ExtractedDocument> DOCUMENT = new StageOutput<>("document", ExtractedDocument.class);
    static final StageOutput<CareerProfile> PROFILE = new StageOutput<>("profile", CareerProfile.class);
    static final StageOutput<ExposureAssessment> SCORED = new StageOutput<>("scored", ExposureAssessment.class);
    static final StageOutput<Report> REPORT = new StageOutput<>("report", Report.class);

    static final List<StageOutput<?>> ALL = List.of(DOCUMENT, PROFILE, SCORED, REPORT);
}
