package dev.aiproof.extraction;

import java.time.YearMonth;

/**
 * A job held for a period. {@code end} is null while the position is current.
 * {@code line} is the CV line the dates were read from, so that claims can cite it.
 */
public record DatedPosition(String title, String organisation, YearMonth start, YearMonth end, String line) {
}
