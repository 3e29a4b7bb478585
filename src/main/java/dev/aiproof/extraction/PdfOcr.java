package dev.aiproof.extraction;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * OCR for scanned CVs, decided here rather than by Tika's automatic strategy (which also OCRs text pages whose
 * icon fonts lack Unicode mappings, doubling their text and taking seconds per page): only when the whole PDF has
 * almost no text layer, only its pages without text, and at most {@link #MAX_PAGES} of them. Tesseract runs
 * through Tika as a separate process with its own timeout.
 */
final class PdfOcr {

    static final int MAX_PAGES = 5;
    static final int MIN_TEXT_CHARS = 200;
    private static final float DPI = 300;

    private final TesseractOCRParser tesseract = new TesseractOCRParser();
    private final String language;
    private final int timeoutSeconds;

    PdfOcr(String language, int timeoutSeconds) {
        this.language = language;
        this.timeoutSeconds = timeoutSeconds;
    }

    static boolean needed(List<String> pages) {
        return pages.stream().mapToLong(p -> p.chars().filter(c -> !Character.isWhitespace(c)).count())
                .sum() < MIN_TEXT_CHARS;
    }

    /** Replaces the text of blank pages with their OCR text; returns how many pages were read by OCR. */
    int fill(byte[] pdf, List<String> pages) throws Exception {
        int done = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < pages.size() && i < document.getNumberOfPages() && done < MAX_PAGES; i++) {
                if (!pages.get(i).isBlank()) {
                    continue;
                }
                BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
                pages.set(i, ocr(image));
                done++;
            }
        }
        return done;
    }

    private String ocr(BufferedImage image) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        ParseContext context = new ParseContext();
        TesseractOCRConfig config = new TesseractOCRConfig();
        config.setLanguage(language);
        config.setTimeoutSeconds(timeoutSeconds);
        context.set(TesseractOCRConfig.class, config);
        BodyContentHandler text = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, "image/png");
        try (ByteArrayInputStream in = new ByteArrayInputStream(png.toByteArray())) {
            tesseract.parse(in, text, metadata, context);
        } catch (IOException | org.apache.tika.exception.TikaException e) {
            String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            ExtractionError error = m.contains("timeout") || m.contains("timed out")
                    ? ExtractionError.PARSE_TIMEOUT
                    : ExtractionError.NO_TEXT;
            throw new ExtractionException(error, "text recognition failed", e);
        }
        return text.toString();
    }
}
