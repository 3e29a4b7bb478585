package dev.aiproof.profiling.llm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a CV is about, and whom else it names: the name block at the top (before the first section heading),
 * a "CV – name" line or a name after a "Curriculum Vitae" line further down (after a cover letter), labelled
 * fields ("Name:", "Navn:", "Full name:"), a LinkedIn data export's "First Name,Last Name" fields, the name line
 * of a LinkedIn "Save to PDF" export, a letter's signature, and the name words in the person's email address.
 * Referees come from {@link RefereeSection}.
 */
final class NameFinder {

    /**
     * Who the CV names: its owner (possibly several spellings), further words of the owner's name, the referees
     * to redact everywhere and those to redact in the references section only.
     */
    record Names(List<PersonName> owner, List<String> extraWords, List<PersonName> others,
            List<PersonName> sectionOnly) {
    }

    private static final int NAME_BLOCK_LINES = 6;
    private static final Pattern UNDERLINE = Pattern.compile("^[=\\-_*~]{3,}$");
    private static final Pattern MARKER = Pattern
            .compile("(?iu)^[#*\\s]*(?:cv|c\\.v\\.|curriculum vitae|resume|résumé|lebenslauf)[\\s*]*$");
    private static final Pattern MARKED_NAME = Pattern.compile(
            "(?iu)^[#*\\s]*(?:cv|curriculum vitae|resume|résumé|lebenslauf)\\s*(?:[–—:|-]+|\\bof\\b|\\bfor\\b|\\bfra\\b)\\s*(.+)$");
    static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—·•]\\s+|\\s+-\\s+|\\s{3,}|\\t");
    private static final Pattern LABELLED = Pattern.compile("(?iu)^[\\s>*•-]*(full name|fullt navn|name|navn|candidate"
            + "|kandidat|first name|fornavn|last name|surname|family name|etternavn)\\s*[:|]\\s*(.+)$");
    private static final Pattern CLOSING = Pattern.compile("(?iu)^(?:(?:with\\s+)?(?:kind|kindest|best|warm|warmest)"
            + "\\s+regards|regards|yours sincerely|sincerely(?: yours)?|yours faithfully|yours truly|respectfully(?: yours)?"
            + "|best wishes|all the best|best|cheers|thanks|many thanks|thank you|warmly|med vennlig hilsen"
            + "|vennlig hilsen|vennleg helsing|mvh|hilsen|beste hilsen|med hilsen|mit freundlichen grüßen|viele grüße"
            + "|med venlig hilsen|med vänliga hälsningar|vänliga hälsningar|cordialement)[,.!]?$");

    private NameFinder() {
    }

    static Names find(List<String> lines, BitSet referees) {
        List<String> emails = EmailNames.localParts(lines, referees);
        Optional<PersonName> byEmail = EmailNames.nameLine(lines, emails);
        Optional<PersonName> heading = heading(lines, 0, false);
        if (heading.isEmpty() && !emails.isEmpty()) {
            // "Maria Lindqvist Registered Nurse": only when the email address spells the words before the title
            heading = heading(lines, 0, true).filter(n -> EmailNames.spells(emails.get(0), n));
        }
        // a first line such as "Lothian Fresh Foods" (a letter's addressee) is not the person the email spells
        if (heading.isPresent() && byEmail.isPresent() && !EmailNames.spells(emails.get(0), heading.get())) {
            heading = byEmail;
        }
        List<PersonName> owner = new ArrayList<>();
        heading.ifPresent(owner::add);
        linkedInPdf(lines).ifPresent(owner::add);
        for (int i = 0; i < lines.size(); i++) {
            if (referees.get(i)) {
                continue;
            }
            String line = lines.get(i).strip();
            Matcher marked = MARKED_NAME.matcher(line);
            if (marked.matches()) {
                NameLine.parse(marked.group(1)).ifPresent(owner::add);
            } else if (i > 0 && MARKER.matcher(line).matches()) {
                heading(lines, i + 1, false).ifPresent(owner::add);
            }
            labelled(line).ifPresent(owner::add);
            if (CLOSING.matcher(line).matches()) {
                next(lines, i + 1, 2).stream().map(NameLine::parse).flatMap(Optional::stream).findFirst()
                        .ifPresent(owner::add);
            }
            if (line.contains("First Name") && line.contains("Last Name")) {
                linkedInExport(line, next(lines, i + 1, 1)).ifPresent(owner::add);
            }
        }
        if (owner.isEmpty()) {
            byEmail.ifPresent(owner::add);
        }
        List<RefereeSection.Referee> named = RefereeSection.names(lines, referees);
        return new Names(dedupe(owner), EmailNames.extraWords(lines, owner, emails),
                named.stream().filter(RefereeSection.Referee::sure).map(RefereeSection.Referee::name).toList(),
                named.stream().filter(r -> !r.sure()).map(RefereeSection.Referee::name).toList());
    }

    /**
     * The first name line of the name block starting at {@code from}: the lines before the first section heading;
     * with {@code titleMayFollow}, a title run into one of its first two lines is cut off.
     */
    static Optional<PersonName> heading(List<String> lines, int from, boolean titleMayFollow) {
        int seen = 0;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || UNDERLINE.matcher(line).matches() || MARKER.matcher(line).matches()) {
                continue;
            }
            if (NameLexicon.isHeading(line)) {
                if (NameLexicon.PERSONAL_HEADINGS.contains(NameLexicon.headingKey(line))) {
                    continue;
                }
                break;
            }
            if (++seen > NAME_BLOCK_LINES) {
                break;
            }
            boolean top = titleMayFollow && seen <= 2;
            Optional<PersonName> name = NameLine.parse(line, top)
                    .or(() -> NameLine.parse(SEPARATOR.split(line, 2)[0], top));
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    /**
     * A LinkedIn "Save to PDF" export read column by column: contact, skills and languages first, then the name,
     * the headline and the location just before "Summary" or "Experience".
     */
    private static Optional<PersonName> linkedInPdf(List<String> lines) {
        List<String> first = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).limit(40).toList();
        if (first.isEmpty() || !first.get(0).equalsIgnoreCase("contact")
                || first.stream().noneMatch(l -> l.equalsIgnoreCase("top skills") || l.endsWith("(LinkedIn)"))) {
            return Optional.empty();
        }
        int main = 1;
        while (main < first.size()
                && !Set.of("summary", "experience", "about").contains(NameLexicon.headingKey(first.get(main)))) {
            main++;
        }
        Optional<PersonName> found = Optional.empty();
        for (int j = Math.max(1, main - 4); j < main; j++) {
            Optional<PersonName> name = NameLine.parse(first.get(j));
            if (name.isPresent() && (j + 1 == main || NameLine.parse(first.get(j + 1)).isEmpty())) {
                found = name;
            }
        }
        return found;
    }

    private static Optional<PersonName> labelled(String line) {
        Matcher m = LABELLED.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String label = m.group(1).toLowerCase(Locale.ROOT);
        String value = m.group(2).strip();
        if (label.contains("first") || label.contains("last") || label.contains("sur") || label.contains("family")
                || label.equals("fornavn") || label.equals("etternavn")) {
            List<String> words = Arrays.stream(value.split("\\s+")).filter(w -> w.matches("\\p{Lu}[\\p{L}'’-]*"))
                    .toList();
            return words.isEmpty() ? Optional.empty() : Optional.of(new PersonName(words, List.of()));
        }
        return NameLine.parse(value).or(() -> NameLine.parse(SEPARATOR.split(value, 2)[0]));
    }

    /** The first and last name of a LinkedIn data export's Profile.csv, under its header line. */
    private static Optional<PersonName> linkedInExport(String header, List<String> next) {
        List<String> columns = csv(header);
        int firstName = columns.indexOf("First Name");
        int lastName = columns.indexOf("Last Name");
        if (next.isEmpty() || firstName < 0 || lastName < 0) {
            return Optional.empty();
        }
        List<String> values = csv(next.get(0));
        List<String> words = new ArrayList<>();
        for (int column : new int[] {firstName, columns.indexOf("Maiden Name"), lastName}) {
            if (column >= 0 && column < values.size()) {
                words.addAll(Arrays.stream(values.get(column).split("\\s+")).filter(w -> !w.isBlank()).toList());
            }
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(new PersonName(words, List.of()));
    }

    private static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString().strip());
        return out;
    }

    private static List<String> next(List<String> lines, int from, int count) {
        return lines.subList(Math.min(from, lines.size()), lines.size()).stream().map(String::strip)
                .filter(l -> !l.isEmpty()).limit(count).toList();
    }

    private static List<PersonName> dedupe(List<PersonName> names) {
        return names.stream().distinct().toList();
    }
}
