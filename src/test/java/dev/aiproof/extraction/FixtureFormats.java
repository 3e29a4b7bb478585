package dev.aiproof.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.aiproof.extraction.FixtureCvs.Cv;
import dev.aiproof.extraction.FixtureCvs.Job;

/** Writes a fixture CV as DOCX, ODT, RTF, HTML, Markdown, plain text or JSON Resume, by hand and small. */
final class FixtureFormats {

    private static final long FIXED_TIME = java.time.Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();

    private FixtureFormats() {
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(FIXED_TIME); // the same bytes on every run
                if (e.getKey().equals("mimetype")) { // ODF wants it first and stored
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** DOCX with the summary in a text box, each job in a table and the skills in a table. */
    static byte[] docx(Cv cv) throws IOException {
        return docx(cv, null);
    }

    /**
     * As {@link #docx(Cv)}; {@code drawingBox}, when given, is put in a second text box the way current Word writes
     * it: DrawingML ({@code wps:txbx}) with a VML fallback that a reader must not repeat.
     */
    static byte[] docx(Cv cv, String drawingBox) throws IOException {
        StringBuilder b = new StringBuilder();
        p(b, cv.name(), true);
        p(b, cv.headline(), false);
        p(b, cv.contact(), false);
        p(b, cv.heading("summary"), true);
        b.append("<w:p><w:r><w:pict><v:shape style=\"width:420pt;height:70pt\"><v:textbox><w:txbxContent>");
        p(b, cv.summary(), false);
        b.append("</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>");
        if (drawingBox != null) {
            b.append(
                    "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:inline><wp:extent cx=\"4000000\" cy=\"500000\"/>"
                            + "<wp:docPr id=\"2\" name=\"Text Box 2\"/><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                            + "<wps:wsp><wps:txbx><w:txbxContent>");
            p(b, drawingBox, false);
            b.append(
                    "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>"
                            + "<mc:Fallback><w:pict><v:shape style=\"width:300pt;height:40pt\"><v:textbox><w:txbxContent>");
            p(b, drawingBox, false);
            b.append("</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>");
        }
        p(b, cv.heading("experience"), true);
        for (Job j : cv.jobs()) {
            b.append("<w:tbl><w:tr>");
            cell(b, j.title());
            cell(b, j.dates());
            b.append("</w:tr><w:tr>");
            cell(b, j.org());
            cell(b, "");
            b.append("</w:tr></w:tbl>");
            j.bullets().forEach(x -> p(b, "• " + x, false));
        }
        p(b, cv.heading("education"), true);
        cv.education().forEach(e -> p(b, e, false));
        p(b, cv.heading("skills"), true);
        b.append("<w:tbl><w:tr>");
        cv.skills().forEach(s -> cell(b, s));
        b.append("</w:tr></w:tbl>");
        p(b, cv.heading("languages"), true);
        cv.languages().forEach(l -> p(b, l, false));
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                + "xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
                + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" mc:Ignorable=\"wps\"><w:body>"
                + b + "</w:body></w:document>";
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                        + "</Types>").getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                        + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", document.getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    private static void p(StringBuilder b, String text, boolean bold) {
        b.append("<w:p><w:r>").append(bold ? "<w:rPr><w:b/></w:rPr>" : "")
                .append("<w:t xml:space=\"preserve\">").append(xml(text)).append("</w:t></w:r></w:p>");
    }

    private static void cell(StringBuilder b, String text) {
        b.append("<w:tc>");
        p(b, text, false);
        b.append("</w:tc>");
    }

    /** ODT: headings as text:h, the rest as paragraphs; {@code body} replaces the text when given (for hostile files). */
    static byte[] odt(Cv cv, String doctype, String body) throws IOException {
        StringBuilder b = new StringBuilder();
        if (body != null) {
            b.append(body);
        } else {
            for (String line : cv.lines()) {
                if (line.startsWith("# ")) {
                    b.append("<text:h text:outline-level=\"1\">").append(xml(line.substring(2))).append("</text:h>");
                } else {
                    b.append("<text:p>").append(xml(line.startsWith("* ") ? "• " + line.substring(2) : line))
                            .append("</text:p>");
                }
            }
        }
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + (doctype == null ? "" : doctype)
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>" + b + "</office:text></office:body></office:document-content>";
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        parts.put("META-INF/manifest.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
        parts.put("content.xml", content.getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    static byte[] rtf(Cv cv) {
        StringBuilder b = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Helvetica;}}\\f0\\fs22\n");
        for (String line : cv.lines()) {
            String text = line.startsWith("# ")
                    ? "{\\b " + rtfEscape(line.substring(2)) + "}"
                    : rtfEscape(line.startsWith("* ") ? "• " + line.substring(2) : line);
            b.append(text).append("\\par\n");
        }
        return b.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String rtfEscape(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c == '\\' || c == '{' || c == '}') {
                b.append('\\').append((char) c);
            } else if (c < 128) {
                b.append((char) c);
            } else {
                b.append("\\u").append((short) c).append('?');
            }
        });
        return b.toString();
    }

    static String html(Cv cv, String extraHead, String extraBody) {
        StringBuilder b = new StringBuilder(
                "<!DOCTYPE html>\n<html lang=\"" + cv.lang() + "\"><head><meta charset=\"utf-8\"><title>"
                        + xml(cv.name()) + " – CV</title>" + extraHead + "</head>\n<body>\n");
        boolean inList = false;
        for (String line : cv.lines()) {
            boolean bullet = line.startsWith("* ");
            if (inList && !bullet) {
                b.append("</ul>\n");
            }
            if (bullet && !inList) {
                b.append("<ul>\n");
            }
            inList = bullet;
            b.append(line.startsWith("# ")
                    ? "<h2>" + xml(line.substring(2)) + "</h2>"
                    : bullet ? "<li>" + xml(line.substring(2)) + "</li>" : "<p>" + xml(line) + "</p>").append('\n');
        }
        return b.append(inList ? "</ul>\n" : "").append(extraBody).append("</body></html>\n").toString();
    }

    static String markdown(Cv cv) {
        StringBuilder b = new StringBuilder("# " + cv.name() + "\n\n");
        List<String> lines = cv.lines();
        for (String line : lines.subList(1, lines.size())) {
            b.append(line.startsWith("# ")
                    ? "\n## " + line.substring(2) + "\n"
                    : line.startsWith("* ")
                            ? "- " + line.substring(2)
                            : line.matches(".*\\d{4}.*") ? "*" + line + "*  " : "**" + line + "**  ")
                    .append('\n');
        }
        return b.toString();
    }

    static String text(Cv cv) {
        StringBuilder b = new StringBuilder();
        for (String line : cv.lines()) {
            b.append(line.startsWith("# ")
                    ? "\n" + line.substring(2).toUpperCase(java.util.Locale.ROOT)
                    : line.startsWith("* ") ? "  - " + line.substring(2) : line).append('\n');
        }
        return b.toString();
    }
}
