package dev.aiproof.linkedin;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A LinkedIn public-profile address, reduced to its handle. Only the handle is kept: the address we fetch is
 * always built from our configured base URL, never from what a person typed, so no URL of theirs is ever fetched.
 */
public record ProfileUrl(String handle) {

    private static final Pattern PROFILE = Pattern.compile(
            "^https?://([a-z]{2,3}\\.)?(www\\.)?linkedin\\.com/in/([A-Za-z0-9\\-_%]{3,100})/?(\\?.*)?$");

    /** The handle of a linkedin.com/in/… address, or empty for anything else. */
    public static Optional<ProfileUrl> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip();
        if (!candidate.toLowerCase(Locale.ROOT).startsWith("http")) {
            candidate = "https://" + candidate;
        }
        Matcher matcher = PROFILE.matcher(candidate);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            URI.create(candidate); // rejects what the pattern let through but a URL may not hold
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(new ProfileUrl(matcher.group(3)));
    }

    public String canonical() {
        return "https://www.linkedin.com/in/" + handle;
    }
}
