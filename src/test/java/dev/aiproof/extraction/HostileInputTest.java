package dev.aiproof.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hostile corpus: each input gets its specific refusal, and the extractor keeps working afterwards. */
class HostileInputTest {

    private static final Extractor EXTRACTOR = new Extractor();
    private static final Map<String, byte[]> GENERATED = new LinkedHashMap<>();
    private static final Map<String, ExtractionError> EXPECTED = new LinkedHashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        add("zip-bomb.docx", HostileFiles.zipBombDocx(), ExtractionError.TOO_LARGE);
        add("nested.zip", HostileFiles.nestedZip(30), ExtractionError.UNSUPPORTED_FORMAT);
        add("empty.pdf", new byte[0], ExtractionError.NO_TEXT);
        add("huge.pdf", new byte[50 * 1024 * 1024], ExtractionError.TOO_LARGE);
        add("thousands-of-pages.pdf", HostileFiles.pdfWithPages(5000), ExtractionError.TOO_MANY_PAGES);
        add("billion-laughs.odt", HostileFiles.billionLaughsOdt(), ExtractionError.CORRUPT);
        add("export-bomb.zip", HostileFiles.linkedInExportBomb(), ExtractionError.TOO_LARGE);
        add("deeply-nested.json",
                ("{\"basics\":" + "[".repeat(100_000)).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ExtractionError.CORRUPT);
    }

    private static void add(String name, byte[] bytes, ExtractionError error) {
        GENERATED.put(name, bytes);
        EXPECTED.put(name, error);
    }

    private static ExtractionError errorOf(Extractor extractor, String name, byte[] bytes) {
        ExtractionException e = catchThrowableOfType(ExtractionException.class, () -> extractor.extract(name, bytes));
        assertThat(e).as("%s should be refused", name).isNotNull();
        return e.error();
    }

    @Test
    void eachGeneratedHostileInputGetsItsOwnCode() {
        GENERATED.forEach(
                (name, bytes) -> assertThat(errorOf(EXTRACTOR, name, bytes)).as(name).isEqualTo(EXPECTED.get(name)));
    }

    @Test
    void theWholeHostileCorpusAtOnceLeavesTheExtractorHealthy() throws Exception {
        Map<String, byte[]> corpus = new LinkedHashMap<>(GENERATED);
        Map<String, ExtractionError> expected = new LinkedHashMap<>(EXPECTED);
        for (Expectations e : ExtractionCorpusTest.fixtures()) {
            if (e.file().startsWith("bad/") && !e.outcome().equals("OK")) {
                corpus.put(e.file(), Files.readAllBytes(Path.of("fixtures", e.file())));
                expected.put(e.file(), ExtractionError.valueOf(e.outcome()));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ExtractionError>> results = new ArrayList<>();
            List<String> names = new ArrayList<>(corpus.keySet());
            names.forEach(n -> results
                    .add(pool.submit(() -> errorOf(EXTRACTOR, Path.of(n).getFileName().toString(), corpus.get(n)))));
            for (int i = 0; i < names.size(); i++) {
                assertThat(results.get(i).get()).as(names.get(i)).isEqualTo(expected.get(names.get(i)));
            }
        } finally {
            pool.shutdown();
        }
        ExtractedDocument after = EXTRACTOR.extract("nurse-senior.pdf",
                Files.readAllBytes(Path.of("fixtures/cv/nurse-senior.pdf")));
        assertThat(after.text()).contains("Senior Staff Nurse");
    }

    @Test
    void aParseThatOverrunsItsDeadlineIsAbandonedWithParseTimeout() throws IOException {
        // OCR of a scanned page takes seconds; a 200 ms deadline must return PARSE_TIMEOUT instead of waiting
        Extractor impatient = new Extractor(ExtractionLimits.bind("timeout=200ms"));
        byte[] scanned = Files.readAllBytes(Path.of("fixtures/cv/accountant-scanned.pdf"));
        assertThat(errorOf(impatient, "scan.pdf", scanned)).isEqualTo(ExtractionError.PARSE_TIMEOUT);
    }

    @Test
    void textPastTheCharacterCapIsCutWithANote() {
        Extractor small = new Extractor(ExtractionLimits.bind("max-chars=5000"));
        ExtractedDocument doc = small.extract("long.txt", HostileFiles.longCv(3_000));
        assertThat(doc.text().length()).isLessThanOrEqualTo(5_000);
        assertThat(doc.text()).contains("Approved Electrician");
        assertThat(doc.notes()).anyMatch(n -> n.contains("only the first part was read"));
    }

    @Test
    void withoutOcrAScannedPdfIsRefusedWithNoTextAndAHint() throws IOException {
        Extractor noOcr = new Extractor(ExtractionLimits.bind("ocr=false"));
        byte[] scanned = Files.readAllBytes(Path.of("fixtures/cv/accountant-scanned.pdf"));
        ExtractionException e = catchThrowableOfType(ExtractionException.class,
                () -> noOcr.extract("scan.pdf", scanned));
        assertThat(e.error()).isEqualTo(ExtractionError.NO_TEXT);
        assertThat(e.getMessage()).contains("OCR");
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordOpensWithoutOne() throws IOException {
        byte[] nurse = Files.readAllBytes(Path.of("fixtures/cv/nurse-senior.pdf"));
        byte[] restricted;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(nurse);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.encryption.AccessPermission none = new org.apache.pdfbox.pdmodel.encryption.AccessPermission();
            none.setCanExtractContent(false);
            none.setCanPrint(false);
            doc.protect(new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner-only", "", none));
            doc.save(out);
            restricted = out.toByteArray();
        }
        assertThat(EXTRACTOR.extract("restricted.pdf", restricted).text()).contains("Senior Staff Nurse");
    }

    @Test
    void thePageLimitIsConfigurable() throws IOException {
        Extractor strict = new Extractor(ExtractionLimits.bind("max-pages=2"));
        byte[] threePages = Files.readAllBytes(Path.of("fixtures/cv/cfo-executive.pdf"));
        assertThat(errorOf(strict, "cfo.pdf", threePages)).isEqualTo(ExtractionError.TOO_MANY_PAGES);
    }
}
