package dev.aiproof.delivery;

/**
 * The mail server refused this email for good (a 5xx reply to the recipient or the message), or the address is one
 * we do not send to: sending it again would fail the same way. Carries the SMTP reply code (0 when the address was
 * refused before any server saw it), never the server's text: it quotes the address.
 */
public class MailRejectedException extends RuntimeException {

    private final int replyCode;

    MailRejectedException(int replyCode) {
        super(replyCode == 0 ? "address refused" : "refused by the mail server: " + replyCode, null, false, false);
        this.replyCode = replyCode;
    }

    public int replyCode() {
        return replyCode;
    }
}
