package dev.aiproof.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.scoring.Scorer;
import dev.aiproof.taxonomy.Language;
import dev.aiproof.taxonomy.Messages;
import dev.aiproof.taxonomy.SeniorityLevel;
import dev.aiproof.taxonomy.Taxonomy;
import dev.aiproof.taxonomy.TaxonomyLoader;

/**
 * The PDF read back by PDFBox: every font embedded, European letters printed as written (Polish and Norwegian CV
 * lines come back verbatim), a header with date, occupation and score, page numbers, and a structure tree.
 */
class ReportPdfTest {

    private static final Taxonomy TAXONOMY = TaxonomyLoader.loadDefault();
    private static final String POLISH = "Kierownik zmiany w Łodzi i Gdańsku: zespół 14 osób, żółć i źdźbła";
    private static final String NORWEGIAN = "Ansvarlig for blåbærsyltetøy på Ålesund-fabrikken, Ærøy og Øksnes";

    @ParameterizedTest
    @CsvSource({"en, Your tasks, 'December 2, 2026'", "nb, Oppgavene dine, '2. desember 2026'"})
    void fontsAreEmbeddedAndEveryLetterPrints(String language, String tasksHeading, String date) throws IOException {
        CareerProfile profile = new CareerProfile(new CareerProfile.ProfilerInfo("offline", "test", null, null, 0, 0),
                language, new CareerProfile.OccupationMatch("11-3051", "Production manager", 0.9, POLISH),
                List.of(), new CareerProfile.SeniorityEstimate(SeniorityLevel.SENIOR, 12, POLISH),
                List.of(new CareerProfile.TaskClaim(
                        TAXONOMY.occupation("11-3051").orElseThrow().tasks().getFirst().id(),
                        1.0, List.of(POLISH, NORWEGIAN))),
                List.of());
        Report report = new ReportBuilder(TAXONOMY).build("pdf-1", profile,
                new Scorer(TAXONOMY).score(profile, Language.of(language).orElseThrow()));

        byte[] pdf = new ReportRenderer(templates(), Messages.bundled(),
                Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC))
                .pdf(report, "https://aiproof.example/r/x");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> unembedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        unembedded.add(font.getName());
                    }
                }
            }
            assertThat(unembedded).isEmpty();
            String text = new PDFTextStripper().getText(document);
            String flat = text.replaceAll("\\s+", " ");
            assertThat(flat).contains(POLISH).contains(NORWEGIAN).contains(tasksHeading);
            assertThat(flat).contains("aiproof · " + date + " · " + report.occupation().title() + " · "
                    + report.score() + "/100");
            assertThat(flat).containsPattern("(page|side) 1 / \\d");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).startsWith(language);
        }
    }

    static SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(Messages.bundled());
        return engine;
    }
}
