package dev.aiproof.delivery;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * The one rule for an address we send to, applied when it is submitted and again before each email: what passes
 * here the mail library accepts and writes into SMTP unchanged. Stricter than RFC 5322 on purpose: a bare
 * {@code local@domain}, an ASCII dot-atom local part (the server need not speak SMTPUTF8), a domain with a dot
 * that is written as ASCII (an internationalised one is turned into its xn-- form), and no control, format or
 * separator character anywhere (U+2028 passes jakarta.mail's own parser).
 */
public final class MailAddress {

    /** RFC 5321: 64 for the local part, 254 for the whole path. */
    private static final int MAX_LENGTH = 254;
    private static final Pattern LOCAL = Pattern
            .compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern
            .compile("([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]");

    private MailAddress() {
    }

    /** The address as it will be sent, or empty when we would not (or could not) send to it. */
    public static Optional<String> deliverable(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        // only plain spaces and tabs around it are forgiven; any other invisible character refuses the address
        String address = text.replaceAll("^[ \t]+|[ \t]+$", "");
        int at = address.lastIndexOf('@');
        if (address.codePoints().anyMatch(MailAddress::forbidden) || at < 1 || at != address.indexOf('@')) {
            return Optional.empty();
        }
        String local = address.substring(0, at);
        String domain;
        try {
            domain = IDN.toASCII(address.substring(at + 1), IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String candidate = local + "@" + domain;
        if (local.length() > 64 || candidate.length() > MAX_LENGTH || !LOCAL.matcher(local).matches()
                || !DOMAIN.matcher(domain).matches()) {
            return Optional.empty();
        }
        try {
            InternetAddress parsed = new InternetAddress(candidate, true);
            parsed.validate();
            return parsed.getPersonal() == null && candidate.equals(parsed.getAddress())
                    ? Optional.of(candidate)
                    : Optional.empty();
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    /** Checked before the domain's IDN conversion, which would silently drop some of them (U+00AD, U+200B). */
    private static boolean forbidden(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || Character.isWhitespace(c) || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SPACE_SEPARATOR;
    }
}
