package dev.aiproof.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import dev.aiproof.scoring.ExposureAssessment.PlanStep;
import dev.aiproof.scoring.ExposureAssessment.SkillView;
import dev.aiproof.scoring.ExposureAssessment.TaskScore;
import dev.aiproof.taxonomy.Language;

/** Renders a report as the HTML of the email, as plain text (email text part, CLI) and as PDF (attachment). */
@Component
public class ReportRenderer {

    /** The shipped fonts (src/main/resources/fonts, Bitstream Vera licence) by file. */
    private static final Map<String, FontFace> FONTS = Map.of(
            "DejaVuSans.ttf", new FontFace(400, BaseRendererBuilder.FontStyle.NORMAL),
            "DejaVuSans-Bold.ttf", new FontFace(700, BaseRendererBuilder.FontStyle.NORMAL),
            "DejaVuSans-Oblique.ttf", new FontFace(400, BaseRendererBuilder.FontStyle.ITALIC));

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Clock clock;

    @Autowired
    public ReportRenderer(ITemplateEngine templates, MessageSource messages) {
        this(templates, messages, Clock.systemDefaultZone());
    }

    ReportRenderer(ITemplateEngine templates, MessageSource messages, Clock clock) {
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    private record FontFace(int weight, BaseRendererBuilder.FontStyle style) {
    }

    /** A complete HTML document; {@code reportUrl} may be null (CLI). */
    public String html(Report report, String reportUrl) {
        return html(report, reportUrl, null);
    }

    /** The email's HTML: with {@code eraseUrl}, it ends with the link that erases the person's data. */
    public String html(Report report, String reportUrl, String eraseUrl) {
        Context context = context(report, reportUrl);
        context.setVariable("eraseUrl", eraseUrl == null ? "" : eraseUrl);
        return templates.process("mail/report", context);
    }

    /**
     * The report as an A4 PDF, for the email attachment and for download: DejaVu Sans embedded (subset), so every
     * European name and quote prints, and tagged for screen readers (PDF/UA) as far as the library goes.
     */
    public byte[] pdf(Report report, String reportUrl) {
        Context context = context(report, reportUrl);
        context.setVariable("date", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(report))
                .format(LocalDate.now(clock)));
        String html = templates.process("pdf/report", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder pdf = new PdfRendererBuilder()
                    .usePdfUaAccessibility(true)
                    .withProducer("aiproof")
                    .withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/")
                    .toStream(out);
            FONTS.forEach((file, style) -> pdf.useFont(() -> ReportRenderer.class.getResourceAsStream("/fonts/" + file),
                    "DejaVu Sans", style.weight(), style.style(), true));
            pdf.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the report as PDF", e);
        }
        return out.toByteArray();
    }

    /** The report's language as a locale: every template and message follows it. */
    public static Locale locale(Report report) {
        return Language.of(report.language()).orElse(Language.EN).locale();
    }

    /** A sentence from the message bundles in the report's language. */
    public String say(Report report, String key, Object... args) {
        return messages.getMessage(key, args, locale(report));
    }

    private Context context(Report report, String reportUrl) {
        return new Context(locale(report), Map.of("report", report, "reportUrl", reportUrl == null ? "" : reportUrl));
    }

    public String text(Report report, String reportUrl) {
        return text(report, reportUrl, null);
    }

