package dev.aiproof.profiling.offline;

/**
 * One line or bullet of a CV, as written (bullet marks removed), with the CV section it sits in.
 *
 * @param index   position in the CV, 0-based
 * @param text    the line as it appears in the CV, so that it can be quoted as evidence
 * @param lower   lower-cased text used for matching
 * @param section headline | summary | experience | education | skills | other
 * @param words   number of words
 */
record EvidenceLine(int index, String text, String lower, String section, int words) {

    boolean titleLike() {
        return (words <= 10 || datedJob()) && !"education".equals(section) && !"skills".equals(section)
                && !"heading".equals(section);
    }

    /** A short title, an employer and dates: "Tannhelsesekretær, Tannhelsetjenesten i Vestfold og Telemark, juni 2024 – nå". */
    private boolean datedJob() {
        if (words > MAX_DATED_JOB_WORDS) {
            return false;
        }
        int comma = text.indexOf(',');
        return comma > 0 && text.substring(0, comma).split("\\s+").length <= MAX_TITLE_WORDS
                && dev.aiproof.extraction.Dates.find(text).isPresent();
    }

    private static final int MAX_DATED_JOB_WORDS = 20;
    private static final int MAX_TITLE_WORDS = 5;

    boolean content() {
        return words >= 3 && !"education".equals(section) && !"heading".equals(section);
    }
}
