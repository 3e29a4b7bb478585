package dev.aiproof.extraction;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date ranges such as "Jan 2019 – Present", "2019–2022", "03/2018 - 05/2020", "mars 2020 – nå" or
 * "2015 年 3 月 – 至今" and turns the lines around them into dated positions.
 */
final class DateRanges {

    record Range(YearMonth start, YearMonth end, int from, int to) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("januar", 1), Map.entry("january", 1), Map.entry("janvier", 1),
            Map.entry("jänner", 1),
            Map.entry("feb", 2), Map.entry("februar", 2), Map.entry("february", 2), Map.entry("febr", 2),
            Map.entry("mar", 3), Map.entry("mars", 3), Map.entry("march", 3), Map.entry("märz", 3), Map.entry("mär", 3),
            Map.entry("marz", 3),
            Map.entry("apr", 4), Map.entry("april", 4), Map.entry("avril", 4),
            Map.entry("may", 5), Map.entry("mai", 5),
            Map.entry("jun", 6), Map.entry("june", 6), Map.entry("juni", 6), Map.entry("juin", 6),
            Map.entry("jul", 7), Map.entry("july", 7), Map.entry("juli", 7), Map.entry("juillet", 7),
            Map.entry("aug", 8), Map.entry("august", 8), Map.entry("août", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9), Map.entry("septembre", 9),
            Map.entry("oct", 10), Map.entry("okt", 10), Map.entry("october", 10), Map.entry("oktober", 10),
            Map.entry("octobre", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("novembre", 11),
            Map.entry("dec", 12), Map.entry("des", 12), Map.entry("dez", 12), Map.entry("december", 12),
            Map.entry("desember", 12),
            Map.entry("dezember", 12), Map.entry("décembre", 12));

    private static final String YEAR = "(?:19[5-9]\\d|20[0-4]\\d)";
    private static final String MONTH = "(?:" + String.join("|", MONTHS.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) + ")\\.?";
    private static final String DATE = "(?:" + YEAR + "\\s*" + MONTH + "(?![\\p{L}])|" + MONTH + "\\s+" + YEAR
            + "|\\d{1,2}\\s*[/.]\\s*" + YEAR + "|" + YEAR + "\\s*[/-]\\s*\\d{1,2}(?![\\d])"
            + "|" + YEAR + "\\s*年(?:\\s*\\d{1,2}\\s*月)?|" + YEAR + ")";
    private static final String PRESENT = "(?:present|current|now|today|date|ongoing|to date|till date|i dag|idag|nå|d\\.d\\.?|"
            + "dd|dags dato|pågående|heute|aktuell|jetzt|derzeit|laufend|至今|今|aujourd'hui|ce jour|actualidad|atual)";
    private static final Pattern RANGE = Pattern
            .compile("(?iu)(?<![\\d/.])(" + DATE + ")\\s*(?:-{1,2}|–|—|~|to|til|till|bis|until|à|a)\\s*("
                    + DATE + "|" + PRESENT + ")(?![\\d/])");
    /** "since 2021", "siden mars 2020", "fra 2019", "seit 2018", "depuis 2017": an open range to the present. */
    private static final Pattern SINCE = Pattern
            .compile("(?iu)(?<![\\p{L}])(?:since|siden|fra|seit|depuis|from)\\s+(" + DATE
                    + ")(?!\\s*(?:-{1,2}|–|—|~|to|til|till|bis|until|à)\\s*[\\p{L}\\d])(?![\\d/])");
    /**
     * "2019 –" with no end date after the dash: an open range, as CVs write a current job. Text after it starts with a
     * capital ("2023– Tannhelsesekretær, …"), since cleaning folds the column gap to one space; an end date or
     * "Present" there is a closed or open range that {@link #RANGE} has already taken.
     */
    private static final Pattern TRAILING = Pattern
            .compile("(?iu)(?<![\\d/.])(" + DATE + ")\\s*(?:-{1,2}|–|—)\\s*(?=$|\\s{2,}|[,;|·)]|(?-i:\\s\\p{Lu}))");
    private static final Pattern PARTS = Pattern.compile("(?iu)(" + YEAR + ")\\s*(" + MONTH + ")|(" + MONTH + ")\\s+("
            + YEAR + ")|(\\d{1,2})\\s*[/.]\\s*(" + YEAR + ")|("
            + YEAR + ")\\s*[/-]\\s*(\\d{1,2})|(" + YEAR + ")\\s*年(?:\\s*(\\d{1,2})\\s*月)?|(" + YEAR + ")");

    private DateRanges() {
    }

