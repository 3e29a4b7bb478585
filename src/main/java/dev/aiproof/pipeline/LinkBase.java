package dev.aiproof.pipeline;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Where emailed links start: {@code aiproof.pipeline.public-url} when it is set; else the address the submission
 * came to, recorded with it when it was accepted ({@link #ofCurrentRequest()}); else {@link #FALLBACK} (a submission
 * made without a request, as a test or a tool calling the pipeline does).
 *
 * <p>The recorded address is what the servlet request says it was reached at: its Host header, or, with
 * {@code server.forward-headers-strategy=native}, the {@code X-Forwarded-Host} and {@code X-Forwarded-Proto} that
 * Tomcat accepts from a trusted proxy. Whoever submits chooses those headers, so only a plain http or https address
 * of a well-formed host is kept, and a public service sets {@code public-url}.
 */
final class LinkBase {

    static final String FALLBACK = "http://localhost:8080";

    /** The most of an address that is recorded (the column is wider); a longer one is not recorded. */
    static final int MAX_LENGTH = 255;

    private static final Pattern HOST = Pattern.compile(
            "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\\[[0-9a-f:.]+]");
    private static final Pattern PATH = Pattern.compile("(?:/[A-Za-z0-9._~%-]+)*");

    private LinkBase() {
    }

    /**
     * The base of the current request's address (scheme, host, port, context path, no trailing slash), or null
     * outside a servlet request or when it is no plain http(s) address of a well-formed host.
     */
    static String ofCurrentRequest() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes)) {
            return null;
        }
        try {
            UriComponents uri = ServletUriComponentsBuilder.fromCurrentContextPath().build();
            return of(uri.getScheme(), uri.getHost(), uri.getPort(), uri.getPath());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The address these parts make, or null when it is no plain http(s) address (see {@link #ofCurrentRequest()}). */
    static String of(String scheme, String host, int port, String path) {
        if (scheme == null || host == null) {
            return null;
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        String rest = path == null ? "" : path.replaceAll("/+$", "");
        if (!("http".equals(scheme) || "https".equals(scheme)) || !HOST.matcher(host).matches()
                || port < -1 || port == 0 || port > 65535 || !PATH.matcher(rest).matches()) {
            return null;
        }
        boolean usual = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String base = scheme + "://" + host + (usual ? "" : ":" + port) + rest;
        return base.length() > MAX_LENGTH ? null : base;
    }

    /**
     * A configured {@code public-url}: null when blank (unset), else the same address without trailing slashes.
     *
     * @throws IllegalArgumentException when it is no absolute http(s) address, or has a user, query or fragment
     */
    static String configured(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip().replaceAll("/+$", "");
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawUserInfo() == null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return trimmed;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new IllegalArgumentException("aiproof.pipeline.public-url must be an http or https address such as "
                + "https://aiproof.example.com (no user, query or fragment), not '" + url + "'");
    }

    /** The base of an assessment's links: the configured one, else the one recorded with it, else the fallback. */
    static String choose(String publicUrl, String recorded) {
        if (publicUrl != null) {
            return publicUrl;
        }
        return recorded != null ? recorded : FALLBACK;
    }
}
