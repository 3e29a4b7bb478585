package dev.aiproof.extraction;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The one date-range reader every stage uses: English, Norwegian ("jan. 2019 – i dag", "05.2019 – nå"), German,
 * French and Chinese forms, open ranges ("2019 –", "since 2021", "Present"). Profiling reads dated positions from
 * {@link ExtractedDocument#positions()}; this is for the lines that carry dates outside them.
 */
public final class Dates {

    /**
     * A range found in a line.
     *
     * @param end  null while the range is open: "Present", "i dag", "since 2021" mean the day of the assessment
     * @param from where the range starts in the line
     * @param to   where it ends
     */
    public record Span(YearMonth start, YearMonth end, int from, int to) {
    }

    private Dates() {
    }

    public static Optional<Span> find(String line) {
        return DateRanges.find(line).map(Dates::span);
    }

    public static List<Span> findAll(String line) {
        return DateRanges.findAll(line).stream().map(Dates::span).toList();
    }

    private static Span span(DateRanges.Range r) {
        return new Span(r.start(), r.end(), r.from(), r.to());
    }
}
