package dev.aiproof.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The embedded default when no SMTP host is set: the same MimeMessage that SMTP would carry, written as an
 * RFC 822 .eml file that any mail client opens.
 */
class OutboxMailSender extends JavaMailSenderImpl {

    private static final Logger log = LoggerFactory.getLogger(OutboxMailSender.class);

    private final Path outbox;

    OutboxMailSender(Path outbox) {
        this.outbox = outbox;
        log.info("No spring.mail.host set: emails are written to {}", outbox.toAbsolutePath().normalize());
    }

    /** What the mail health indicator checks: the outbox folder, not an SMTP server that is not configured. */
    @Override
    public void testConnection() throws MessagingException {
        try {
            Files.createDirectories(outbox);
        } catch (IOException e) {
            throw new MessagingException("cannot create the outbox " + outbox, e);
        }
        if (!Files.isWritable(outbox)) {
            throw new MessagingException("cannot write to the outbox " + outbox);
        }
    }

    @Override
    protected void doSend(MimeMessage[] messages, Object[] originals) {
        for (MimeMessage message : messages) {
            try {
                Files.createDirectories(outbox);
                message.saveChanges();
                // named after the Message-ID, which ends with the assessment id: Outbox.erase finds it by that
                Path target = outbox.resolve(Outbox.fileName(message, Instant.now()));
                Path partial = outbox.resolve(target.getFileName() + ".part");
                try (OutputStream out = Files.newOutputStream(partial)) {
                    message.writeTo(out);
                }
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                log.info("email written to {}", target.toAbsolutePath().normalize());
            } catch (IOException | MessagingException e) {
                throw new MailSendException("cannot write to the outbox " + outbox, e);
            }
        }
    }
}
