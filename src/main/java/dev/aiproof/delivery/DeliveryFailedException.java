package dev.aiproof.delivery;

/**
 * An email could not be handed to the mail server. Carries only the names of the failure's causes: SMTP messages
 * quote addresses, and this exception ends up in logs.
 */
public class DeliveryFailedException extends RuntimeException {

    DeliveryFailedException(Throwable failure) {
        super("email not delivered: " + causes(failure), null, false, false);
    }

    private static String causes(Throwable failure) {
        StringBuilder names = new StringBuilder(failure.getClass().getSimpleName());
        for (Throwable cause = failure.getCause(); cause != null
                && cause != cause.getCause(); cause = cause.getCause()) {
            names.append(" <- ").append(cause.getClass().getSimpleName());
        }
        return names.toString();
    }
}
