package dev.aiproof.profiling.llm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The references of a CV ("References", "Referees", "Referanser" up to the next heading, or "References: …" on one
 * line) and the people named there. A referee line starts with the person ({@code Dr. Samuel Okonkwo – Cardiologist,
 * …}, {@code Avdelingsleder Per Olav Tangen, Hamar kommune}); "References available on request" names nobody.
 */
final class RefereeSection {

    private static final Pattern INLINE = Pattern.compile(
            "(?iu)^[\\s#*_]*(?:references|referees|referanser|referenzen)\\s*[:：]\\s*(.+)$");
    private static final Pattern FIRST_SEGMENT = Pattern.compile("\\s[–—-]\\s|[,|(:·•]|\\s/\\s|\\s{3,}");
    /** Norwegian titles are one word before the name: "Avdelingssjef", "Fagsykepleier", "Oberstløytnant". */
    private static final Pattern TITLE_WORD = Pattern.compile("(?iu).*(?:sjef|leder|sykepleier|lege|rådgiver|løytnant"
            + "|direktør|konsulent|ansvarlig|lærer|styrer|rektor|prest|kaptein|oberst|veileder|koordinator)");

    private RefereeSection() {
    }

    /** The lines that belong to a references section. */
    static BitSet lines(List<String> lines) {
        BitSet in = new BitSet(lines.size());
        boolean open = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (NameLexicon.REFEREE_HEADINGS.contains(NameLexicon.headingKey(line))) {
                open = true;
                continue;
            }
            if (NameLexicon.isHeading(line)) {
                open = false;
            }
            if (open || INLINE.matcher(line).matches()) {
                in.set(i);
            }
        }
        return in;
    }

    /**
     * A person a references section names; {@code sure} when a title or rank stands before the name or an email
     * address in the section spells it: only then is the name redacted outside the section too (a line such as
     * "Caledonia Chilled" under a referee is more likely the employer, which the rest of the CV needs).
     */
    record Referee(PersonName name, boolean sure) {
    }

    /** The people a references section names. */
    static List<Referee> names(List<String> lines, BitSet section) {
        List<String> localParts = new ArrayList<>();
        for (int i = section.nextSetBit(0); i >= 0; i = section.nextSetBit(i + 1)) {
            Matcher m = EmailNames.EMAIL.matcher(lines.get(i));
            while (m.find()) {
                localParts.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        List<Referee> out = new ArrayList<>();
        for (int i = section.nextSetBit(0); i >= 0; i = section.nextSetBit(i + 1)) {
            String line = lines.get(i);
            Matcher inline = INLINE.matcher(line);
            String text = inline.matches() ? inline.group(1) : line;
            referee(text).ifPresent(name -> out.add(new Referee(name, titled(text)
                    || localParts.stream().anyMatch(p -> EmailNames.spells(p, name)))));
        }
        return out;
    }

    /** The person a referee line starts with. */
    static Optional<PersonName> referee(String line) {
        List<String> words = words(line);
        while (words.size() > 2 && isTitle(words.get(0))) {
            words.remove(0);
        }
        return NameLine.parse(String.join(" ", words));
    }

    private static List<String> words(String line) {
        return new ArrayList<>(Arrays.asList(FIRST_SEGMENT.split(line.strip(), 2)[0].strip().split("\\s+")));
    }

    private static boolean titled(String line) {
        List<String> words = words(line);
        return words.size() > 2
                && (isTitle(words.get(0)) || NameLexicon.HONORIFICS.contains(NameLine.key(words.get(0))));
    }

    private static boolean isTitle(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return NameLexicon.NOT_NAME.contains(lower) || TITLE_WORD.matcher(lower).matches();
    }
}
