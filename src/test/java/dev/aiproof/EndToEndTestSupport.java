package dev.aiproof;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading back what the service produced. */
final class EndToEndTestSupport {

    private EndToEndTestSupport() {
    }

    /** A PDF's text with runs of white space folded to one space. */
    static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
