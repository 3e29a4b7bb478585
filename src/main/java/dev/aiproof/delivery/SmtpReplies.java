package dev.aiproof.delivery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import jakarta.mail.internet.AddressException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailSendException;

/** Tells a permanent refusal of one email from a failure worth retrying, from what the mail library threw. */
final class SmtpReplies {

    private SmtpReplies() {
    }

    /**
     * The 5xx reply that refused this recipient or this message, 0 for an address the library refused, or -1 when
     * the failure may pass (4xx, timeouts, refused connections, authentication). A 5xx to our own sender address
     * (MAIL FROM) is our configuration, not this person's address: it is retried, and it counts for the breaker.
     */
    static int permanentCode(Throwable failure) {
        Deque<Throwable> todo = new ArrayDeque<>();
        Set<Throwable> seen = new HashSet<>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            switch (t) {
                case SMTPSenderFailedException sender -> {
                    return -1;
                }
                case SMTPAddressFailedException address when address.getReturnCode() >= 500 -> {
                    return address.getReturnCode();
                }
                case SMTPSendFailedException message when message.getReturnCode() >= 500 -> {
                    return message.getReturnCode();
                }
                case AddressException refused -> {
                    return 0;
                }
                default -> {
                }
            }
            if (t instanceof MailSendException send) {
                todo.addAll(send.getFailedMessages().values());
            }
            if (t.getCause() != null) {
                todo.add(t.getCause()); // for a MessagingException: the next exception of its chain
            }
        }
        return -1;
    }
}
