package dev.aiproof;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/**
 * The decoded parts of a MIME message: "text/plain" and "text/html" to their text, attachments as
 * "type filename" (e.g. "application/pdf aiproof-report.pdf") to their bytes in Base64.
 */
public final class MailParts {

    private MailParts() {
    }

    public static Map<String, String> of(Part part) throws MessagingException, IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        collect(part, parts);
        return parts;
    }

    private static void collect(Part part, Map<String, String> parts) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), parts);
            }
        } else if (part.isMimeType("text/plain")) {
            parts.put("text/plain", (String) part.getContent());
        } else if (part.isMimeType("text/html")) {
            parts.put("text/html", (String) part.getContent());
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            parts.put(
                    part.getContentType().split(";")[0].strip().toLowerCase(java.util.Locale.ROOT) + " "
                            + part.getFileName(),
                    java.util.Base64.getEncoder().encodeToString(part.getInputStream().readAllBytes()));
        }
    }
}
