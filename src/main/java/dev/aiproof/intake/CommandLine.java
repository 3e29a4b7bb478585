package dev.aiproof.intake;

import java.util.Locale;

import org.springframework.context.MessageSource;

import dev.aiproof.extraction.ExtractionProperties;
import dev.aiproof.taxonomy.Language;
import dev.aiproof.taxonomy.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.aiproof.extraction.ExtractionException;
import dev.aiproof.pipeline.Pipeline;
import dev.aiproof.report.Report;
import dev.aiproof.report.ReportRenderer;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code assess FILE [--format json|text|html|pdf] [--out PATH]} and {@code occupations [--format json|text]}: the same
 * stages as the service, in memory, without a web server, a database file or email.
 */
public final class CommandLine {

    public static final List<String> COMMANDS = List.of("assess", "occupations");
    static final int OK = 0;
    static final int REJECTED = 2;
    static final int USAGE = 64;

    private CommandLine() {
    }

    public static int run(Class<?> application, String[] args) {
        Map<String, String> options = options(args);
        String format = options.getOrDefault("--format", "json");
        String language = options.getOrDefault("--language", "auto");
        boolean assess = args[0].equals("assess");
        if (!(assess ? List.of("json", "text", "html", "pdf") : List.of("json", "text")).contains(format)
                || (assess && !options.containsKey("file")) || (format.equals("pdf") && !options.containsKey("--out"))
                || !(language.equals("auto") || Language.of(language).isPresent())) {
            System.err.println("usage: assess FILE [--format json|text|html|pdf] [--out PATH] [--language auto|en|nb]"
                    + " (pdf needs --out) | occupations [--format json|text] [--language en|nb]");
            return USAGE;
        }
        PrintStream stdout = System.out;
        System.setOut(System.err); // libraries that print must not corrupt the report on standard output
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties(Map.of(
                        "spring.main.banner-mode", "off",
                        "logging.level.root", "WARN",
                        "spring.datasource.url", "jdbc:h2:mem:cli;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "db-scheduler.enabled", "false"))
                .run()) {
            Language messages = Language.of(language).orElse(Language.EN);
            byte[] output = assess
                    ? assess(context, Path.of(options.get("file")), format, language, messages)
                    : occupations(context, format, messages);
            write(stdout, options.get("--out"), output);
            return OK;
        } catch (CliRejection e) {
            System.err.println(e.json);
            return REJECTED;
        } catch (IOException e) {
            System.err.println(error("OUTPUT_FAILED", Messages.bundled().getMessage("error.OUTPUT_FAILED",
                    new Object[] {e.getMessage()}, Language.of(language).orElse(Language.EN).locale())));
            return REJECTED;
        } finally {
            System.setOut(stdout);
        }
    }

    private static byte[] assess(ConfigurableApplicationContext context, Path file, String format, String language,
                                 Language messages) {
        MessageSource bundle = context.getBean(MessageSource.class);
        Locale locale = messages.locale();
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CliRejection(error("FILE_NOT_FOUND", bundle.getMessage("error.FILE_NOT_FOUND",
                    new Object[] {file}, locale)));
        } catch (IOException e) {
            throw new CliRejection(error("UNREADABLE", bundle.getMessage("error.UNREADABLE", new Object[] {file},
                    locale)));
        }
        Report report;
        try {
            report = context.getBean(Pipeline.class).assessNow(file.getFileName().toString(), content, language);
        } catch (ExtractionException e) {
            long megabytes = context.getBean(ExtractionProperties.class).maxBytes() / (1024 * 1024);
            throw new CliRejection(error(e.error().name(), bundle.getMessage(e.messageKey(),
                    e.arguments().length > 0 ? e.arguments() : new Object[] {megabytes}, locale)));
        }
        ReportRenderer renderer = context.getBean(ReportRenderer.class);
        return switch (format) {
            case "text" -> renderer.text(report, null).getBytes(StandardCharsets.UTF_8);
            case "html" -> renderer.html(report, null).getBytes(StandardCharsets.UTF_8);
            case "pdf" -> renderer.pdf(report, null);
            default -> context.getBean(JsonMapper.class).rebuild().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsBytes(report);
        };
    }

    private static byte[] occupations(ConfigurableApplicationContext context, String format, Language language) {
        List<OccupationCatalogue.Entry> entries = context.getBean(OccupationCatalogue.class).entries(language);
        if (format.equals("text")) {
            StringBuilder out = new StringBuilder();
            entries.forEach(e -> out.append(String.format(Locale.ROOT, "%-8s %3d  %s%n", e.soc(), e.baseScore(), e.title())));
            out.append(context.getBean(MessageSource.class).getMessage("cli.occupations.summary",
                    new Object[] {entries.size()}, language.locale()));
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
        return context.getBean(JsonMapper.class).rebuild().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsBytes(entries);
    }

    private static void write(PrintStream stdout, String out, byte[] output) throws IOException {
        if (out == null) {
            stdout.write(output);
            stdout.println();
            stdout.flush();
        } else {
            Files.write(Path.of(out), output);
        }
    }

    private static String error(String code, String message) {
        return JsonMapper.shared().writeValueAsString(Map.of("error", code, "message", message));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else if (!args[i].startsWith("--")) {
                options.put("file", args[i]);
            }
        }
        return options;
    }

    private static final class CliRejection extends RuntimeException {
        private final String json;

        CliRejection(String json) {
            super(null, null, false, false);
            this.json = json;
        }
    }
}