    /** The email's text: with {@code eraseUrl}, it ends with the link that erases the person's data. */
    public String text(Report report, String reportUrl, String eraseUrl) {
        StringBuilder out = new StringBuilder();
        line(out, say(report, "text.score", report.score(), band(report)));
        if (report.bandMeaning() != null && !report.bandMeaning().isBlank()) {
            line(out, report.bandMeaning());
        }
        out.append("\n");
        line(out, say(report, "text.occupation", report.occupation().title(), report.occupation().soc(),
                report.occupation().evidence()));
        if (report.occupation().confidence() < LOW_CONFIDENCE && !report.occupation().alternatives().isEmpty()) {
            line(out, say(report, "text.low-confidence", String.join("; ", report.occupation().alternatives().stream()
                    .map(a -> say(report, "text.alternative", a.title(), a.soc())).toList())));
        }
        line(out, say(report, "text.seniority", say(report, "seniority.level." + report.seniority().level()),
                report.seniority().yearsOfExperience(), say(report, "effect." + report.seniority().riskEffect())));
        line(out, say(report, "text.screen", report.screenWork().share(),
                say(report, "effect." + report.screenWork().effect())));
        out.append("\n");
        line(out, say(report, "text.tasks"));
        for (TaskScore task : report.tasks()) {
            line(out, say(report, "text.task", task.title(), say(report, "exposure." + task.exposure().json()),
                    say(report, "level." + task.level()), task.share(), task.rationale()));
            task.evidence().forEach(evidence -> line(out, say(report, "text.evidence", evidence)));
        }
        skills(out, say(report, "report.skills.vulnerable"), report.skills().vulnerable());
        skills(out, say(report, "report.skills.resilient"), report.skills().resilient());
        if (!report.insights().isEmpty()) {
            out.append("\n");
            line(out, say(report, "report.insights"));
            report.insights().forEach(i -> line(out, "- " + i));
        }
        if (!report.plan().isEmpty()) {
            out.append("\n");
            line(out, say(report, "report.plan"));
            int n = 1;
            for (PlanStep step : report.plan()) {
                line(out, say(report, "text.step", n++, step.title(), step.detail()));
            }
        }
        if (report.edge() != null && !report.edge().isBlank()) {
            out.append("\n");
            line(out, say(report, "report.edge"));
            line(out, report.edge());
        }
        out.append("\n");
        line(out, say(report, "report.sources"));
        report.sources().forEach(s -> line(out, "- " + s));
        out.append("\n");
        line(out, say(report, "text.profiled-by", report.profiler().kind(), report.profiler().model(),
                report.taxonomyVersion()));
        if (reportUrl != null) {
            out.append("\n");
            line(out, say(report, "text.online", reportUrl));
        }
        if (eraseUrl != null) {
            out.append("\n");
            line(out, say(report, "mail.erase"));
            line(out, eraseUrl);
        }
        return out.toString();
    }

    /** The colour of a score band, from green (low) to red (very high); the same in page, email and PDF. */
    public static String bandColor(String band) {
        return switch (band) {
            case "low" -> "#23703f";
            case "moderate" -> "#7d6400";
            case "high" -> "#b0500f";
            default -> "#b42d2d";
        };
    }

    /**
     * The colour of a task's bar: red for work AI does, amber for work it changes, green for work it leaves; dark
     * enough for white text on it (WCAG AA, 4.5:1), since the legend's chips use the same colours.
     */
    public static String exposureColor(String exposure) {
        return switch (exposure) {
            case "automated" -> "#b42d2d";
            case "changing" -> "#945f00";
            default -> "#23703f";
        };
    }

    /** Whole percent of a share, for bar widths. */
    public static int percent(double share) {
        return (int) Math.max(0, Math.min(100, Math.round(share * 100)));
    }

    /** The occupation's title as it stands inside a sentence of the report's language. */
    public static String occupationInSentence(Report report) {
        return Language.of(report.language()).orElse(Language.EN).inSentence(report.occupation().title());
    }

    /** The job title the CV gave, as it stands inside a sentence of the report's language (null when none). */
    public static String matchedTitleInSentence(Report report) {
        String title = report.occupation().matchedTitle();
        return title == null || title.isBlank()
                ? null
                : Language.of(report.language()).orElse(Language.EN).inSentence(title);
    }

    /** The band in words, in the report's language ("Very high", "Svært høy"). */
    public static String band(Report report) {
        return report.bandName() != null && !report.bandName().isBlank() ? report.bandName() : bandLabel(report.band());
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
        out.append("\n");
        line(out, heading);
        skills.forEach(s -> line(out, "- " + s.name() + ": " + s.rationale()));
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append("\n");
    }
}
