package dev.aiproof.taxonomy;

import java.util.List;

/**
 * A unit of work, in our own words, tied to the O*NET tasks it covers.
 *
 * @param id        stable id, e.g. write-crud-code
 * @param title     what a person does, in a few words
 * @param onet      O*NET task references it covers ("15-1252.00/16987")
 * @param value     exposure in 0..1, derived from Eloundou et al. (2023) task labels (see docs/scoring.md)
 * @param exposure  automated / changing / safe
 * @param level     HIGH / MEDIUM / LOW
 * @param rationale one sentence: why
 * @param keywords  phrases that show the task in a CV (used by the offline profiler)
 */
public record Task(String id, String title, List<String> onet, double value, Exposure exposure, ExposureLevel level,
                   String rationale, List<String> keywords) {

    public Task {
        onet = List.copyOf(onet);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
