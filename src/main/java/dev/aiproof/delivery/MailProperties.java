package dev.aiproof.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from            sender of every email
 * @param messageIdDomain right-hand side of Message-IDs
 * @param outbox          folder for .eml files when no SMTP host is configured
 */
@ConfigurationProperties("aiproof.mail")
public record MailProperties(
        @DefaultValue("aiproof <report@aiproof.local>") String from,
        @DefaultValue("aiproof.local") String messageIdDomain,
        @DefaultValue("./data/outbox") String outbox) {
}
