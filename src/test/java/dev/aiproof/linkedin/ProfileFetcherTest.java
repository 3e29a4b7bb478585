package dev.aiproof.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

/** Profiles that cannot be fetched are answers (ask for the PDF), on real sockets: refused, silent, trickling. */
class ProfileFetcherTest {

    private static final Duration TIMEOUT = Duration.ofMillis(700);

    @Test
    void aRefusedConnectionAsksForThePdf() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort(); // nothing listens here once closed
        }
        assertThat(fetcher("http://127.0.0.1:" + closed).fetch(new ProfileUrl("ola-hansen")))
                .isInstanceOf(ProfileFetch.NeedsDocument.class);
    }

    @Test
    void aServerThatNeverAnswersAsksForThePdfAfterThreeTimeouts() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> acceptAndHold(silent, null));
            long start = System.nanoTime();
            assertThat(fetcher("http://127.0.0.1:" + silent.getLocalPort()).fetch(new ProfileUrl("ola-hansen")))
                    .isInstanceOf(ProfileFetch.NeedsDocument.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(TIMEOUT.multipliedBy(3),
                    Duration.ofSeconds(10));
        }
    }

    /** Headers at once, then a body that never ends: the timeout covers the whole page, not just its headers. */
    @Test
    void aPageThatTricklesInForeverIsCutOffByTheTimeout() throws Exception {
        try (ServerSocket trickle = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> acceptAndHold(trickle,
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html>"));
            long start = System.nanoTime();
            assertThat(fetcher("http://127.0.0.1:" + trickle.getLocalPort()).fetch(new ProfileUrl("ola-hansen")))
                    .isInstanceOf(ProfileFetch.NeedsDocument.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }

    private static ProfileFetcher fetcher(String baseUrl) {
        RetryRegistry retries = RetryRegistry.of(RetryConfig.custom().maxAttempts(3).waitDuration(Duration.ofMillis(50))
                .retryExceptions(ProfileFetcher.TransientFailure.class, UncheckedIOException.class).build());
        return new ProfileFetcher(
                new LinkedInProperties(baseUrl, TIMEOUT, org.springframework.util.unit.DataSize.ofMegabytes(2)),
                retries,
                CircuitBreakerRegistry.ofDefaults());
    }

    /** Accepts every connection, writes {@code head} if any, and then keeps silent until closed. */
    private static void acceptAndHold(ServerSocket server, String head) {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                if (head != null) {
                    OutputStream out = socket.getOutputStream();
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException e) {
                return;
            }
        }
    }
}
