package dev.aiproof.extraction;

import java.util.List;

/**
 * The text of one CV and what could be recognised in it. Immutable; the only thing extraction hands on.
 *
 * @param text        cleaned text in reading order, lines separated by '\n'
 * @param mediaType   the media type detected from the bytes
 * @param language    ISO 639-1 code of the detected language ("en", "nb", …), "und" when unknown
 * @param pageCount   pages for paged formats, 1 otherwise
 * @param sections    recognisable sections (summary, experience, skills, …), possibly empty
 * @param positions   dated positions, used for years of experience, possibly empty
 * @param contentHash SHA-256 hex of the cleaned text
 * @param notes       things the person should know (text truncated, OCR used, …)
 */
public record ExtractedDocument(
        String text,
        String mediaType,
        String language,
        int pageCount,
        List<Section> sections,
        List<DatedPosition> positions,
        String contentHash,
        List<String> notes) {

    public ExtractedDocument {
        sections = List.copyOf(sections);
        positions = List.copyOf(positions);
        notes = List.copyOf(notes);
    }

    /** The non-blank lines of the text, trimmed, in order. */
    public List<String> lines() {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
