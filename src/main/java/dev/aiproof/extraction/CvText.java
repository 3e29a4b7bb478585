package dev.aiproof.extraction;

import java.time.YearMonth;

/** Writes structured CV data (data-export ZIP, JSON Resume) as plain CV text the rest of the pipeline can read. */
final class CvText {

    private final StringBuilder text = new StringBuilder();

    CvText line(String s) {
        if (s != null && !s.isBlank()) {
            text.append(s.strip()).append('\n');
        }
        return this;
    }

    CvText heading(String s) {
        text.append('\n').append(s).append('\n');
        return this;
    }

    static String range(YearMonth start, YearMonth end) {
        return (start == null ? "" : label(start)) + " - " + (end == null ? "Present" : label(end));
    }

    private static String label(YearMonth ym) {
        return String.format("%02d/%d", ym.getMonthValue(), ym.getYear());
    }

    /** "2019-03-01", "2019-03", "Mar 2019" or "2019" as a month; null when absent or unreadable. */
    static YearMonth month(String s, boolean isEnd) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        if (v.matches("\\d{4}-\\d{2}(-\\d{2})?.*")) {
            int m = Integer.parseInt(v.substring(5, 7));
            return m >= 1 && m <= 12 ? YearMonth.of(Integer.parseInt(v.substring(0, 4)), m) : null;
        }
        return DateRanges.parse(v, isEnd);
    }

    @Override
    public String toString() {
        return text.toString().strip();
    }
}
