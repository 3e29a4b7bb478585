package dev.aiproof.profiling.llm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces the names a CV holds by {@code [NAME]}. Every word of the owner's name (and each part of a hyphenated
 * or apostrophed one, and its spelling without diacritics) goes wherever it stands as a whole word, in any case;
 * a name word that is also an ordinary word ("Grant", "Strand", "Line") only where it is capitalised, and one that
 * is a function word ("Will", "Per") only inside the full name. Other people (referees) go by their full name.
 * Adjacent pieces are then joined: {@code Lt. Col. [NAME]} for "Lt. Col. Patricia Ann Whitmore", {@code [NAME], RN},
 * {@code [NAME]} for {@code RAYMOND "RAY" KOWALSKI}, "M. Lindqvist", "Lindqvist, M." and "Van der Berg".
 */
final class NameMasker {

    static final String NAME = "[NAME]";
    private static final String N = Pattern.quote(NAME);
    private static final Pattern QUOTED = Pattern.compile("[\"“„'‘(]\\s*" + N + "\\s*[\"”'’)]");
    private static final Pattern INITIALS_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}.])(?:\\p{Lu}\\.\\s?){1,3}\\s*" + N
            + "|(?<![\\p{L}\\p{N}])\\p{Lu}['’]" + N);
    private static final Pattern INITIALS_AFTER = Pattern.compile(N + ",?\\s(?:\\p{Lu}\\.){1,3}(?=\\s|$|[,;)])|" + N
            + "\\s\\p{Lu}{1,2}(?=,)");

    private final Pattern names;
    private final Pattern joined;
    private final Pattern particlesBefore;
    private final Set<String> folded = new LinkedHashSet<>();

    NameMasker(List<PersonName> owner, Collection<String> extraWords, List<PersonName> others) {
        Set<String> alternatives = new LinkedHashSet<>();
        for (PersonName other : others) {
            alternatives.add(sequence(other.words()));
            alternatives.add(sequence(other.words().stream().filter(w -> !PersonName.isInitial(w)).toList()));
        }
        Set<String> words = new LinkedHashSet<>();
        owner.forEach(n -> words.addAll(n.identifyingWords()));
        words.addAll(extraWords);
        List<String> forms = new ArrayList<>();
        for (String w : words) {
            forms.add(w);
            if (w.codePointCount(0, w.length()) >= 4) {
                forms.addAll(NameLexicon.folds(w));
                if (!w.endsWith("s") && !NameLexicon.ORDINARY.contains(w.toLowerCase(Locale.ROOT))) {
                    forms.add(w + "s"); // the Norwegian and Swedish genitive: "Nordmanns prosjekt"
                }
                if (!NameLexicon.ORDINARY.contains(w.toLowerCase(Locale.ROOT))) {
                    folded.addAll(NameLexicon.folds(w));
                }
            }
        }
        forms.sort(Comparator.comparingInt(String::length).reversed());
        for (String form : forms) {
            String lower = form.toLowerCase(Locale.ROOT);
            if (NameLexicon.FUNCTION_WORDS.contains(lower)) {
                continue;
            }
            if (NameLexicon.ORDINARY.contains(lower)) {
                alternatives.add(Pattern.quote(lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1)));
                alternatives.add(Pattern.quote(lower.toUpperCase(Locale.ROOT)));
            } else {
                alternatives.add("(?iu:" + Pattern.quote(form) + ")");
            }
        }
        for (PersonName n : owner) {
            // a function word ("Will") goes inside the whole name only
            alternatives.add(sequence(n.words()));
        }
        alternatives.removeIf(String::isEmpty);
        List<String> ordered = new ArrayList<>(alternatives);
        ordered.sort(Comparator.comparingInt(String::length).reversed());
        names = ordered.isEmpty()
                ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", ordered) + ")(?![\\p{L}\\p{N}])");
        Set<String> particles = owner.stream().flatMap(n -> n.particles().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String particle = particles.isEmpty()
                ? null
                : "(?iu:" + particles.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")";
        String between = "(?:\\s*[-‐]\\s*|,?\\s+)(?:" + (particle == null ? "" : particle + "\\s+|")
                + "(?:\\p{Lu}\\.\\s*){1,3}|[\"“](?:\\p{Lu}\\.){1,3}[\"”]\\s+)*";
        joined = Pattern.compile(N + between + N);
        particlesBefore = particle == null
                ? null
                : Pattern.compile("(?<![\\p{L}])" + particle + "(?:\\s+" + particle + ")*\\s+" + N);
    }

    /** A name's words in order, any case, any spacing. */
    private static String sequence(List<String> words) {
        return words.size() < 2
                ? ""
                : "(?iu:" + words.stream().map(Pattern::quote).collect(Collectors.joining("\\s+")) + ")";
    }

    String mask(String line) {
        if (names == null) {
            return line;
        }
        String r = names.matcher(line).replaceAll(NAME);
        if (!r.contains(NAME)) {
            return r;
        }
        String before;
        do {
            before = r;
            r = QUOTED.matcher(r).replaceAll(NAME);
            r = joined.matcher(r).replaceAll(NAME);
            if (particlesBefore != null) {
                r = particlesBefore.matcher(r).replaceAll(NAME);
            }
            r = INITIALS_BEFORE.matcher(r).replaceAll(NAME);
            r = INITIALS_AFTER.matcher(r).replaceAll(NAME);
        } while (!r.equals(before));
        return r;
    }

    /** Whether a token such as a web address or a handle spells a word of the owner's name ("sofienilsen.design"). */
    boolean spellsName(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return folded.stream().anyMatch(t::contains);
    }
}
