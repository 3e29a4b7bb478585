package dev.aiproof.extraction;

import java.util.List;

/** Text read by a format-specific reader, with the structure it already knows (null when it knows none). */
record Draft(String text, int pages, List<Section> sections, List<DatedPosition> positions, List<String> notes) {
}
