package dev.aiproof.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.aiproof.extraction.ExtractionException;
import dev.aiproof.extraction.Extractor;

/**
 * Extraction time per format, for the hostile corpus, against pdftotext on the same PDFs in the same run, and the
 * two-column reading order with Tika's sortByPosition off (our setting) and on.
 * Run: {@code ./mvnw -o -Pbench test -Dtest=ExtractionBenchmark}; the table goes to target/extraction-benchmark.md.
 */
@Tag("benchmark")
class ExtractionBenchmark {

    private static final Path FIXTURES = Path.of("fixtures");
    private static final Path REALCV = Path.of("../shared/realcv");
    private static final int RUNS = 5;
    private final Extractor extractor = new Extractor();
    private final StringBuilder report = new StringBuilder();

    @Test
    void measure() throws Exception {
        List<Path> cvs = new ArrayList<>(list(FIXTURES.resolve("cv")));
        cvs.addAll(list(REALCV).stream()
                .filter(p -> !p.toString().endsWith(".expected.json") && !p.toString().endsWith(".truth.json")
                        && !p.getFileName().toString().equals("SOURCES.md"))
                .toList());
        cvs.forEach(this::extractQuietly); // warm-up
        Map<String, List<Double>> byFormat = new TreeMap<>();
        double oursPdf = 0;
        double popplerPdf = 0;
        List<String> pdfRows = new ArrayList<>();
        for (Path cv : cvs) {
            boolean scanned = cv.getFileName().toString().contains("scanned");
            double ms = median(cv, scanned ? 2 : RUNS);
            String ext = cv.getFileName().toString().replaceAll(".*\\.", "").toLowerCase(Locale.ROOT);
            byFormat.computeIfAbsent(scanned ? "pdf (scanned, OCR)" : ext, k -> new ArrayList<>()).add(ms);
            if (ext.equals("pdf") && !scanned) {
                double poppler = pdftotext(cv);
                oursPdf += ms;
                popplerPdf += poppler;
                pdfRows.add("| %s | %.1f | %.1f | %.1f× |".formatted(cv.getFileName(), ms, poppler, ms / poppler));
            }
        }
        line("### Time per format (median of " + RUNS + " runs per file, after one warm-up run)");
        line("| format | files | median ms | max ms |");
        line("|---|---:|---:|---:|");
        byFormat.forEach((format, times) -> line("| %s | %d | %.1f | %.1f |".formatted(format, times.size(), med(times),
                times.stream().mapToDouble(Double::doubleValue).max().orElse(0))));
        line("");
        line("### PDFs against pdftotext (poppler) in the same run (text-layer PDFs; pdftotext started as a process per file)");
        line("| file | ours ms | pdftotext ms | ratio |");
        line("|---|---:|---:|---:|");
        pdfRows.forEach(this::line);
        line("| **total** | %.1f | %.1f | %.1f× |".formatted(oursPdf, popplerPdf, oursPdf / popplerPdf));
        line("");
        hostile();
        readingOrder();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/extraction-benchmark.md"), report);
        System.out.println(report);
        assertThat(byFormat).isNotEmpty();
    }

    private void hostile() throws Exception {
        line("### Hostile corpus (median of 3 runs; outcome code)");
        line("| input | ms | outcome |");
        line("|---|---:|---|");
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        for (Path p : list(FIXTURES.resolve("bad"))) {
            inputs.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        inputs.putAll(dev.aiproof.extraction.HostileCorpus.generated());
        double total = 0;
        for (Map.Entry<String, byte[]> e : inputs.entrySet()) {
            List<Double> times = new ArrayList<>();
            String outcome = "";
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                outcome = outcome(e.getKey(), e.getValue());
                times.add((System.nanoTime() - t0) / 1e6);
            }
            total += med(times);
            line("| %s | %.1f | %s |".formatted(e.getKey(), med(times), outcome));
        }
        line("| **all %d, one after another** | %.1f | |".formatted(inputs.size(), total));
        line("");
    }

