package dev.aiproof.intake;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.extraction.ExtractionException;
import dev.aiproof.report.Report;
import dev.aiproof.scoring.OccupationScore;
import dev.aiproof.taxonomy.Language;
import dev.aiproof.taxonomy.Messages;

/**
 * {@code assess FILE... | DIR [--format json|jsonl|text|html|pdf] [--language auto|en|nb] [--out PATH]} and
 * {@code occupations [--format json|text] [--language en|nb]}: the service's stages in this process, without a web
 * server, a database or email (see {@link CommandLineEngine}). Many files, or a folder, are assessed in parallel
 * over the cores as JSON lines, with a summary (and, on a terminal, a progress bar) on standard error.
 */
public final class CommandLine {

    public static final List<String> COMMANDS = List.of("assess", "occupations");
    static final int OK = 0;
    static final int REJECTED = 2;
    static final int USAGE = 64;
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final JsonMapper PRETTY = JSON.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CommandLine() {
    }

    public static int run(Class<?> application, String[] args) {
        Arguments arguments = Arguments.parse(args);
        if (arguments == null) {
            System.err.println("usage: assess FILE... | DIR [--format json|jsonl|text|html|pdf] [--language auto|en|nb]"
                    + " [--out PATH] (pdf needs --out; many files need jsonl) | occupations [--format json|text]"
                    + " [--language en|nb]");
            return USAGE;
        }
        try {
            CommandLineEngine.profilerKind();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return USAGE;
        }
        PrintStream stdout = System.out;
        System.setOut(System.err); // libraries that print must not corrupt the report on standard output
        Locale locale = Language.of(arguments.language()).orElse(Language.EN).locale();
        try (CommandLineEngine engine = new CommandLineEngine(application, arguments.command().equals("assess"))) {
            if (arguments.command().equals("occupations")) {
                write(stdout, arguments.out(), occupations(engine, arguments));
                return OK;
            }
            List<Path> files = files(arguments.paths(), engine, locale);
            if (arguments.format().equals("jsonl")) {
                return batch(engine, files, arguments, stdout, locale);
            }
            write(stdout, arguments.out(),
                    render(engine, assess(engine, files.getFirst(), arguments.language(), locale),
                            arguments.format()));
            return OK;
        } catch (CliRejection e) {
            System.err.println(e.json);
            return REJECTED;
        } catch (IOException e) {
            System.err.println(error("OUTPUT_FAILED", Messages.bundled().getMessage("error.OUTPUT_FAILED",
                    new Object[] {e.getMessage()}, locale)));
            return REJECTED;
        } finally {
            System.setOut(stdout);
        }
    }

