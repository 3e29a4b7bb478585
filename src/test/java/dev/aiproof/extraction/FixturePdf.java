package dev.aiproof.extraction;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays CV lines out on PDF pages for the fixtures. Text is written to each page's content stream in the order the
 * columns are added, as HTML-to-PDF and LaTeX tools do, so the reading order a parser sees is realistic.
 */
final class FixturePdf {

    record Item(float x, float y, boolean bold, float size, String text) {
    }

    static final float TOP = 790;
    static final float BOTTOM = 60;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    final List<List<Item>> pages = new ArrayList<>();

    /** Flows lines ("# " heading, "* " bullet) into a column from {@code page}, adding pages as needed. */
    FixturePdf column(List<String> lines, int page, float x, float width) throws IOException {
        float y = TOP;
        for (String raw : lines) {
            boolean heading = raw.startsWith("# ");
            String text = heading ? raw.substring(2) : raw.startsWith("* ") ? "• " + raw.substring(2) : raw;
            float size = heading ? 13 : 10.5f;
            if (heading) {
                y -= 8;
            }
            for (String part : wrap(text, heading ? bold : regular, size, width)) {
                if (y < BOTTOM) {
                    page++;
                    y = TOP;
                }
                page(page).add(new Item(x, y, heading, size, part));
                y -= size * 1.45f;
            }
        }
        return this;
    }

    FixturePdf text(int page, float x, float y, String text) {
        page(page).add(new Item(x, y, false, 9, text));
        return this;
    }

    List<Item> page(int index) {
        while (pages.size() <= index) {
            pages.add(new ArrayList<>());
        }
        return pages.get(index);
    }

    private List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        out.add(line.toString());
        return out;
    }

    byte[] toPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<Item> items : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Item item : items) {
                        cs.beginText();
                        cs.setFont(item.bold() ? bold : regular, item.size());
                        cs.newLineAtOffset(item.x(), item.y());
                        cs.showText(item.text());
                        cs.endText();
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The same layout as images only, like a scanner makes: no text layer at all. */
    byte[] toScannedPdf() throws IOException {
        float scale = 150f / 72;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<Item> items : pages) {
                BufferedImage image = new BufferedImage((int) (595 * scale), (int) (842 * scale),
                        BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = image.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.setColor(Color.BLACK);
                for (Item item : items) {
                    g.setFont(new Font(Font.SANS_SERIF, item.bold() ? Font.BOLD : Font.PLAIN,
                            Math.round(item.size() * scale)));
                    g.drawString(item.text(), item.x() * scale, (842 - item.y()) * scale);
                }
                g.dispose();
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject xobject = JPEGFactory.createFromImage(doc, image, 0.5f);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(xobject, 0, 0, 595, 842);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
