package dev.aiproof.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** The large or dangerous inputs, made in memory by the tests instead of being committed. */
public final class HostileFiles {

    private HostileFiles() {
    }

    /** A DOCX whose document.xml inflates from about 150 KB to 150 MB. */
    static byte[] zipBombDocx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                            + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                            + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                            + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] filler = new byte[1 << 20];
            java.util.Arrays.fill(filler, (byte) 'a');
            for (int i = 0; i < 150; i++) {
                zip.write(filler);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** A ZIP inside a ZIP, {@code depth} times. */
    static byte[] nestedZip(int depth) throws IOException {
        byte[] inner = "Senior Nurse 2019 - 2024".getBytes(StandardCharsets.UTF_8);
        String name = "cv.txt";
        for (int i = 0; i < depth; i++) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put(name, inner);
            inner = FixtureFormats.zip(entries);
            name = "level" + i + ".zip";
        }
        return inner;
    }

    /** A LinkedIn-looking export whose Positions.csv inflates to 100 MB. */
    static byte[] linkedInExportBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("Profile.csv"));
            zip.write("First Name,Last Name\nA,B\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("Positions.csv"));
            byte[] filler = new byte[1 << 20];
            java.util.Arrays.fill(filler, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(filler);
            }
        }
        return bytes.toByteArray();
    }

    public static byte[] pdfWithPages(int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** An ODT whose content.xml defines the "billion laughs" entity expansion. */
    static byte[] billionLaughsOdt() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE office:document-content [<!ENTITY lol \"lol\">");
        String previous = "lol";
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">");
            previous = "lol" + i;
        }
        dtd.append("]>");
        return FixtureFormats.odt(FixtureCvs.NURSE, dtd.toString(), "<text:p>&lol9;</text:p>");
    }

    /** A CV padded with many experience lines, far past the character cap. */
    static byte[] longCv(int lines) {
        StringBuilder b = new StringBuilder(FixtureFormats.text(FixtureCvs.ELECTRICIAN));
        for (int i = 0; i < lines; i++) {
            b.append("  - Tested and certified installation number ").append(i).append(" for a commercial client.\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
