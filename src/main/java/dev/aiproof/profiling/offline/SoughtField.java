package dev.aiproof.profiling.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field of a place a learner seeks or holds when it is not itself a job title: "Seeking a marketing
 * internship", "Læreplass som energimontør", "Internship in supply chain", "HR Trainee". The field's words are
 * read as the title of a learner in that field: first with the learner's word ("marketing intern"), then as a
 * title itself, then by the practitioner of a field of study ("software engineering": software engineer), then as
 * the field's specialist ("HR": HR specialist). The first form the title index knows is the field; nothing is
 * guessed when none is.
 */
final class SoughtField {

    /** A place to learn in, before or after the field ("marketing internship", "internship in marketing"). */
    private static final Pattern PLACE = Pattern.compile(
            "\\b(?:internships?|intern|placements?|apprenticeships?|traineeships?|trainee|apprentice|læreplass|"
                    + "lærlingplass|praksisplass|lærling|praktikant|praktikum)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern AFTER_PLACE = Pattern.compile("^\\s*(?:in|within|as an?|as|som|i|innen|innenfor)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Words that do not belong to a field: articles, seasons, years and kinds of place ("industrial placement"). */
    private static final Pattern NOT_FIELD = Pattern.compile(
            "a|an|the|en|et|ei|my|summer|winter|spring|autumn|fall|sommer|paid|unpaid|\\d+|year|month|week|"
                    + "industrial|industry|research|clinical|work|field|practical|professional|relevant|"
                    + "full|time|part|one|two|ett|ny|new|first|første|graduate|student|seeking|looking|for|søker|"
                    + "objective|mål|goal|career|to|with|at|hos|ved|from|fra|and|og|or|eller");
    private static final int FIELD_WORDS = 3;
    /** What a learner in a field is called. */
    private static final List<String> LEARNERS = List.of("intern", "trainee", "apprentice", "lærling");
    /**
     * A field that is a function rather than a profession ("HR", "marketing") names its specialists: the one role
     * noun tried after the learner's words, since a technician, assistant or analyst of a field is often a job of
     * its own (a dietetic technician is not a dietitian in training).
     */
    private static final String SPECIALIST = "specialist";

    /** A title the index knows, and the words of the line it was read from. */
    record Found(String key, int start, int end) {
    }

    private SoughtField() {
    }

    /** The field sought or trained in on this line, as a title the index knows, if there is one. */
    static Optional<Found> in(String text, Predicate<String> known) {
        Matcher place = PLACE.matcher(text);
        while (place.find()) {
            List<TitleWords.Word> before = TitleWords.words(text.substring(0, place.start()));
            Optional<Found> found = lookup(tail(before), known, false);
            if (found.isPresent()) {
                return found;
            }
            String rest = text.substring(place.end());
            Matcher after = AFTER_PLACE.matcher(rest);
            if (after.find()) {
                int offset = place.end() + after.end();
                List<TitleWords.Word> words = TitleWords.words(text.substring(offset));
                // "apprenticeship as an electrician", "læreplass som energimontør": after "as" a word is a title
                boolean named = after.group().strip().matches("(?i)as.*|som");
                found = lookup(head(words), known, named)
                        .map(f -> new Found(f.key(), offset + f.start(), offset + f.end()));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The field words just before the place: at most three, none of them a word that is not a field's. */
    private static List<TitleWords.Word> tail(List<TitleWords.Word> words) {
        int from = words.size();
        while (from > 0 && words.size() - from < FIELD_WORDS && field(words.get(from - 1))) {
            from--;
        }
        return words.subList(from, words.size());
    }

    private static List<TitleWords.Word> head(List<TitleWords.Word> words) {
        int to = 0;
        while (to < words.size() && to < FIELD_WORDS && field(words.get(to))) {
            to++;
        }
        return words.subList(0, to);
    }

    private static boolean field(TitleWords.Word word) {
        return !NOT_FIELD.matcher(word.form()).matches();
    }

    /** The longest field phrase first, then shorter ones ending (before a place) or starting (after it) the same. */
    private static Optional<Found> lookup(List<TitleWords.Word> words, Predicate<String> known, boolean named) {
        for (int n = words.size(); n > 0; n--) {
            for (List<TitleWords.Word> phrase : List.of(words.subList(words.size() - n, words.size()),
                    words.subList(0, n))) {
                StringBuilder field = new StringBuilder();
                phrase.forEach(w -> field.append(field.isEmpty() ? "" : " ").append(w.form()));
                int start = phrase.getFirst().start();
                int end = phrase.getLast().end();
                for (String candidate : candidates(field.toString(), phrase, named)) {
                    if (known.test(candidate)) {
                        return Optional.of(new Found(candidate, start, end));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> candidates(String field, List<TitleWords.Word> phrase, boolean named) {
        List<String> keys = new ArrayList<>();
        LEARNERS.forEach(r -> keys.add(field + " " + r));
        if (phrase.size() > 1 || named) {
            keys.add(field);
        }
        String practitioner = FieldOfStudy.practitioner(phrase.getLast().form());
        if (practitioner != null && !practitioner.isEmpty()) {
            String lead = field.substring(0, field.length() - phrase.getLast().form().length());
            keys.add(lead + practitioner);
        }
        keys.add(field + " " + SPECIALIST);
        return keys.stream().map(TitleWords::normal).toList();
    }
}
