package dev.aiproof;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** One real SMTP server (GreenMail) for the whole test run, so that Spring test contexts can be shared. */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {
    }

    public static synchronized GreenMail get() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /** The first message received for an address, waiting for it at most {@code timeout}. */
    public static jakarta.mail.internet.MimeMessage awaitMailTo(String address, java.time.Duration timeout) {
        jakarta.mail.internet.MimeMessage[] found = new jakarta.mail.internet.MimeMessage[1];
        org.awaitility.Awaitility.await().atMost(timeout).pollInterval(java.time.Duration.ofMillis(200)).until(() -> {
            for (jakarta.mail.internet.MimeMessage m : get().getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(address)) {
                    found[0] = m;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    public static int port() {
        return get().getSmtp().getPort();
    }
}
