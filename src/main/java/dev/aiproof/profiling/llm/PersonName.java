package dev.aiproof.profiling.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A person's name as a CV writes it: its words in order ("Anneliese", "van", "der", "Berg"; initials such as "J."
 * kept) and the nicknames given with it ("Ray" of {@code Raymond "Ray" Kowalski}).
 */
record PersonName(List<String> words, List<String> nicknames) {

    PersonName {
        words = List.copyOf(words);
        nicknames = List.copyOf(nicknames);
    }

    static PersonName of(String... words) {
        return new PersonName(List.of(words), List.of());
    }

    static boolean isParticle(String word) {
        return NameLexicon.PARTICLES.contains(word);
    }

    static boolean isInitial(String word) {
        return word.matches("(?:\\p{Lu}\\.?){1,3}") && word.codePoints().filter(Character::isLetter).count() <= 1
                || word.matches("(?:\\p{Lu}\\.){1,3}");
    }

    /** The words that identify the person, each also split at hyphens and apostrophes: no particles, no initials. */
    List<String> identifyingWords() {
        List<String> out = new ArrayList<>();
        List<String> all = new ArrayList<>(words);
        all.addAll(nicknames);
        for (String w : all) {
            if (isParticle(w) || isInitial(w)) {
                continue;
            }
            addIfLong(out, w);
            for (String part : w.split("[-‐'’]")) {
                addIfLong(out, part);
            }
        }
        return out;
    }

    /** The particles of this name, lower case ("van", "der"): they join name parts, as in "Van der Berg's". */
    List<String> particles() {
        return words.stream().filter(PersonName::isParticle).map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    private static void addIfLong(List<String> out, String w) {
        if (w.codePointCount(0, w.length()) >= 2 && !out.contains(w)) {
            out.add(w);
        }
    }

    @Override
    public String toString() {
        return String.join(" ", words) + (nicknames.isEmpty() ? "" : " " + nicknames);
    }
}
