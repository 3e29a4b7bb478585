package dev.aiproof.extraction;

import java.util.List;

/**
 * Text read by a format-specific reader, with the structure it already knows (null when it knows none).
 * {@code truncated} is set when the reader stopped at its write limit.
 */
record Draft(String text, int pages, List<Section> sections, List<DatedPosition> positions, List<String> notes,
        boolean truncated) {

    Draft(String text, int pages, List<Section> sections, List<DatedPosition> positions, List<String> notes) {
        this(text, pages, sections, positions, notes, false);
    }
}
