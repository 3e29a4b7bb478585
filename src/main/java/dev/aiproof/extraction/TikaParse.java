package dev.aiproof.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;

/**
 * One Tika parse of one document, with our parser configuration, the PDF page check and OCR of pages without text.
 * Runs inside the parse worker process ({@link ParseWorker}) or, in thread mode, on a thread of the service.
 */
final class TikaParse {

    private final ExtractionProperties limits;
    private final AutoDetectParser parser = new AutoDetectParser();
    private final boolean tesseract;

    TikaParse(ExtractionProperties limits) {
        this.limits = limits;
        this.tesseract = limits.ocr() && tesseractInstalled();
    }

    static boolean tesseractInstalled() {
        try {
            return new TesseractOCRParser().hasTesseract();
        } catch (org.apache.tika.exception.TikaConfigException e) {
            return false;
        }
    }

    boolean ocrAvailable() {
        return tesseract;
    }

    TikaTextReader.Parsed parse(byte[] content, String mediaType) throws Exception {
        if ("application/pdf".equals(mediaType)) {
            checkPdf(content);
        }
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        PageMarkingHandler text = new PageMarkingHandler();
        // room for cleanup to shrink the text before the character cap applies
        WriteOutContentHandler capped = new WriteOutContentHandler(text, limits.maxChars() * 2);
        boolean truncated = false;
        try {
            parser.parse(new ByteArrayInputStream(content), new BodyContentHandler(capped), metadata, context());
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            truncated = true;
        }
        int pages = Math.max(text.pages(),
                metadata.getInt(PagedText.N_PAGES) == null ? 1 : metadata.getInt(PagedText.N_PAGES));
        if (pages > limits.maxPages()) {
            throw new ExtractionException(ExtractionError.TOO_MANY_PAGES);
        }
        String result = text.toString();
        int ocrPages = 0;
        if ("application/pdf".equals(mediaType) && tesseract) {
            java.util.List<String> pageTexts = new java.util.ArrayList<>(
                    java.util.Arrays.asList(result.split("\f", -1)));
            String before = pageTexts.removeFirst(); // text before the first page marker
            if (PdfOcr.needed(pageTexts)) {
                ocrPages = new PdfOcr(limits.ocrLanguage(), ocrTimeoutSeconds()).fill(content, pageTexts);
                result = before + "\f" + String.join("\f", pageTexts);
            }
        }
        return new TikaTextReader.Parsed(result, pages, truncated, tesseract, ocrPages);
    }

    private void checkPdf(byte[] content) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.getNumberOfPages() > limits.maxPages()) {
                throw new ExtractionException(ExtractionError.TOO_MANY_PAGES);
            }
        }
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setSortByPosition(false); // true interleaves the columns of two-column CVs
        pdf.setExtractAnnotationText(false);
        pdf.setExtractInlineImages(false);
        pdf.setExtractBookmarksText(false);
        pdf.setExtractActions(false);
        pdf.setMaxMainMemoryBytes(64L * 1024 * 1024);
        // Tika would run Tesseract on its own when it is installed; PdfOcr decides instead
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true); // no OCR of images embedded in Word or other files
        context.set(TesseractOCRConfig.class, ocr);
        // attachments (images, embedded files, nested archives) are never opened
        context.set(EmbeddedDocumentExtractor.class, new EmbeddedDocumentExtractor() {
            @Override
            public boolean shouldParseEmbedded(Metadata metadata) {
                return false;
            }

            @Override
            public void parseEmbedded(java.io.InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata,
                    boolean outputHtml) {
                // never called: shouldParseEmbedded is always false
            }
        });
        return context;
    }

    private int ocrTimeoutSeconds() {
        return (int) Math.max(5, limits.timeout().toSeconds() / 2);
    }

    static RuntimeException mapFailure(Throwable t) {
        if (t instanceof ExtractionException e) {
            return e;
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof EncryptedDocumentException || c instanceof InvalidPasswordException
                    || c instanceof org.apache.poi.EncryptedDocumentException) {
                return new ExtractionException(ExtractionError.ENCRYPTED, "the file is protected by a password", t);
            }
            if (c instanceof ZeroByteFileException) {
                return new ExtractionException(ExtractionError.NO_TEXT, "the parser found no text", t);
            }
            String m = String.valueOf(c.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("zipbomb") || c instanceof OutOfMemoryError) {
                return new ExtractionException(ExtractionError.TOO_LARGE, "the parser reports a zip bomb", t);
            }
        }
        return new ExtractionException(ExtractionError.CORRUPT, "the parser cannot open the file", t);
    }
}
