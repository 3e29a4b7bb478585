package dev.aiproof.taxonomy;

import java.util.List;

/**
 * A unit of work, in our own words: a curated task (tasks.yaml, citing the O*NET tasks it covers) or a unit
 * for one O*NET IWA (units.yaml). The value here is pooled over every occupation; an occupation's own value
 * is in its {@link OccupationTask}.
 *
 * @param id         stable id, e.g. write-code
 * @param title      what a person does, in a few words
 * @param onet       O*NET task references a curated task covers ("15-1252.00/16987"); empty for an IWA unit
 * @param iwa        the O*NET IWA an IWA unit stands for; null for a curated task
 * @param value      exposure in 0..1, derived from Eloundou et al. (2024) task labels (see docs/scoring.md)
 * @param exposure   automated / changing / safe
 * @param level      HIGH / MEDIUM / LOW
 * @param rationale  one sentence: why
 * @param edge       what a person keeps over AI doing it ("{task}" is the title), or null
 * @param keywords   phrases that show the task in an English CV (used by the offline profiler)
 * @param keywordsNb the same in Norwegian
 * @param basis      how many O*NET tasks the pooled value rests on
 */
public record Task(String id, String title, List<String> onet, String iwa, double value, Exposure exposure,
        ExposureLevel level, String rationale, String edge, List<String> keywords, List<String> keywordsNb,
        Integer basis) {

    public Task {
        onet = onet == null ? List.of() : List.copyOf(onet);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        keywordsNb = keywordsNb == null ? List.of() : List.copyOf(keywordsNb);
    }

    /** English and Norwegian keywords together. */
    public List<String> allKeywords() {
        return java.util.stream.Stream.concat(keywords.stream(), keywordsNb.stream()).distinct().toList();
    }
}