    /** One JSON line per file, in the order given, written as the files finish in parallel. */
    private static int batch(CommandLineEngine engine, List<Path> files, Arguments arguments, PrintStream stdout,
            Locale locale) throws IOException {
        long started = System.nanoTime();
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        Map<String, Integer> refused = new TreeMap<>();
        PrintStream out = arguments.out() == null
                ? stdout
                : new PrintStream(Files.newOutputStream(Path.of(arguments.out())), true, StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (ProgressBar progress = System.console() == null
                ? null
                : new ProgressBarBuilder().setTaskName("assess")
                        .setInitialMax(files.size()).setStyle(ProgressBarStyle.ASCII).setConsumer(
                                new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                        .build()) {
            List<Future<String>> lines = new ArrayList<>();
            for (Path file : files) {
                lines.add(pool.submit(() -> {
                    try {
                        return JSON.writeValueAsString(Map.of("file", file.toString(),
                                "report", assess(engine, file, arguments.language(), locale)));
                    } catch (CliRejection e) {
                        synchronized (refused) {
                            refused.merge(e.code, 1, Integer::sum);
                        }
                        Map<String, String> line = new LinkedHashMap<>();
                        line.put("file", file.toString());
                        line.putAll(e.fields);
                        return JSON.writeValueAsString(line);
                    } finally {
                        if (progress != null) {
                            progress.step();
                        }
                    }
                }));
            }
            for (Future<String> line : lines) {
                out.println(line.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
            out.flush();
            if (out != stdout) {
                out.close();
            }
        }
        int failed = refused.values().stream().mapToInt(Integer::intValue).sum();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.println(engine.messages().getMessage("cli.batch.summary", new Object[] {files.size() - failed,
                files.size(), failed, seconds, refused.isEmpty() ? "" : " " + refused}, locale));
        return failed == 0 ? OK : REJECTED;
    }

    private static Report assess(CommandLineEngine engine, Path file, String language, Locale locale) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CliRejection("FILE_NOT_FOUND", say(engine, "error.FILE_NOT_FOUND", locale, file));
        } catch (IOException e) {
            throw new CliRejection("UNREADABLE", say(engine, "error.UNREADABLE", locale, file));
        }
        try {
            return engine.assess(file.getFileName().toString(), content, language);
        } catch (ExtractionException e) {
            Object[] args = e.arguments().length > 0 ? e.arguments() : engine.limits().messageArguments();
            throw new CliRejection(e.error().name(), say(engine, e.messageKey(), locale, args));
        }
    }

    /** The files named, with every regular file of a named folder (sorted, hidden ones left out). */
    private static List<Path> files(List<Path> paths, CommandLineEngine engine, Locale locale) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        if (files.isEmpty()) {
            throw new CliRejection("FILE_NOT_FOUND", say(engine, "error.FILE_NOT_FOUND", locale, paths));
        }
        return files;
    }

    private static byte[] render(CommandLineEngine engine, Report report, String format) {
        return switch (format) {
            case "text" -> engine.renderer().text(report, null).getBytes(StandardCharsets.UTF_8);
            case "html" -> engine.renderer().html(report, null).getBytes(StandardCharsets.UTF_8);
            case "pdf" -> engine.renderer().pdf(report, null);
            default -> PRETTY.writeValueAsBytes(report);
        };
    }

    private static byte[] occupations(CommandLineEngine engine, Arguments arguments) {
        Language language = Language.of(arguments.language()).orElse(Language.EN);
        List<OccupationScore> entries = engine.occupations(language);
        if (arguments.format().equals("text")) {
            StringBuilder out = new StringBuilder();
            entries.forEach(
                    e -> out.append(String.format(Locale.ROOT, "%-8s %3d  %s%n", e.soc(), e.baseScore(), e.title())));
            out.append(engine.messages().getMessage("cli.occupations.summary", new Object[] {entries.size()},
                    language.locale()));
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
        return PRETTY.writeValueAsBytes(entries);
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

    private static String say(CommandLineEngine engine, String key, Locale locale, Object... args) {
        return engine.messages().getMessage(key, args, locale);
    }

    private static String error(String code, String message) {
        return JSON.writeValueAsString(Map.of("error", code, "message", message));
    }

    /** The command line, checked: null when it is not a valid one. */
    record Arguments(String command, List<Path> paths, String format, String language, String out) {

        static Arguments parse(String[] args) {
            Map<String, String> options = new LinkedHashMap<>();
            List<Path> paths = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                if (args[i].startsWith("--") && i + 1 < args.length) {
                    options.put(args[i], args[++i]);
                } else if (!args[i].startsWith("--")) {
                    paths.add(Path.of(args[i]));
                } else {
                    return null;
                }
            }
            boolean assess = args[0].equals("assess");
            boolean many = paths.size() > 1 || paths.stream().anyMatch(Files::isDirectory);
            String format = options.getOrDefault("--format", assess && many ? "jsonl" : "json");
            String language = options.getOrDefault("--language", assess ? "auto" : "en");
            boolean formatOk = (assess ? List.of("json", "jsonl", "text", "html", "pdf") : List.of("json", "text"))
                    .contains(format);
            boolean languageOk = (assess && language.equals("auto")) || Language.of(language).isPresent();
            if (!formatOk || !languageOk || (assess && paths.isEmpty()) || (many && !format.equals("jsonl"))
                    || (format.equals("pdf") && !options.containsKey("--out"))
                    || options.keySet().stream()
                            .anyMatch(k -> !List.of("--format", "--language", "--out").contains(k))) {
                return null;
            }
            return new Arguments(args[0], List.copyOf(paths), format, language, options.get("--out"));
        }
    }

    private static final class CliRejection extends RuntimeException {
        private final String code;
        private final Map<String, String> fields;
        private final String json;

        CliRejection(String code, String message) {
            super(null, null, false, false);
            this.code = code;
            this.fields = Map.of("error", code, "message", message);
            this.json = error(code, message);
        }
    }
}
