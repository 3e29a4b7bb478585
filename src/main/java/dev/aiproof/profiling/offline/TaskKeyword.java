package dev.aiproof.profiling.offline;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A task keyword as CV lines write it: its words in order, each with the usual English and Norwegian endings ("plan
 * menu" in "Planned the autumn menus", "train staff" in "trained new kitchen staff"), with at most two other words
 * between two of them and no sentence break. A one-word keyword is matched whole, with plural endings only, since a
 * Norwegian compound ("menyplanlegging") is a word of its own.
 */
record TaskKeyword(String anchor, Pattern pattern) {

    private static final String ENDINGS = "(?:s|es|e|ed|d|ing|ning|ned|ting|ted|ping|ped|ies|ied|er|ers|et|te|en|ene|ne)?";
    private static final String GAP = "(?:[^\\p{L}\\p{N}.;:!?]+[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*){0,2}?[^\\p{L}\\p{N}.;:!?]+";
    private static final String START = "(?<![\\p{L}\\p{N}])";
    private static final String END = "(?![\\p{L}\\p{N}])";

    /** Whether the lower-cased line holds the keyword; the plain search for its first word spares most regexes. */
    boolean in(String lower) {
        return lower.contains(anchor) && pattern.matcher(lower).find();
    }

    static TaskKeyword of(String keyword) {
        String[] words = keyword.toLowerCase(Locale.ROOT).strip().split("\\s+");
        if (words.length == 1) {
            return new TaskKeyword(words[0], TitleMatcher.phrase(words[0], true, false));
        }
        StringBuilder regex = new StringBuilder(START);
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append(GAP);
            }
            regex.append(Pattern.quote(stem(words[i]))).append(ENDINGS);
        }
        return new TaskKeyword(stem(words[0]), Pattern.compile(regex.append(END).toString()));
    }

    /** The word without the ending the keyword happens to carry, so that every ending of {@link #ENDINGS} fits. */
    static String stem(String word) {
        if (!word.chars().allMatch(Character::isLetter) || word.length() <= 3) {
            return word;
        }
        for (String ending : new String[] {"ing", "ied", "ies", "ed", "es", "s", "e"}) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3 && !word.endsWith("ss")) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
