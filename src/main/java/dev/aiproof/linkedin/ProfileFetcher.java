package dev.aiproof.linkedin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.stereotype.Component;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * Fetches a public LinkedIn profile, safely: only our configured host, the handle as the only input, no redirects
 * followed, a size cap and a timeout. Throttling, server errors and timeouts are retried (Resilience4j "linkedin");
 * a sign-in wall, a missing profile or a profile that cannot be fetched is an answer, not an error: the person is
 * asked for the PDF export.
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

    /**
     * The page, or the reason to ask for the PDF export instead. A profile that cannot be fetched at all (refused,
     * timed out, still throttled or failing after the retries, or LinkedIn's circuit open) is no reason to keep the
     * person waiting: with the default retries and timeout this answers within about 21 s (3 × 5 s + 2 s + 4 s).
     */
    public ProfileFetch fetch(ProfileUrl profile) {
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, () -> fetchOnce(profile)))
                    .get();
        } catch (UncheckedIOException e) {
            return new ProfileFetch.NeedsDocument(
                    "LinkedIn could not be reached (" + e.getCause().getClass().getSimpleName() + ").");
        } catch (TransientFailure e) {
            return new ProfileFetch.NeedsDocument(e.getMessage() + ", also after retries.");
        } catch (CallNotPermittedException e) {
            return new ProfileFetch.NeedsDocument("LinkedIn has been failing for a while; we did not ask it again.");
        }
    }

    /** One request; {@code timeout} bounds all of it, from connecting to the last byte of the page. */
    private ProfileFetch fetchOnce(ProfileUrl profile) {
        URI uri = URI.create(properties.baseUrl().replaceAll("/+$", "") + "/in/" + profile.handle() + "/");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.timeout())
                .header("Accept", "text/html")
                .header("Accept-Language", "en")
                .GET().build();
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        HttpResponse.BodyHandler<Void> capped = info -> HttpResponse.BodySubscribers.ofByteArrayConsumer(
                chunk -> chunk.ifPresent(bytes -> page.write(bytes, 0, Math.max(0, Math.min(bytes.length,
                        properties.maxPageBytes() - page.size())))));
        CompletableFuture<HttpResponse<Void>> exchange = http.sendAsync(request, capped);
        try {
            HttpResponse<Void> response = exchange.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return answer(response.statusCode(), response.headers().firstValue("Location").orElse(""),
                    page.toByteArray());
        } catch (TimeoutException e) {
            exchange.cancel(true); // a page that trickles in must not hold the pipeline thread past the timeout
            throw new UncheckedIOException(new HttpTimeoutException("no complete answer in " + properties.timeout()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("LinkedIn did not answer", io);
            }
            throw new IllegalStateException("LinkedIn request failed", e.getCause());
        } catch (InterruptedException e) {
            exchange.cancel(true);
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