    /** Expected job titles found in order, with sortByPosition off and on, on the two-column samples. */
    private void readingOrder() throws Exception {
        line("### Two-column reading order");
        line("Titles: expected job titles found in order. Headings: section headings (Summary, Experience, Skills…) that stand on "
                + "a line of their own; when columns interleave, a heading shares its line with text from the other column.");
        line("");
        line("| file | titles, sortByPosition=false (ours) | titles, true | headings alone, false (ours) | headings alone, true |");
        line("|---|---:|---:|---:|---:|");
        Map<Path, List<String>> samples = new LinkedHashMap<>();
        samples.put(FIXTURES.resolve("cv/designer-two-column.pdf"),
                titles(FIXTURES.resolve("extraction-expectations.csv"), "cv/designer-two-column.pdf"));
        for (String f : List.of("offlinecv__chromium-two-column-sidebar.pdf", "srbhr__two-column.pdf",
                "liantze__AltaCV-sample.pdf",
                "liantze__AltaCV-mmayer.pdf", "silasyudi__Profile.pdf")) {
            if (Files.exists(REALCV.resolve(f))) {
                samples.put(REALCV.resolve(f), titles(FIXTURES.resolve("realcv-expectations.csv"), f));
            }
        }
        for (Map.Entry<Path, List<String>> s : samples.entrySet()) {
            byte[] pdf = Files.readAllBytes(s.getKey());
            String coherent = tika(pdf, false);
            String sorted = tika(pdf, true);
            line("| %s | %d/%d | %d/%d | %d | %d |".formatted(s.getKey().getFileName(), inOrder(coherent, s.getValue()),
                    s.getValue().size(),
                    inOrder(sorted, s.getValue()), s.getValue().size(), headingsAlone(coherent),
                    headingsAlone(sorted)));
        }
        line("");
    }

    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile(
            "(?i)(summary|experience|work experience|skills|top skills|education|languages|contact|strengths|projects|"
                    + "achievements|certifications|publications|professional summary|personal information)");

    private static long headingsAlone(String text) {
        return text.lines().map(String::strip).filter(l -> HEADING.matcher(l).matches()).count();
    }

    private static int inOrder(String text, List<String> titles) {
        String flat = text.replaceAll("\\s+", " ");
        int found = 0;
        int from = 0;
        for (String t : titles) {
            int at = flat.indexOf(t, from);
            if (at >= 0) {
                found++;
                from = at + t.length();
            }
        }
        return found;
    }

    private static String tika(byte[] pdf, boolean sortByPosition) throws Exception {
        ParseContext context = new ParseContext();
        PDFParserConfig config = new PDFParserConfig();
        config.setSortByPosition(sortByPosition);
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, config);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        BodyContentHandler handler = new BodyContentHandler(-1);
        new AutoDetectParser().parse(new ByteArrayInputStream(pdf), handler, new Metadata(), context);
        return handler.toString();
    }

    private static List<String> titles(Path csv, String file) throws IOException {
        try (var reader = Files.newBufferedReader(csv)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                if (r.get("file").equals(file)) {
                    return List.of(r.get("titles").split("\\|"));
                }
            }
        }
        return List.of();
    }

    private String outcome(String name, byte[] bytes) {
        try {
            extractor.extract(name, bytes);
            return "OK";
        } catch (ExtractionException e) {
            return e.error().name();
        }
    }

    private void extractQuietly(Path p) {
        try {
            outcome(p.getFileName().toString(), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private double median(Path p, int runs) throws IOException {
        byte[] bytes = Files.readAllBytes(p);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            outcome(p.getFileName().toString(), bytes);
            times.add((System.nanoTime() - t0) / 1e6);
        }
        return med(times);
    }

    private static double pdftotext(Path pdf) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            p.waitFor();
            times.add((System.nanoTime() - t0) / 1e6);
        }
        return med(times);
    }

    private static double med(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private void line(String s) {
        report.append(s).append('\n');
    }
}
