package dev.aiproof.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.ServiceProcess;
import dev.aiproof.UploadForm;

/**
 * A 202 means stored on disk: the packaged jar, on its default embedded database (the H2 file under ./data of
 * its working directory), takes 8 submissions and is killed with SIGKILL right after the last 202. Started again,
 * it knows every one of them and delivers each, once (counted by Message-ID).
 */
class DurabilityIT {

    private static final int SUBMISSIONS = 8;

    @TempDir
    Path dir;

    private final JsonMapper json = JsonMapper.shared();
    private GreenMail mail;

    @BeforeEach
    void startMail() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    @AfterEach
    void stopMail() {
        mail.stop();
    }

    @Test
    void everySubmissionAnswered202SurvivesAKillMinus9() throws Exception {
        List<String> arguments = List.of(
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
                // a killed instance's running stages are taken over after 4 missed 1 s heartbeats, not 40 s
                "--db-scheduler.heartbeat-interval=1s", "--db-scheduler.missed-heartbeats-limit=4");
        List<String> ids = new ArrayList<>();
        try (ServiceProcess first = new ServiceProcess(dir, "first", arguments).start()) {
            first.awaitUp(Duration.ofMinutes(3));
            RestClient http = RestClient.create(first.baseUrl());
            for (int i = 0; i < SUBMISSIONS; i++) {
                ResponseEntity<String> accepted = http.post().uri("/api/assessments")
                        .contentType(MediaType.MULTIPART_FORM_DATA)
                        .body(UploadForm.of(Path.of("fixtures/e2e/senior-developer.txt").toAbsolutePath(),
                                "kill" + i + "@h2-kill.example"))
                        .retrieve().toEntity(String.class);
                assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
                ids.add(json.readTree(accepted.getBody()).get("id").asString());
            }
            first.kill();
        }

        try (ServiceProcess second = new ServiceProcess(dir, "second", arguments).start()) {
            second.awaitUp(Duration.ofMinutes(3));
            RestClient http = RestClient.create(second.baseUrl());
            for (String id : ids) {
                int status = http.get().uri("/api/assessments/{id}", id)
                        .exchange((req, res) -> res.getStatusCode().value());
                assertThat(status).as("assessment %s after the kill", id).isEqualTo(200);
            }
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> ids.stream()
                    .allMatch(id -> "DELIVERED".equals(state(http, id))));
            Thread.sleep(1000); // a second copy would come within the stage's own retry, not later
            Map<String, Set<String>> messageIds = messageIdsByRecipient(mail.getReceivedMessages());
            for (int i = 0; i < SUBMISSIONS; i++) {
                assertThat(messageIds.get("kill" + i + "@h2-kill.example")).as("emails to submission %d", i)
                        .containsExactly("<report-" + ids.get(i) + "@aiproof.local>");
            }
        }
    }

    private String state(RestClient http, String id) {
        return json.readTree(http.get().uri("/api/assessments/{id}", id).retrieve().body(String.class))
                .get("state").asString();
    }

    /** Distinct Message-IDs per recipient: a resend after a crash carries the same id and folds into one. */
    static Map<String, Set<String>> messageIdsByRecipient(MimeMessage[] messages) throws Exception {
        Map<String, Set<String>> byRecipient = new TreeMap<>();
        for (MimeMessage message : messages) {
            String to = message.getAllRecipients()[0].toString();
            byRecipient.computeIfAbsent(to, k -> new java.util.TreeSet<>()).add(message.getMessageID());
        }
        return byRecipient;
    }
}