    /** The first date range in a line, if any; an end of null means "to the present". */
    static java.util.Optional<Range> find(String line) {
        List<Range> all = findAll(line);
        return all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.getFirst());
    }

    /** Every date range in a line, in order: closed ranges, open ones ("2019 –") and "since 2021". */
    static List<Range> findAll(String line) {
        List<Range> out = new ArrayList<>();
        Matcher m = RANGE.matcher(line);
        int from = 0;
        while (from < line.length() && m.find(from)) {
            from = m.start() + 1;
            YearMonth start = parse(m.group(1), false);
            YearMonth end = parse(m.group(2), true);
            if (start != null && (end == null ? isPresent(m.group(2)) : !end.isBefore(start))
                    && out.stream().noneMatch(r -> r.from() <= m.start() && m.start() < r.to())) {
                out.add(new Range(start, end, m.start(), m.end()));
                from = m.end();
            }
        }
        for (Pattern open : List.of(TRAILING, SINCE)) {
            Matcher o = open.matcher(line);
            while (o.find()) {
                YearMonth start = parse(o.group(1), false);
                int at = o.start();
                if (start != null && out.stream().noneMatch(r -> r.from() <= at && at < r.to())) {
                    out.add(new Range(start, null, o.start(), o.end()));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Range::from));
        return out;
    }

    private static boolean isPresent(String s) {
        return s.toLowerCase(Locale.ROOT).matches("(?u)" + PRESENT);
    }

    static YearMonth parse(String s, boolean isEnd) {
        Matcher m = PARTS.matcher(s.strip());
        if (!m.matches()) {
            return null;
        }
        if (m.group(1) != null || m.group(3) != null) {
            boolean yearFirst = m.group(1) != null;
            Integer month = MONTHS.get(m.group(yearFirst ? 2 : 3).toLowerCase(Locale.ROOT).replace(".", ""));
            return month == null ? null : YearMonth.of(Integer.parseInt(m.group(yearFirst ? 1 : 4)), month);
        }
        if (m.group(5) != null) {
            return month(Integer.parseInt(m.group(6)), Integer.parseInt(m.group(5)));
        }
        if (m.group(7) != null) {
            return month(Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)));
        }
        if (m.group(9) != null) {
            return m.group(10) != null
                    ? month(Integer.parseInt(m.group(9)), Integer.parseInt(m.group(10)))
                    : YearMonth.of(Integer.parseInt(m.group(9)), isEnd ? 12 : 1);
        }
        return YearMonth.of(Integer.parseInt(m.group(11)), isEnd ? 12 : 1);
    }

    private static YearMonth month(int year, int month) {
        return month >= 1 && month <= 12 ? YearMonth.of(year, month) : null;
    }

    /** A title is a few words; a longer text after the dates is a sentence. */
    private static final int MAX_TITLE_WORDS = 6;

    private record Who(String title, String org) {
    }

    /** Dated positions in the given lines; the title is the text before the dates or the line above them. */
    static List<DatedPosition> positions(List<String> lines) {
        List<DatedPosition> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            java.util.Optional<Range> r = line.contains("©") ? java.util.Optional.empty() : find(line);
            if (r.isEmpty()) {
                continue;
            }
            if (isBullet(line) && !out.isEmpty() && within(r.get(), out.getLast())) {
                continue; // "- Praksisveileder (2024 – nå)" under a job: a duty of that job, not another job
            }
            Who who = who(lines, i, r.get());
            if (who.title() != null) {
                String org = who.org() == null ? null : who.org().split("\\s+[|·•]\\s+")[0]; // the place is not the employer
                out.add(new DatedPosition(who.title(), org, r.get().start(), r.get().end(), line));
            }
        }
        return out;
    }

    private static boolean isBullet(String line) {
        return line.matches("(?u)\\s*[-•*▪●◦–]\\s.*");
    }

    private static boolean within(Range r, DatedPosition job) {
        boolean endsInside = job.end() == null || r.end() != null && !r.end().isAfter(job.end());
        return !r.start().isBefore(job.start()) && endsInside;
    }

    private static Who who(List<String> lines, int i, Range r) {
        String line = lines.get(i);
        String before = trimJoin(line.substring(0, r.from()));
        if (before.endsWith(":") || before.matches("(?iu)(seit|since|fra|from|von)")) {
            before = ""; // a label such as "Date:" or "seit"
        }
        String after = line.substring(r.to()).replaceAll("^[\\s,|·•)–—-]+", "").strip();
        String above = i > 0 ? usable(lines.get(i - 1)) : null;
        String below = i + 1 < lines.size() ? usable(lines.get(i + 1)) : null;
        if (before.length() < 3 && after.length() >= 3 && Titles.looksLikeTitle(after)) {
            String[] parts = after.split(",\\s*|\\s+at\\s+|\\s+[|–—]\\s+", 3); // "2018 – 2021 Data Scientist, Uber"
            return new Who(parts[0], parts.length > 1 ? parts[1] : null);
        }
        boolean titleAbove = above != null && Titles.looksLikeTitle(above);
        if (before.length() < 3 && after.length() >= 3 && !titleAbove && Character.isUpperCase(after.codePointAt(0))) {
            String[] parts = after.split(",\\s*|\\s+at\\s+|\\s+[|–—]\\s+", 3); // "2019 – present   Optometrist, Triangle Eye Care"
            if (parts[0].split("\\s+").length <= MAX_TITLE_WORDS) {
                return new Who(parts[0], parts.length > 1 ? parts[1] : null);
            }
        }
        if (before.length() < 3 && after.length() < 3 && above == null && below != null) {
            String[] parts = below.split(",\\s*|\\s+at\\s+|\\s+[|–—]\\s+", 3); // the dates alone, the job on the next line
            return new Who(parts[0], parts.length > 1 ? parts[1] : null);
        }
        if (before.length() >= 3 && !Titles.looksLikeTitle(before)) {
            String org = before.split("\\s+[|·•—–]\\s+")[0];
            if (above != null && Titles.looksLikeTitle(above)) {
                return new Who(above, org); // "Employer | place dates" below the title
            }
            if (below != null && Titles.looksLikeTitle(below)) {
                return new Who(below, org); // "Employer, place   dates" above the title
            }
        }
        if (before.length() >= 3) {
            String[] at = before.split(" at | @ | hos | bei ", 2);
            if (at.length == 1 && before.split("\\s+[|·•—–]\\s+").length > 1) {
                at = before.split("\\s+[|·•—–]\\s+", 3); // "Staff Engineer | Globex Systems LLC | Chicago Mar 2021 - Present"
            } else if (at.length == 1 && before.contains(", ")
                    && Titles.looksLikeTitle(before.substring(0, before.indexOf(", ")))) {
                at = before.split(", ", 2); // "Senior Software Engineer, Fjordpay AS — Jan 2020 – Present"
            }
            String org = at.length > 1 ? at[1] : employer(above) != null ? employer(above) : employer(below);
            return new Who(at[0], org);
        }
        String above2 = i > 1 ? usable(lines.get(i - 2)) : null;
        if (above != null && above2 != null && Titles.looksLikeTitle(above2) && !Titles.looksLikeTitle(above)) {
            return new Who(above2, above);
        }
        if (above != null && above.contains(" at ")) {
            String[] at = above.split(" at ", 2); // "Head of Engineering at Tech in Asia"
            return new Who(at[0], at[1]);
        }
        Matcher prose = PROSE_ROLE.matcher(line);
        if (above == null && prose.find() && prose.group(1).strip().split("\\s+").length <= MAX_PROSE_TITLE_WORDS) {
            return new Who(prose.group(1).strip(), prose.group(2).strip());
        }
        return new Who(above, above2 != null && above2.length() <= 60 ? above2 : employer(below));
    }

    /**
     * A CV written in sentences names the job after a verb of working ("Since April 2019 I have been the live-out
     * Private Chef to a family of five"): "Siden august 2017 har jeg jobbet som sjåfør
     * hos Mjøsfrakt AS", "Fra mai 2009 til juli 2017 var jeg sjåfør hos …", "Since 2019 I have worked as a claims
     * handler at Aviva".
     */
    private static final Pattern PROSE_ROLE = Pattern.compile("(?u)\\b(?:(?i:worked|working|served|employed|"
            + "been|was|jobbet|jobber|arbeidet|arbeider|vært|var jeg|er jeg))\\s+(?:(?i:as|som)\\s+)?"
            + "(?:(?i:an?|the|my|en|et|ei)\\s+)?(\\p{L}[\\p{L}/ -]{1,60}?)\\s+(?:at|for|with|to|hos|ved|på|i)\\s+"
            + "(\\p{Lu}[^.,;:()]{1,60}|(?:an?|the)\\s+\\p{L}[^.,;:()]{1,60})");
    private static final int MAX_PROSE_TITLE_WORDS = 4;

    /** A line that could name the employer: short and not itself a title. */
    private static String employer(String line) {
        return line != null && line.length() <= 60 && !Titles.looksLikeTitle(line) ? line : null;
    }

    /** "Sykepleier, Medisinsk klinikk, sengepost for … – Sykehuset Østvik, Kalnes": title, unit and employer. */
    private static final int MAX_LINE = 140;

    private static String usable(String line) {
        String l = line.strip();
        if (l.isEmpty() || l.length() > MAX_LINE || find(l).isPresent() || Sections.headingKind(l).isPresent()
                || l.startsWith("•") || l.startsWith("-") || l.endsWith(".")
                || Character.isLowerCase(l.codePointAt(0))) {
            return null;
        }
        return l;
    }

    private static String trimJoin(String s) {
        return s.replaceAll("[\\s,|·•(–—-]+$", "").strip();
    }
}
