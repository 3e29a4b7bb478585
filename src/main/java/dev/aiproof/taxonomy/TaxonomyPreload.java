package dev.aiproof.taxonomy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.io.DefaultResourceLoader;

import dev.aiproof.taxonomy.TaxonomyConfiguration.TaxonomyProperties;

/**
 * Reads the taxonomy on a thread of its own from the moment the service's settings are known, while Spring sets
 * itself up on the other core (about two seconds of a start on two cores). The running read is handed to the context
 * as a bean, which {@link TaxonomyConfiguration} waits for; a failure is thrown there, as a read there would be.
 * Added by the service's main method only: a context without it (tests, tools) reads the taxonomy where it is needed.
 */
public final class TaxonomyPreload implements SmartApplicationListener {

    private static final Logger log = LoggerFactory.getLogger(TaxonomyPreload.class);

    private Preloaded preloaded;

    /** A read of the taxonomy under these settings, started before the context existed. */
    record Preloaded(TaxonomyProperties properties, CompletableFuture<Taxonomy> taxonomy) {

        Taxonomy join() {
            try {
                return taxonomy.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
                || ApplicationPreparedEvent.class.isAssignableFrom(type);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            TaxonomyProperties properties = Binder.get(prepared.getEnvironment()).bindOrCreate("aiproof.taxonomy",
                    TaxonomyProperties.class);
            preloaded = new Preloaded(properties, start(properties));
        } else if (event instanceof ApplicationPreparedEvent ready && preloaded != null) {
            ready.getApplicationContext().getBeanFactory().registerSingleton("preloadedTaxonomy", preloaded);
        }
    }

    private static CompletableFuture<Taxonomy> start(TaxonomyProperties properties) {
        CompletableFuture<Taxonomy> taxonomy = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                long started = System.nanoTime();
                Taxonomy read = new TaxonomyLoader(new DefaultResourceLoader(TaxonomyPreload.class.getClassLoader()),
                        properties.cacheDir()).load(properties.location());
                log.info("taxonomy {} read in {} ms beside the start", read.version(),
                        (System.nanoTime() - started) / 1_000_000);
                taxonomy.complete(read);
            } catch (Throwable e) {
                taxonomy.completeExceptionally(e);
            }
        }, "aiproof-taxonomy-load");
        thread.setDaemon(true);
        thread.start();
        return taxonomy;
    }
}
