package dev.aiproof.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/** Detects the media type from the bytes (the name only refines plain text) and checks it against the allow-list. */
final class MediaTypes {

    static final String PDF = "application/pdf";
    static final String ZIP = "application/zip";
    static final String JSON = "application/json";
    static final String MARKDOWN = "text/markdown";
    static final String TEXT = "text/plain";
    static final String HTML = "text/html";

    private static final Set<String> ENCRYPTED = Set.of("application/x-tika-ooxml-protected",
            "application/x-tika-msoffice-protected");
    private static final Set<String> TIKA_TYPES = Set.of(PDF, HTML, "application/xhtml+xml", "application/rtf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/msword", "application/vnd.oasis.opendocument.text");

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    /** The allowed media type of the bytes, or an exception saying why they are refused. */
    String detect(String fileName, byte[] content) {
        if (content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            ZipLimits.check(content); // before Tika's container detection inflates entries to look inside
        }
        String type;
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(content))) {
            type = detector.detect(in, metadata).getBaseType().toString();
        } catch (IOException e) {
            throw new ExtractionException(ExtractionError.CORRUPT, "the file type cannot be detected", e);
        }
        if (ENCRYPTED.contains(type)) {
            throw new ExtractionException(ExtractionError.ENCRYPTED);
        }
        if (TIKA_TYPES.contains(type) || ZIP.equals(type)) {
            return type;
        }
        if (type.startsWith("text/") || JSON.equals(type)) {
            return refineText(fileName, content);
        }
        throw new ExtractionException(ExtractionError.UNSUPPORTED_FORMAT, "unsupported file type " + type, null);
    }

    /** Text is text: the name and the first characters tell JSON, Markdown and HTML apart. */
    private static String refineText(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String head = new String(content, 0, Math.min(content.length, 2048), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        if (head.startsWith("{")) {
            return JSON;
        }
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body")) {
            return HTML;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown") || head.startsWith("# ") || head.contains("\n## ")) {
            return MARKDOWN;
        }
        return TEXT;
    }

    static boolean isText(String type) {
        return TEXT.equals(type) || MARKDOWN.equals(type);
    }
}
