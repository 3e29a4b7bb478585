package dev.aiproof.taxonomy;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles (messages.properties, messages_nb.properties): every sentence a person reads that is not a
 * taxonomy text. Messages go through {@link java.text.MessageFormat} always, so plurals are written as choices
 * ("{0,choice,1#1 point|1&lt;{0} points}") and apostrophes as the typographic ’, which needs no escaping.
 */
public final class Messages {

    private Messages() {
    }

    /** The bundles as the service and the command line use them: UTF-8, English when a key is missing. */
    public static MessageSource bundled() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
