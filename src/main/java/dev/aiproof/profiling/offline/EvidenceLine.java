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
        return words <= 10 && !"education".equals(section) && !"skills".equals(section) && !"heading".equals(section);
    }

    boolean content() {
        return words >= 3 && !"education".equals(section) && !"heading".equals(section);
    }
}
