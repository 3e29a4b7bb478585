package dev.aiproof.extraction;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.apache.tika.Tika;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.springframework.stereotype.Component;

/** Turns the bytes of an uploaded CV into an {@link ExtractedDocument}, or refuses it with an {@link ExtractionError}. */
@Component
public class Extractor {

    private static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int MAX_CHARS = 100_000;

    private final Tika tika = new Tika();

    public ExtractedDocument extract(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new ExtractionException(ExtractionError.NO_TEXT);
        }
        if (content.length > MAX_BYTES) {
            throw new ExtractionException(ExtractionError.TOO_LARGE);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        String text;
        try {
            text = tika.parseToString(new ByteArrayInputStream(content), metadata, MAX_CHARS);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(ExtractionError.ENCRYPTED, ExtractionError.ENCRYPTED.message(), e);
        } catch (TikaException | java.io.IOException e) {
            throw new ExtractionException(ExtractionError.CORRUPT, ExtractionError.CORRUPT.message(), e);
        }
        String cleaned = text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + "\n" + b).orElse("");
        if (cleaned.isBlank()) {
            throw new ExtractionException(ExtractionError.NO_TEXT);
        }
        String mediaType = metadata.get(Metadata.CONTENT_TYPE);
        return new ExtractedDocument(cleaned, mediaType == null ? "application/octet-stream" : mediaType,
                "en", 1, List.of(), List.of(), sha256(cleaned), List.of());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
