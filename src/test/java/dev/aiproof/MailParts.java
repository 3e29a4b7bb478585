package dev.aiproof;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** The decoded text parts of a MIME message, by content type (text/plain, text/html). */
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
        }
    }
}
