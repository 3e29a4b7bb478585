package dev.aiproof.profiling.offline;

/**
 * One line or bullet of a CV, as written (bullet marks removed), with the CV section it sits in.
 *
 * @param index   position in the CV, 0-based
 * @param text    the line as it appears in the CV, so that it can be quoted as evidence
 * @param lower   lower-cased text used for matching
 * @param section headline | summary | experience | education | skills | other
 * @param words   number of words
 * @param datedJob a job line with its employer and dates, title-like however long the employer's name
 */
record EvidenceLine(int index, String text, String lower, String section, int words, boolean datedJob) {

    EvidenceLine(int index, String text, String lower, String section, int words) {
        this(index, text, lower, section, words, datedJob(text, words));
    }

    boolean titleLike() {
        return (words <= 10 || datedJob) && !"education".equals(section) && !"skills".equals(section)
                && !"heading".equals(section) && !opensWithAction(lower);
    }

    /**
     * A bullet that opens with what the person did ("Trained 3 apprentices in CNC grinding", "Veiledet to lærlinger")
     * names the people it acted on, not the person's title.
     */
    static boolean opensWithAction(String lower) {
        int end = 0;
        while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
            end++;
        }
        return end > 0 && ACTIONS.contains(lower.substring(0, end));
    }

    private static final java.util.Set<String> ACTIONS = java.util.Set.of("trained", "trains", "managed",
            "supervised", "supervise", "mentored", "mentoring", "coached", "taught", "teach", "recruited", "recruit",
            "hired", "onboarded", "supported", "assisted", "helped", "worked", "led", "oversaw", "oversee",
            "coordinated", "organised", "organized", "delivered", "developed", "built", "created", "designed", "ran",
            "handled", "prepared", "planned", "implemented", "maintained", "performed", "provided", "processed",
            "conducted", "served", "cooked", "cleaned", "drove", "sold", "advised", "responsible", "ledet",
            "veiledet", "lærte", "opplæring", "jobbet", "arbeidet", "hjalp", "bisto", "utførte", "planla", "hadde",
            "har", "rekrutterte", "fulgte", "samarbeidet", "koordinerte", "solgte");

    boolean content() {
        return words >= 3 && !"education".equals(section) && !"heading".equals(section);
    }

    /** A short title, an employer and dates: "Tannhelsesekretær, Tannhelsetjenesten i Vestfold og Telemark, juni 2024 – nå". */
    private static boolean datedJob(String text, int words) {
        if (words <= 10 || words > MAX_DATED_JOB_WORDS) {
            return false;
        }
        int comma = text.indexOf(',');
        return comma > 0 && text.substring(0, comma).split("\\s+").length <= MAX_TITLE_WORDS
                && dev.aiproof.extraction.Dates.find(text).isPresent();
    }

    private static final int MAX_DATED_JOB_WORDS = 20;
    private static final int MAX_TITLE_WORDS = 5;
}
