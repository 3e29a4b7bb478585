package dev.aiproof.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import dev.aiproof.scoring.ExposureAssessment.PlanStep;
import dev.aiproof.scoring.ExposureAssessment.SkillView;
import dev.aiproof.scoring.ExposureAssessment.TaskScore;

/** Renders a report as the HTML of the email, as plain text (email text part, CLI) and as PDF (attachment). */
@Component
public class ReportRenderer {

    private final ITemplateEngine templates;

    public ReportRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** A complete HTML document; {@code reportUrl} may be null (CLI). */
    public String html(Report report, String reportUrl) {
        return templates.process("mail/report", new Context(Locale.ENGLISH, Map.of("report", report,
                "reportUrl", reportUrl == null ? "" : reportUrl)));
    }

    /** The report as an A4 PDF, for the email attachment and for download. */
    public byte[] pdf(Report report, String reportUrl) {
        String html = templates.process("pdf/report", new Context(Locale.ENGLISH, Map.of("report", report,
                "reportUrl", reportUrl == null ? "" : reportUrl)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/")
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the report as PDF", e);
        }
        return out.toByteArray();
    }

    public String text(Report report, String reportUrl) {
        StringBuilder out = new StringBuilder();
        out.append("Your AI exposure: ").append(report.score()).append("/100 — ").append(bandLabel(report.band()))
                .append("\n");
        if (report.bandMeaning() != null && !report.bandMeaning().isBlank()) {
            out.append(report.bandMeaning()).append("\n");
        }
        out.append("\n");
        out.append("Occupation: ").append(report.occupation().title()).append(" (SOC ").append(report.occupation().soc())
                .append("), from \"").append(report.occupation().evidence()).append("\"\n");
        if (report.occupation().confidence() < LOW_CONFIDENCE && !report.occupation().alternatives().isEmpty()) {
            out.append("We are not sure of this occupation; your CV also fits: ").append(String.join("; ",
                    report.occupation().alternatives().stream().map(a -> a.title() + " (SOC " + a.soc() + ")").toList()))
                    .append(".\n");
        }
        out.append("Seniority: ").append(report.seniority().level()).append(", ")
                .append(report.seniority().yearsOfExperience()).append(" years — risk ")
                .append(report.seniority().riskEffect()).append("\n");
        out.append("Screen work: ").append(Math.round(report.screenWork().share() * 100)).append("% — ")
                .append(report.screenWork().effect()).append("\n\n");
        out.append("Your tasks\n");
        for (TaskScore task : report.tasks()) {
            out.append("- ").append(task.title()).append(": ").append(task.exposure().json()).append(" (")
                    .append(task.level()).append(", ").append(Math.round(task.share() * 100)).append("% of your time) — ")
                    .append(task.rationale()).append("\n");
            task.evidence().forEach(line -> out.append("    from your CV: \"").append(line).append("\"\n"));
        }
        skills(out, "Skills AI is catching up with", report.skills().vulnerable());
        skills(out, "Skills that keep their worth", report.skills().resilient());
        if (!report.insights().isEmpty()) {
            out.append("\nWhat stands out\n");
            report.insights().forEach(i -> out.append("- ").append(i).append("\n"));
        }
        if (!report.plan().isEmpty()) {
            out.append("\nYour plan\n");
            int n = 1;
            for (PlanStep step : report.plan()) {
                out.append(n++).append(". ").append(step.title()).append(" — ").append(step.detail()).append("\n");
            }
        }
        if (report.edge() != null && !report.edge().isBlank()) {
            out.append("\nYour edge\n").append(report.edge()).append("\n");
        }
        out.append("\nSources\n");
        report.sources().forEach(s -> out.append("- ").append(s).append("\n"));
        out.append("\nProfiled by: ").append(report.profiler().kind()).append(" (").append(report.profiler().model())
                .append("); taxonomy ").append(report.taxonomyVersion()).append("\n");
        if (reportUrl != null) {
            out.append("\nYour report online: ").append(reportUrl).append("\n");
        }
        return out.toString();
    }

    /** Below this, the report says the occupation is uncertain and names the alternatives. */
    public static final double LOW_CONFIDENCE = 0.5;

    /** The band in words: "very_high" reads "very high". */
    public static String bandLabel(String band) {
        return band.replace('_', ' ');
    }


    private static void skills(StringBuilder out, String heading, java.util.List<SkillView> skills) {
        if (skills.isEmpty()) {
            return;
        }
        out.append("\n").append(heading).append("\n");
        skills.forEach(s -> out.append("- ").append(s.name()).append(": ").append(s.rationale()).append("\n"));
    }
}
