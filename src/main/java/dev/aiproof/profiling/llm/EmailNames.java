package dev.aiproof.profiling.llm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the person's email addresses say about the name: maria.lindqvist@…, mlindqvist@… and kavitha.ravindran@…
 * spell name words; those words find the name line when the layout hides it, and add the words of the name the
 * CV's name line leaves out (a first name given only as an initial, a short form such as "Pat").
 */
final class EmailNames {

    static final Pattern EMAIL = Pattern.compile("([\\p{L}\\p{N}._%+-]+)@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /** A LinkedIn profile address spells the name as an email does: linkedin.com/in/hanna-solvik-123. */
    private static final Pattern PROFILE = Pattern.compile("(?i)linkedin\\.com/in/([\\p{L}\\p{N}_-]+)");
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'’]*\\p{L}");

    private EmailNames() {
    }

    /**
     * The local parts of the email addresses (and LinkedIn profile names) outside the references (those are the
     * referees'), in order.
     */
    static List<String> localParts(List<String> lines, BitSet referees) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!referees.get(i)) {
                for (Pattern p : List.of(EMAIL, PROFILE)) {
                    Matcher m = p.matcher(lines.get(i));
                    while (m.find()) {
                        out.add(m.group(1).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> parts(String localPart) {
        return Arrays.stream(localPart.split("[._+\\-\\d]+")).filter(p -> p.length() >= 2).toList();
    }

    /** No name line found: a name line near the top that the (first) email address spells. */
    static Optional<PersonName> nameLine(List<String> lines, List<String> emails) {
        if (emails.isEmpty()) {
            return Optional.empty();
        }
        for (String line : lines.subList(0, Math.min(lines.size(), 40))) {
            Optional<PersonName> name = NameLine.parse(line)
                    .or(() -> NameLine.parse(NameFinder.SEPARATOR.split(line.strip(), 2)[0]));
            if (name.isPresent() && spells(emails.get(0), name.get())) {
                return name;
            }
        }
        return Optional.empty();
    }

    /** Whether an email's local part holds a word of the name ("maria.lindqvist", "mlindqvist" for Lindqvist). */
    static boolean spells(String localPart, PersonName name) {
        List<String> parts = parts(localPart).stream().filter(p -> !NameLexicon.GENERIC_MAILBOXES.contains(p)).toList();
        return name.identifyingWords().stream().flatMap(w -> NameLexicon.folds(w).stream())
                .anyMatch(f -> parts.contains(f) || f.length() >= 4 && parts.stream().anyMatch(p -> p.contains(f)));
    }

    /**
     * Name words only an email address gives: "kavitha" of kavitha.ravindran@… under the heading "K. Ravindran",
     * "pat" of pat.whitmore@…, "dimitris" of dimitris.kh@…. A part counts when another part of the same address
     * is a known name word or the initials of the name ("kh" for Karagiannis-Holt); without a known name, when it
     * is written capitalised in the CV.
     */
    static List<String> extraWords(List<String> lines, List<PersonName> owner, List<String> emails) {
        Set<String> known = new LinkedHashSet<>();
        Set<Character> initials = new LinkedHashSet<>();
        for (PersonName name : owner) {
            for (String w : name.identifyingWords()) {
                known.addAll(NameLexicon.folds(w));
                initials.add(NameLexicon.folds(w).iterator().next().charAt(0));
            }
        }
        Set<String> capitalised = new LinkedHashSet<>();
        for (String line : lines) {
            Matcher m = CAPITALISED.matcher(line);
            while (m.find()) {
                capitalised.add(m.group());
            }
        }
        List<String> out = new ArrayList<>();
        for (String email : emails) {
            List<String> parts = parts(email);
            boolean confirmed = parts.stream().anyMatch(p -> known.contains(p) || isInitials(p, initials)
                    || known.stream().anyMatch(k -> k.length() >= 4 && (p.endsWith(k) || p.startsWith(k))));
            for (String part : parts) {
                if (part.length() < 3 || known.contains(part) || isInitials(part, initials)
                        || NameLexicon.GENERIC_MAILBOXES.contains(part) || NameLexicon.NOT_NAME.contains(part)
                        || NameLexicon.HEADINGS.contains(part) || known.stream().anyMatch(k -> k.length() >= 4
                                && (part.endsWith(k) || part.startsWith(k)) && part.length() - k.length() <= 2)) {
                    continue;
                }
                List<String> written = capitalised.stream().filter(c -> NameLexicon.folds(c).contains(part)).toList();
                if (owner.isEmpty() && written.isEmpty()) {
                    // "mlindqvist" with "Lindqvist, M." in the footer: a written word and an initial or two
                    written = capitalised.stream()
                            .filter(c -> c.length() >= 4 && NameLexicon.folds(c).stream().anyMatch(
                                    f -> (part.startsWith(f) || part.endsWith(f)) && part.length() - f.length() <= 2))
                            .toList();
                }
                if (confirmed || owner.isEmpty() && !written.isEmpty()) {
                    out.add(part);
                    out.addAll(written);
                }
            }
        }
        return out.stream().distinct().toList();
    }

    private static boolean isInitials(String part, Set<Character> initials) {
        return part.length() <= 3 && part.chars().allMatch(c -> initials.contains((char) c));
    }
}
