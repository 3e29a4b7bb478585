package dev.aiproof.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.io.DefaultResourceLoader;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import dev.aiproof.extraction.ExtractedDocument;
import dev.aiproof.extraction.ExtractionProperties;
import dev.aiproof.extraction.Extractor;
import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.profiling.Profiler;
import dev.aiproof.profiling.offline.OfflineProfiler;
import dev.aiproof.profiling.offline.OfflineProperties;
import dev.aiproof.report.Report;
import dev.aiproof.report.ReportBuilder;
import dev.aiproof.report.ReportRenderer;
import dev.aiproof.scoring.OccupationScore;
import dev.aiproof.scoring.Scorer;
import dev.aiproof.taxonomy.Language;
import dev.aiproof.taxonomy.Messages;
import dev.aiproof.taxonomy.Taxonomy;
import dev.aiproof.taxonomy.TaxonomyLoader;

/**
 * The stages of the service wired by hand for the command line: no web server, scheduler or database, and the
 * offline profiler's taxonomy embeddings from their disk cache, so a run starts in a second or two. Parsing runs on
 * a thread of this JVM (with the same time and size limits), since a person assessing their own files on their own
 * machine is not the hostile uploader the service's parse workers guard against. Only the LLM profiler, when it is
 * configured (AIPROOF_PROFILER=llm or -Daiproof.profiler=llm), brings up a Spring context for its clients.
 */
final class CommandLineEngine implements AutoCloseable {

    private final Class<?> application;
    private final MessageSource messages = Messages.bundled();
    private final ExtractionProperties limits = ExtractionProperties.inProcess();
    private final Extractor extractor = new Extractor(limits);
    private final ReportRenderer renderer = new ReportRenderer(templates(messages), messages);
    /*
     * Loading the taxonomy and the embedding model take seconds each, and reading the first file as long again
     * (Tika's parsers load on first use): they run side by side, so a single CV costs the longest, not the sum.
     */
    private final CompletableFuture<Taxonomy> taxonomy;
    private final CompletableFuture<Scorer> scorer;
    private final CompletableFuture<Profiler> profiler;
    private volatile ConfigurableApplicationContext context;
    /* Threads that see the jar's own class loader: the common pool's do not, and the embedding model is a resource. */
    private final ExecutorService startup = Executors.newFixedThreadPool(3, task -> {
        Thread thread = new Thread(task, "aiproof-cli-start");
        thread.setDaemon(true);
        thread.setContextClassLoader(CommandLineEngine.class.getClassLoader());
        return thread;
    });

    /** @param profile whether CVs will be profiled (assess); occupations needs only the taxonomy and the scorer */
    CommandLineEngine(Class<?> application, boolean profile) {
        this.application = application;
        this.taxonomy = CompletableFuture.supplyAsync(
                () -> new TaxonomyLoader(new DefaultResourceLoader(), taxonomyCacheDir()).load(taxonomyLocation()),
                startup);
        this.scorer = taxonomy.thenApply(t -> new Scorer(t, messages));
        CompletableFuture<Void> model = profile && !llmConfigured()
                ? CompletableFuture.runAsync(OfflineProfiler::loadModel, startup)
                : CompletableFuture.completedFuture(null);
        this.profiler = profile ? taxonomy.thenCombineAsync(model, (t, loaded) -> newProfiler(t), startup) : null;
    }

    /** Extracts, profiles, scores and writes the report; refusals are {@link dev.aiproof.extraction.ExtractionException}s. */
    Report assess(String fileName, byte[] content, String language) {
        ExtractedDocument document = extractor.extract(fileName, content);
        CareerProfile profile = profiler.join().profile(document);
        Language written = "auto".equals(language)
                ? Language.of(document.language()).orElse(Language.EN)
                : Language.of(language).orElse(Language.EN);
        return new ReportBuilder(taxonomy.join()).build("cli-" + document.contentHash().substring(0, 12), profile,
                scorer.join().score(profile, written));
    }

    List<OccupationScore> occupations(Language language) {
        return new OccupationCatalogue(taxonomy.join(), scorer.join()).entries(language);
    }

    ReportRenderer renderer() {
        return renderer;
    }

    MessageSource messages() {
        return messages;
    }

    ExtractionProperties limits() {
        return limits;
    }

    private Profiler newProfiler(Taxonomy loaded) {
        if (llmConfigured()) {
            return springProfiler();
        }
        OfflineProfiler offline = new OfflineProfiler(loaded, new OfflineProperties(cacheDir()),
                Clock.systemDefaultZone());
        offline.loadModelNow(); // while the file is read, not after
        return offline;
    }

    private Profiler springProfiler() {
        // arguments, not builder properties: those are defaults, and ./config/application.yml (the service's H2
        // file, which a running service holds) would win over them
        context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .run("--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--spring.datasource.url=jdbc:h2:mem:cli;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "--db-scheduler.enabled=false");
        return context.getBean(Profiler.class);
    }

    private static boolean llmConfigured() {
        return profilerKind() == dev.aiproof.profiling.ProfilerChoice.Kind.LLM;
    }

    /** The profiler configured; a mistyped one is refused (IllegalArgumentException) before anything starts. */
    static dev.aiproof.profiling.ProfilerChoice.Kind profilerKind() {
        return dev.aiproof.profiling.ProfilerChoice.Kind.of(setting("aiproof.profiler", "AIPROOF_PROFILER", "offline"));
    }

    private static Path taxonomyCacheDir() {
        return Path.of(setting("aiproof.taxonomy.cache-dir", "AIPROOF_TAXONOMY_CACHE_DIR", "data/cache"));
    }

    private static Path cacheDir() {
        return Path.of(setting("aiproof.offline.cache-dir", "AIPROOF_OFFLINE_CACHE_DIR", "data/cache"));
    }

    /** As the service finds its taxonomy: a setting, else ./config/taxonomy, else the jar's own. */
    private static String taxonomyLocation() {
        String configured = setting("aiproof.taxonomy.location", "AIPROOF_TAXONOMY_LOCATION", null);
        if (configured != null) {
            return configured;
        }
        return Files.isDirectory(Path.of("config/taxonomy"))
                ? "file:config/taxonomy/"
                : TaxonomyLoader.DEFAULT_LOCATION;
    }

    private static String setting(String property, String environment, String fallback) {
        return System.getProperty(property, System.getenv().getOrDefault(environment, fallback));
    }

    static SpringTemplateEngine templates(MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    @Override
    public void close() {
        startup.shutdownNow();
        extractor.close();
        if (context != null) {
            context.close();
        }
    }
}
