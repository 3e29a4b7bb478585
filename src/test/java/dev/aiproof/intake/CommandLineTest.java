package dev.aiproof.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.AiproofApplication;
import dev.aiproof.ReportSchema;

/** The CLI contract of DESIGN.md, in process: report on standard output, rejections as JSON on standard error with exit 2. */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void assessPrintsASchemaValidReport() {
        Result result = run("assess", "fixtures/e2e/senior-developer.txt", "--format", "json");
        assertThat(result.exit).isZero();
        assertThat(ReportSchema.violations(result.out)).isEmpty();
        assertThat(JsonMapper.shared().readTree(result.out).get("occupation").get("soc").asString())
                .isEqualTo("15-1252");
    }

    @Test
    void assessWritesTextToAFile() throws Exception {
        Path out = dir.resolve("report.txt");
        Result result = run("assess", "fixtures/e2e/senior-developer.txt", "--format", "text", "--out", out.toString());
        assertThat(result.exit).isZero();
        assertThat(Files.readString(out)).contains("Your AI exposure:").contains("/100");
    }

    @Test
    void assessWritesAPdf() throws Exception {
        Path out = dir.resolve("report.pdf");
        Result result = run("assess", "fixtures/e2e/senior-developer.txt", "--format", "pdf", "--out", out.toString());
        assertThat(result.exit).isZero();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("/100")
                    .contains("Your tasks");
        }
    }

    @Test
    void pdfWithoutAnOutputFileIsAUsageError() {
        assertThat(run("assess", "fixtures/e2e/senior-developer.txt", "--format", "pdf").exit).isEqualTo(64);
    }

    @Test
    void unreadableFileExitsTwoWithAJsonError() throws Exception {
        Path broken = dir.resolve("cv.pdf");
        Files.write(broken, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.US_ASCII));
        Result result = run("assess", broken.toString(), "--format", "json");
        assertThat(result.exit).isEqualTo(2);
        JsonNode error = JsonMapper.shared().readTree(result.err.strip().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(error.get("error").asString()).isIn("CORRUPT", "NO_TEXT", "UNSUPPORTED_FORMAT");
        assertThat(error.get("message").asString()).isNotBlank();
        assertThat(result.out).isBlank();
    }

    /** A refusal quotes the limit it applied, in the language asked for. */
    @Test
    void tooManyPagesSaysHowManyAreRead() throws Exception {
        Path long_ = Files.write(dir.resolve("long.pdf"), dev.aiproof.extraction.HostileFiles.pdfWithPages(40));
        Result result = run("assess", long_.toString(), "--format", "json", "--language", "nb");
        assertThat(result.exit).isEqualTo(2);
        JsonNode error = JsonMapper.shared().readTree(result.err.strip().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(error.get("error").asString()).isEqualTo("TOO_MANY_PAGES");
        assertThat(error.get("message").asString()).contains("vi leser opptil 30");
    }

    /** --language auto (the default) follows the CV; en or nb wins over it, for the report and for refusals. */
    @Test
    void theReportFollowsTheCvsLanguageUnlessOneIsChosen() {
        Result norwegian = run("assess", "fixtures/cv/labelled/11-sykepleier-senior.txt", "--format", "text");
        assertThat(norwegian.exit).isZero();
        assertThat(norwegian.out).contains("Din KI-eksponering").contains("Oppgavene dine").contains("Sykepleier")
                .doesNotContain("Your tasks");
        Result chosen = run("assess", "fixtures/cv/labelled/11-sykepleier-senior.txt", "--format", "text",
                "--language", "en");
        assertThat(chosen.out).contains("Your tasks").contains("Registered Nurses");
        Result english = run("assess", "fixtures/e2e/senior-developer.txt", "--format", "text", "--language", "nb");
        assertThat(english.out).contains("Oppgavene dine").contains("Programvareutvikler");
        Result missing = run("assess", dir.resolve("nope.pdf").toString(), "--language", "nb");
        assertThat(missing.err).contains("Det finnes ingen fil");
        assertThat(run("assess", "fixtures/e2e/senior-developer.txt", "--language", "de").exit).isEqualTo(64);
        assertThat(run("occupations", "--format", "text", "--language", "nb").out).contains("Tannlege")
                .contains("yrker; tallet er grunnscoren");
    }

    @Test
    void manyFilesAreJsonLinesAndAnEmptyFolderIsRefused() throws Exception {
        Path good = Path.of("fixtures/e2e/senior-developer.txt");
        Result result = run("assess", good.toString(), dir.resolve("nope.txt").toString());
        assertThat(result.exit).isEqualTo(2);
        java.util.List<String> lines = result.out.strip().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(JsonMapper.shared().readTree(lines.get(0)).get("report").get("occupation").get("soc").asString())
                .isEqualTo("15-1252");
        assertThat(JsonMapper.shared().readTree(lines.get(1)).get("error").asString()).isEqualTo("FILE_NOT_FOUND");
        assertThat(result.err).contains("Assessed 1 of 2 files");
        assertThat(run("assess", good.toString(), good.toString(), "--format", "text").exit).isEqualTo(64);
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(run("assess", empty.toString()).exit).isEqualTo(2);
    }

    @Test
    void missingFileExitsTwo() {
        Result result = run("assess", dir.resolve("nope.pdf").toString());
        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains("\"error\":\"FILE_NOT_FOUND\"");
    }

    @Test
    void occupationsListsSocTitleAndBaseScore() {
        Result result = run("occupations", "--format", "json");
        assertThat(result.exit).isZero();
        JsonNode list = JsonMapper.shared().readTree(result.out);
        assertThat(list.size()).isGreaterThanOrEqualTo(750);
        assertThat(list).extracting(o -> o.get("soc").asString()).doesNotHaveDuplicates()
                .contains("29-1021", "15-2011", "43-3071", "53-2011", "13-1031", "49-9021", "25-4022", "27-3041");
        for (JsonNode occupation : list) {
            assertThat(occupation.get("soc").asString()).matches("\\d{2}-\\d{4}");
            assertThat(occupation.get("title").asString()).isNotBlank();
            assertThat(occupation.get("baseScore").asInt()).isBetween(0, 100);
        }
    }

    @Test
    void occupationsAsTextOneLineEach() {
        Result result = run("occupations", "--format", "text");
        assertThat(result.exit).isZero();
        java.util.List<String> lines = result.out.strip().lines().toList();
        assertThat(lines.subList(0, lines.size() - 1)).hasSizeGreaterThanOrEqualTo(750)
                .allSatisfy(line -> assertThat(line).matches("\\d{2}-\\d{4}\\s+\\d{1,3}  \\S.*"));
        assertThat(result.out).contains("29-1021").contains("Dentists, General");
        assertThat(lines.getLast()).contains("occupations");
    }

    private static Result run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            int exit = CommandLine.run(AiproofApplication.class, args);
            return new Result(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    record Result(int exit, String out, String err) {
    }
}
