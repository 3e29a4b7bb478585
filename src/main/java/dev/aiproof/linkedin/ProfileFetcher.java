package dev.aiproof.linkedin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * Fetches a public LinkedIn profile, safely: only our configured host, the handle as the only input, no redirects
 * followed, a size cap and a timeout. Throttling and server errors are retried (Resilience4j "linkedin"); a sign-in
 * wall or a missing profile is an answer, not an error: the person is asked for the PDF export.
 */
@Component
public class ProfileFetcher {

    private static final Set<String> WALL_MARKERS = Set.of("authwall", "join linkedin", "sign up | linkedin",
            "log in or sign up", "uas/login", "checkpoint/challenge");

    private final LinkedInProperties properties;
    private final HttpClient http;
    private final Retry retry;
    private final CircuitBreaker breaker;

    ProfileFetcher(LinkedInProperties properties, RetryRegistry retries, CircuitBreakerRegistry breakers) {
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.timeout())
                .build();
        this.retry = retries.retry("linkedin");
        this.breaker = breakers.circuitBreaker("linkedin");
    }

    public ProfileFetch fetch(ProfileUrl profile) {
        return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, () -> fetchOnce(profile))).get();
    }

    private ProfileFetch fetchOnce(ProfileUrl profile) {
        URI uri = URI.create(properties.baseUrl().replaceAll("/+$", "") + "/in/" + profile.handle() + "/");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.timeout())
                .header("Accept", "text/html")
                .header("Accept-Language", "en")
                .GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                return answer(response.statusCode(), response.headers().firstValue("Location").orElse(""),
                        body.readNBytes(properties.maxBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("LinkedIn did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static ProfileFetch answer(int status, String location, byte[] body) {
        if (status == 429 || status >= 500 && status != 999) {
            throw new TransientFailure("LinkedIn answered " + status);
        }
        if (status >= 300 && status < 400) {
            return new ProfileFetch.NeedsDocument(location.contains("authwall") || location.contains("login")
                    ? "LinkedIn asks visitors to sign in before showing this profile."
                    : "LinkedIn sent us elsewhere instead of showing the profile.");
        }
        if (status == 404 || status == 410) {
            return new ProfileFetch.NeedsDocument("We found no public LinkedIn profile at that address.");
        }
        if (status != 200) {
            return new ProfileFetch.NeedsDocument("LinkedIn does not show this profile to us (" + status + ").");
        }
        String page = new String(body, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (WALL_MARKERS.stream().anyMatch(page::contains) && !page.contains("\"@type\":\"person\"")) {
            return new ProfileFetch.NeedsDocument("LinkedIn asks visitors to sign in before showing this profile.");
        }
        return new ProfileFetch.Page(body);
    }

    /** Worth another try: throttled, or the server failed. */
    static final class TransientFailure extends RuntimeException {
        TransientFailure(String message) {
            super(message);
        }
    }
}
