package dev.aiproof.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import dev.aiproof.AiproofApplication;

/**
 * The service stops between two stages and starts again on the same database: the assessment completes and
 * exactly one email goes out.
 */
class RestartTest {

    @TempDir
    Path data;

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void stoppedWhileMailIsDownThenRestartedDeliversExactlyOnce(CapturedOutput logs) throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort(); // nothing listens here once closed: SMTP is down
        }
        String id;
        try (ConfigurableApplicationContext first = start(deadPort, true)) {
            Pipeline pipeline = first.getBean(Pipeline.class);
            id = pipeline.submit(submission("restart@mail-down.example")).id();
            // reported and committed; delivery keeps failing while SMTP is down
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> pipeline.find(id).orElseThrow().state() == AssessmentState.REPORTED);
            Thread.sleep(1500);
            assertThat(pipeline.find(id).orElseThrow().state()).isEqualTo(AssessmentState.REPORTED);
        }

        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try (ConfigurableApplicationContext second = start(mail.getSmtp().getPort(), true)) {
            Pipeline pipeline = second.getBean(Pipeline.class);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> pipeline.find(id).orElseThrow().state() == AssessmentState.DELIVERED);
            Thread.sleep(1500);
            assertThat(mail.getReceivedMessagesForDomain("mail-down.example")).hasSize(1);
            assertThat(pipeline.report(id)).isPresent();
            // failures and retries were logged, but neither the address nor a line of the CV (GreenMail, the test's
            // SMTP server, logs the address itself: its lines are not ours)
            String ours = logs.getAll().lines().filter(line -> !line.contains("c.icegreen.greenmail"))
                    .collect(java.util.stream.Collectors.joining("\n"));
            assertThat(ours).contains("assessment-deliver")
                    .doesNotContain("restart@mail-down.example", "Kari", "Fjordpay", "card-payment");
        } finally {
            mail.stop();
        }
    }

    @Test
    void submissionStoredBeforeAStopIsCompletedAfterTheRestart() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            String id;
            try (ConfigurableApplicationContext first = start(mail.getSmtp().getPort(), false)) {
                Pipeline pipeline = first.getBean(Pipeline.class);
                id = pipeline.submit(submission("restart@stopped-early.example")).id();
                assertThat(pipeline.find(id).orElseThrow().state()).isEqualTo(AssessmentState.RECEIVED);
            }
            try (ConfigurableApplicationContext second = start(mail.getSmtp().getPort(), true)) {
                Pipeline pipeline = second.getBean(Pipeline.class);
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> pipeline.find(id).orElseThrow().state() == AssessmentState.DELIVERED);
                Thread.sleep(1500);
                assertThat(mail.getReceivedMessagesForDomain("stopped-early.example")).hasSize(1);
            }
        } finally {
            mail.stop();
        }
    }

    private ConfigurableApplicationContext start(int smtpPort, boolean runTasks) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", "jdbc:h2:file:" + data.resolve("db").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", smtpPort);
        properties.put("db-scheduler.enabled", runTasks);
        properties.put("db-scheduler.polling-interval", "200ms");
        properties.put("db-scheduler.heartbeat-interval", "1s");
        properties.put("aiproof.pipeline.initial-backoff", "300ms");
        properties.put("aiproof.pipeline.max-attempts", "50");
        properties.put("resilience4j.retry.instances.smtp.wait-duration", "50ms");
        properties.put("resilience4j.circuitbreaker.instances.smtp.wait-duration-in-open-state", "200ms");
        properties.put("server.port", "0");
        return new SpringApplicationBuilder(AiproofApplication.class).web(WebApplicationType.NONE)
                .run(arguments(properties));
    }

    private static Submission submission(String email) throws Exception {
        return new Submission("cv.txt", Files.readAllBytes(Path.of("fixtures/e2e/senior-developer.txt")), null, email,
                "en");
    }

    /** As arguments: SpringApplicationBuilder.properties() are defaults, below config/application.yml. */
    private static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}
