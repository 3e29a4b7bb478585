package dev.aiproof.taxonomy;

/**
 * A job title as people write it, lower-case.
 *
 * @param language en or nb
 * @param source   curated, soc2018, onet, onet-alternate, onet-reported, esco or styrk08 (config/taxonomy/titles.tsv)
 */
public record JobTitle(String title, String language, String source) {

    /** Curated and official titles say most; O*NET's long tail of alternate titles and group names least. */
    public double weight() {
        return switch (source) {
            case "curated", "soc2018", "onet" -> 1.0;
            case "onet-reported", "onet-alternate" -> 0.9;
            case "esco" -> 0.8;
            default -> 0.7;
        };
    }
}
