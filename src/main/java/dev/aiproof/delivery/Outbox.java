package dev.aiproof.delivery;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder of .eml files written when no SMTP host is configured ({@code aiproof.mail.outbox}). A file holds what
 * the email held — the report, which quotes the CV, and the address — so it is erased like the assessment: its name
 * ends with the email's Message-ID key ({@code report-}, {@code rejection-} or {@code document-request-} + the
 * assessment id, see {@link Mailer}), which lets {@link #erase(String)} find every file of one assessment, and
 * {@link #eraseOlderThan(Instant)} removes the files a retention period has run out for. Both touch only our own
 * {@code .eml} (and unfinished {@code .eml.part}) files, and work whether or not the outbox is in use now, so that
 * files left from a run without SMTP go too.
 */
public final class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,100}");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9.-]");

    private final Path folder;

    public Outbox(Path folder) {
        this.folder = folder;
    }

    /** {@code <epoch millis>-<Message-ID key>.eml}, the key being the Message-ID's left-hand side made file-safe. */
    static String fileName(MimeMessage message, Instant now) throws MessagingException {
        String id = message.getMessageID();
        String key = id == null ? "" : id.replaceAll("^<|>$", "").replaceFirst("@.*$", "");
        key = UNSAFE.matcher(key).replaceAll("_");
        if (key.isEmpty() || key.length() > 150) {
            key = UUID.randomUUID().toString();
        }
        return now.toEpochMilli() + "-" + key + ".eml";
    }

    /** Erases every email file written for the assessment {@code assessmentId}; how many. */
    public int erase(String assessmentId) {
        if (assessmentId == null || !ID.matcher(assessmentId).matches()) {
            return 0;
        }
        String end = "-" + assessmentId + ".eml";
        return eraseWhere(file -> {
            String name = file.getFileName().toString();
            return name.endsWith(end) || name.endsWith(end + ".part");
        });
    }

    /** Erases every email file last written before {@code cutoff}; how many. */
    public int eraseOlderThan(Instant cutoff) {
        return eraseWhere(file -> {
            String name = file.getFileName().toString();
            if (!name.endsWith(".eml") && !name.endsWith(".eml.part")) {
                return false;
            }
            try {
                return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
            } catch (IOException e) {
                return false; // gone meanwhile
            }
        });
    }

    private int eraseWhere(Predicate<Path> erase) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int erased = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && erase.test(file)) {
                    try {
                        Files.delete(file);
                        erased++;
                    } catch (NoSuchFileException gone) {
                        // erased by another sweep meanwhile
                    } catch (IOException e) {
                        log.warn("outbox file {} not erased: {}", file.getFileName(), e.getClass().getSimpleName());
                    }
                }
            }
        } catch (IOException e) {
            log.warn("outbox not readable, nothing erased: {}", e.getClass().getSimpleName());
        }
        return erased;
    }
}
