package dev.aiproof.delivery;

/**
 * Every slot for talking to the mail server is taken (a slow or hung server holds them until its timeouts): try
 * again shortly. Not a failure of this email, and nothing was sent.
 */
public class MailerBusyException extends RuntimeException {

    MailerBusyException() {
        super("all mail slots are busy", null, false, false);
    }
}
