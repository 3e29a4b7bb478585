package dev.aiproof.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.javamail.MimeMessageHelper;

import dev.aiproof.MailParts;

/** With no SMTP host, an email becomes an RFC 822 file that reads back as the same message. */
class OutboxMailSenderTest {

    @TempDir
    Path outbox;

    @Test
    void writesAnEmlFileThatParsesBack() throws Exception {
        OutboxMailSender sender = new OutboxMailSender(outbox);
        MimeMessage message = new StableIdMimeMessage("<report-42@aiproof.local>");
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom("aiproof <report@aiproof.local>");
        helper.setTo("person@example.com");
        helper.setSubject("Your AI exposure: 42/100 (moderate)");
        helper.setText("plain 42/100", "<p>html 42/100 — ✓</p>");

        sender.send(message);

        List<Path> files;
        try (var list = Files.list(outbox)) {
            files = list.toList();
        }
        assertThat(files).hasSize(1);
        assertThat(files.getFirst().getFileName().toString()).endsWith(".eml");
        try (InputStream in = Files.newInputStream(files.getFirst())) {
            MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(read.getSubject()).isEqualTo("Your AI exposure: 42/100 (moderate)");
            assertThat(read.getMessageID()).isEqualTo("<report-42@aiproof.local>");
            assertThat(MailParts.of(read)).containsEntry("text/plain", "plain 42/100")
                    .containsEntry("text/html", "<p>html 42/100 — ✓</p>");
        }
    }

    /** The mail health indicator asks testConnection: on the embedded default that is the outbox, not localhost:25. */
    @Test
    void itsHealthIsTheOutboxFolder() throws Exception {
        new OutboxMailSender(outbox.resolve("new")).testConnection();
        assertThat(outbox.resolve("new")).isDirectory();
        Path file = Files.writeString(outbox.resolve("a-file"), "not a folder");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new OutboxMailSender(file).testConnection())
                .isInstanceOf(jakarta.mail.MessagingException.class);
    }
}
