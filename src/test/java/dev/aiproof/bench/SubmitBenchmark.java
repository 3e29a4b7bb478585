package dev.aiproof.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import dev.aiproof.ServiceProcess;
import dev.aiproof.UploadForm;

/**
 * The packaged service under many people at once: {@value #SUBMITTERS} submitters post CVs concurrently to
 * {@code POST /api/assessments} on the default embedded setup (H2 file database, offline profiler), with a real SMTP
 * server (GreenMail) taking the reports. Measures the POST answer time while the pipeline is busy, and the rate at
 * which reports are delivered once a backlog has formed. Needs {@code target/aiproof.jar}.
 * Run: {@code ./mvnw -o -DskipTests package && ./mvnw -o -Pbench test -Dtest=SubmitBenchmark}
 */
@Tag("benchmark")
class SubmitBenchmark {

    private static final int SUBMITTERS = 50;
    private static final int PER_SUBMITTER = 4;
    private static final List<String> FORMATS = List.of("nurse-senior.pdf", "developer-tables.docx", "chef.rtf");

    @TempDir
    Path dir;

    @Test
    void fiftyConcurrentSubmitters() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        List<Path> cvs = cvs();
        try (ServiceProcess service = new ServiceProcess(dir, "service", List.of(
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
                // every submission comes from one client here: the abuse limit would refuse most of them
                "--aiproof.limits.per-client-per-hour=0")).start()) {
            service.awaitUp(Duration.ofMinutes(3));
            RestClient http = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory(
                    HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build())).build();
            String url = service.baseUrl() + "/api/assessments";

            int total = SUBMITTERS * PER_SUBMITTER;
            List<Double> postMs = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger refused = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> submitters = new ArrayList<>();
            for (int s = 0; s < SUBMITTERS; s++) {
                int submitter = s;
                submitters.add(Thread.ofPlatform().start(() -> {
                    try {
                        start.await();
                        for (int k = 0; k < PER_SUBMITTER; k++) {
                            int i = submitter * PER_SUBMITTER + k;
                            Path cv = cvs.get(i % cvs.size());
                            var form = UploadForm.of(cv, "bench-" + i + "@example.com");
                            long t = System.nanoTime();
                            int status = http.post().uri(url).contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                                    .exchange((req, res) -> res.getStatusCode().value());
                            postMs.add((System.nanoTime() - t) / 1e6);
                            if (status != 202) {
                                refused.incrementAndGet();
                            }
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            long t0 = System.nanoTime();
            start.countDown();
            for (Thread t : submitters) {
                t.join();
            }
            double submitted = (System.nanoTime() - t0) / 1e9;
            assertThat(refused).as("submissions not answered 202").hasValue(0);

            // delivery times, sampled every 100 ms, until every report is in the mailbox
            List<Double> deliveredAt = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (deliveredAt.size() < total && System.nanoTime() < deadline) {
                int now = mail.getReceivedMessages().length;
                double at = (System.nanoTime() - t0) / 1e9;
                while (deliveredAt.size() < now) {
                    deliveredAt.add(at);
                }
                Thread.sleep(100);
            }
            assertThat(deliveredAt).as("reports delivered").hasSize(total);
            // the steady part of the backlog: from the 10th to the 90th percentile of deliveries
            int from = total / 10;
            int to = total * 9 / 10;
            double steady = (to - from) / (deliveredAt.get(to - 1) - deliveredAt.get(from - 1));
            System.out.printf("%d submissions from %d concurrent submitters, all answered 202 in %.1f s%n",
                    total, SUBMITTERS, submitted);
            System.out.printf("POST /api/assessments: p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    percentile(postMs, 50), percentile(postMs, 90), percentile(postMs, 99), percentile(postMs, 100));
            double last = deliveredAt.get(total - 1);
            System.out.printf(
                    "delivered: all %d in %.1f s after the first POST = %.1f reports/s (%.0f a minute) sustained;"
                            + " %.1f reports/s between the %dth and %dth delivery%n",
                    total, last, total / last, total / last * 60,
                    steady, from, to);
        } finally {
            mail.stop();
        }
    }

    /** Mostly the labelled text CVs, every tenth one a PDF, DOCX or RTF: what people send. */
    private static List<Path> cvs() throws Exception {
        List<Path> text;
        try (Stream<Path> files = Files.list(Path.of("fixtures/cv/labelled"))) {
            text = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Path> cvs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            cvs.add(i % 10 == 3
                    ? Path.of("fixtures/cv", FORMATS.get(i / 10 % FORMATS.size()))
                    : text.get(i * 7 % text.size()));
        }
        return cvs;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
