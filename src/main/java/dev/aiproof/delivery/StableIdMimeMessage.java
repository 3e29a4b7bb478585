package dev.aiproof.delivery;

import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A message whose Message-ID is derived from the assessment (report, rejection and document-request emails alike),
 * so that if a crash makes us send one twice, mail clients fold the two into one. (A plain MimeMessage makes up a
 * new id on every save.)
 */
class StableIdMimeMessage extends MimeMessage {

    private final String messageId;

    StableIdMimeMessage(String messageId) {
        super(Session.getInstance(new Properties()));
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
