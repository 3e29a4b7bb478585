package dev.aiproof.delivery;

import java.nio.file.Path;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the service sends email, under {@code aiproof.mail} (the SMTP server itself is Spring Boot's
 * {@code spring.mail.*}).
 *
 * @param from            sender of every email
 * @param messageIdDomain right-hand side of Message-IDs
 * @param outbox          folder for .eml files when no SMTP host is configured
 */
@Validated
@ConfigurationProperties("aiproof.mail")
record DeliveryProperties(
        @DefaultValue("aiproof <report@aiproof.local>") @NotBlank String from,
        @DefaultValue("aiproof.local") @NotBlank String messageIdDomain,
        @DefaultValue("./data/outbox") @NotNull Path outbox) {
}
