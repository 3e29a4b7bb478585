package dev.aiproof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * A mail server that accepts connections and then says nothing (a hung SMTP server): emails wait, but new CVs are
 * still read, profiled, scored and reported, and the probes a load balancer asks stay UP with mail shown DOWN.
 * The SMTP read timeout is set far beyond the test's deadlines, so only the isolation of delivery can pass it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "db-scheduler.polling-interval=200ms",
        "db-scheduler.threads=4",
        "resilience4j.bulkhead.instances.smtp.max-concurrent-calls=2",
        "aiproof.pipeline.busy-wait=200ms",
        "spring.mail.properties[mail.smtp.connectiontimeout]=120000",
        "spring.mail.properties[mail.smtp.timeout]=120000",
        "spring.mail.properties[mail.smtp.writetimeout]=120000"
})
class MailOutageTest {

    private static final HungServer SMTP = new HungServer();
    private static final int THREADS = 4; // db-scheduler.threads above

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.shared();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stop() throws IOException {
        SMTP.close();
    }

    @Test
    void aHungMailServerHoldsOnlyEmailsNotTheOtherStagesNorTheProbes() throws Exception {
        RestClient http = RestClient.create("http://127.0.0.1:" + port);
        List<String> first = submit(http, 0, THREADS);
        // the first emails take the bulkhead's two slots and wait for a greeting that never comes
        await().atMost(Duration.ofSeconds(90)).until(() -> SMTP.connections() == 2 && reported(http, first));
        Thread.sleep(1000);
        assertThat(SMTP.connections()).isEqualTo(2);

        // as many new CVs as there are pipeline threads still go all the way to their report
        List<String> more = submit(http, THREADS, THREADS);
        await().atMost(Duration.ofSeconds(90)).until(() -> reported(http, more));
        assertThat(SMTP.connections()).isEqualTo(2);

        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            long start = System.nanoTime();
            int status = http.get().uri(probe).exchange((req, res) -> res.getStatusCode().value());
            assertThat(status).as(probe).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(probe).isLessThan(Duration.ofSeconds(5));
        }
        String readiness = http.get().uri("/actuator/health/readiness").retrieve().body(String.class);
        assertThat(json.readTree(readiness).get("status").asString()).isEqualTo("UP");
        assertThat(readiness).contains("\"db\"").doesNotContain("mail");
    }

    private List<String> submit(RestClient http, int from, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            String body = http.post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(UploadForm.of(Path.of("fixtures/e2e/senior-developer.txt"),
                            "hung" + i + "@hung-smtp.example"))
                    .retrieve().body(String.class);
            ids.add(json.readTree(body).get("id").asString());
        }
        return ids;
    }

    private boolean reported(RestClient http, List<String> ids) {
        return ids.stream().allMatch(id -> "REPORTED".equals(json.readTree(http.get().uri("/api/assessments/{id}", id)
                .retrieve().body(String.class)).get("state").asString()));
    }

    /** Accepts TCP connections and never sends a byte: an SMTP server that hangs before its greeting. */
    static final class HungServer implements AutoCloseable {

        private final ServerSocket socket;
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();

        HungServer() {
            try {
                socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Thread.ofVirtual().start(() -> {
                while (!socket.isClosed()) {
                    try {
                        accepted.add(socket.accept());
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        int port() {
            return socket.getLocalPort();
        }

        int connections() {
            return accepted.size();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket s : accepted) {
                s.close();
            }
        }
    }
}
