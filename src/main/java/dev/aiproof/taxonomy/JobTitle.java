package dev.aiproof.taxonomy;

/**
 * A job title as people write it, lower-case.
 *
 * @param language en or nb
 * @param source   curated, soc2018, onet, onet-alternate, onet-reported, esco or styrk08 (config/taxonomy/titles.tsv)
 */
public record JobTitle(String title, String language, String source) {

    /**
     * Curated and official titles say most; titles incumbents reported a little less; O*NET's long tail of
     * alternate titles, ESCO's labels and the Norwegian group titles least, since each reaches several jobs.
     */
    public boolean curated() {
        return "curated".equals(source);
    }

    public double weight() {
        return switch (source) {
            case "curated", "soc2018", "onet" -> 1.0;
            case "onet-reported" -> 0.95;
            default -> 0.9;
        };
    }
}
