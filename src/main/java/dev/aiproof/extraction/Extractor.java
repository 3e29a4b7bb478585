package dev.aiproof.extraction;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns the bytes of an uploaded CV into an {@link ExtractedDocument}, or refuses it with an {@link ExtractionError}.
 * Safe to call from many threads. Limits and codes are documented in docs/extraction.md.
 */
@Component
public class Extractor implements AutoCloseable {

    private static final Set<String> SKIP_FOR_POSITIONS = Set.of("education", "languages", "certifications", "other");

    private final ExtractionProperties limits;
    private final MediaTypes mediaTypes = new MediaTypes();
    private final TikaTextReader tika;

    /** Default limits, parsing on a thread of this JVM (no child processes): for tools and tests. */
    public Extractor() {
        this(ExtractionProperties.inProcess());
    }

    @Autowired
    public Extractor(ExtractionProperties limits) {
        this.limits = limits;
        this.tika = new TikaTextReader(limits);
    }

    public ExtractedDocument extract(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ExtractionException(ExtractionError.NO_TEXT,
                    "the file is empty", null);
        }
        if (content.length > limits.maxFileSize().toBytes()) {
            throw new ExtractionException(ExtractionError.TOO_LARGE);
        }
        String type = mediaTypes.detect(fileName, content);
        List<String> notes = new ArrayList<>();
        Draft draft = switch (type) {
            case MediaTypes.ZIP -> LinkedInExport.read(content);
            case MediaTypes.JSON -> JsonResume.read(new String(content, StandardCharsets.UTF_8).replace("\uFEFF", ""));
            default -> fromTika(type, content);
        };
        notes.addAll(draft.notes());
        String text = CvCheck.dropCoverLetter(draft.text(), notes);
        boolean truncated = draft.truncated();
        if (text.length() > limits.maxChars()) {
            int cut = text.lastIndexOf('\n', limits.maxChars());
            text = text.substring(0, cut > 0 ? cut : limits.maxChars());
            truncated = true;
        }
        if (truncated) {
            notes.add("The text was longer than " + limits.maxChars() + " characters; only the first part was read.");
        }
        List<Section> sections = draft.sections() != null && text.equals(draft.text())
                ? draft.sections()
                : Sections.split(text);
        List<DatedPosition> positions = draft.positions() != null ? draft.positions() : positions(sections, text);
        CvCheck.check(text, sections, positions);
        return new ExtractedDocument(text, type, Languages.detect(text), draft.pages(), sections, positions,
                DigestUtils.sha256Hex(text), notes);
    }

    private Draft fromTika(String type, byte[] content) {
        boolean pdf = MediaTypes.PDF.equals(type);
        TikaTextReader.Parsed parsed = tika.read(content, MediaTypes.isText(type) ? MediaTypes.TEXT : type);
        List<String> pages = TextCleaner.cleanPages(parsed.text(), pdf, MediaTypes.MARKDOWN.equals(type));
        String text = String.join("\n", pages).strip();
        if (text.isEmpty()) {
            String how = pdf && !parsed.ocrAvailable()
                    ? ": the PDF has no text layer and text recognition (OCR) is not available here"
                    : "";
            throw new ExtractionException(ExtractionError.NO_TEXT, "no text in the file" + how, null);
        }
        List<String> notes = new ArrayList<>();
        if (parsed.ocrPages() > 0) {
            notes.add("Text on " + parsed.ocrPages() + " scanned page(s) was read by OCR and may contain mistakes.");
        }
        if (pdf && LinkedInPdf.recognise(text)) {
            var profile = LinkedInPdf.read(pages);
            if (profile.isPresent() && !profile.get().jobs().isEmpty()) { // otherwise read it like any other CV
                notes.add("Recognised as a LinkedIn profile export.");
                return new Draft(text, parsed.pages(), LinkedInPdf.sections(profile.get()),
                        LinkedInPdf.positions(profile.get()), notes, parsed.truncated());
            }
        }
        if (pdf && LinkedInLegacyPdf.recognise(text)) {
            notes.add("Recognised as a LinkedIn profile export (older layout).");
            text = LinkedInLegacyPdf.dropTrailer(text);
        }
        return new Draft(text, parsed.pages(), null, null, notes, parsed.truncated());
    }

    /** Positions from the experience-like sections; from all but education and the like when there are none. */
    private static List<DatedPosition> positions(List<Section> sections, String text) {
        boolean hasExperience = sections.stream().anyMatch(s -> s.kind().equals("experience"));
        List<String> lines = new ArrayList<>();
        for (Section s : sections) {
            boolean use = hasExperience
                    ? s.kind().equals("experience") || s.kind().equals("projects")
                    : !SKIP_FOR_POSITIONS.contains(s.kind());
            if (use) {
                lines.addAll(s.text().lines().toList());
            }
        }
        return DateRanges.positions(lines.isEmpty() ? text.lines().toList() : lines);
    }

    /** Stops the parse worker processes (Spring calls this when the context closes). */
    @Override
    public void close() {
        tika.close();
    }
}
