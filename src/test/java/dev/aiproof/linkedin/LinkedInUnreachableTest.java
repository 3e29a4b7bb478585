package dev.aiproof.linkedin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.MailParts;
import dev.aiproof.TestLinkedIn;
import dev.aiproof.TestMailServer;

/**
 * A LinkedIn profile that cannot be fetched ends in NEEDS_DOCUMENT within 30 s, with the email asking for the PDF
 * export, on the shipped timeout and retries (application.yml: no test overrides for linkedin).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "db-scheduler.polling-interval=200ms")
class LinkedInUnreachableTest {

    private static final Duration PROMISE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.shared();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMailServer::port);
        registry.add("aiproof.linkedin.base-url", TestLinkedIn::baseUrl);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    @Test
    void aProfileThatCannotBeFetchedAsksForThePdfWithinThirtySeconds() throws Exception {
        RestClient http = RestClient.create("http://127.0.0.1:" + port);
        String run = UUID.randomUUID().toString().substring(0, 8);
        // alone first, so that its three 5 s timeouts run in full (the others' failures would open the breaker)
        endsNeedingTheDocument(http, run, Map.of("silent", aResponse().withStatus(200).withFixedDelay(25_000)));
        Map<String, ResponseDefinitionBuilder> others = new LinkedHashMap<>();
        others.put("reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        others.put("down", aResponse().withStatus(503));
        others.put("bot", aResponse().withStatus(999));
        endsNeedingTheDocument(http, run, others);

        MimeMessage mail = TestMailServer.get().getReceivedMessagesForDomain("li-" + run + ".example")[0];
        assertThat(MailParts.of(mail).get("text/plain")).contains("Save to PDF");
    }

    private void endsNeedingTheDocument(RestClient http, String run, Map<String, ResponseDefinitionBuilder> answers)
            throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        long start = System.nanoTime();
        answers.forEach((kind, answer) -> {
            String handle = kind + "-" + run;
            TestLinkedIn.get().stubFor(get(urlEqualTo("/in/" + handle + "/")).willReturn(answer));
            ids.put(kind, submit(http, "https://www.linkedin.com/in/" + handle, kind + "@li-" + run + ".example"));
        });
        for (Map.Entry<String, String> entry : ids.entrySet()) {
            Duration left = PROMISE.minus(Duration.ofNanos(System.nanoTime() - start));
            await().atMost(left).pollInterval(Duration.ofMillis(200))
                    .until(() -> !"RECEIVED".equals(status(http, entry.getValue()).get("state").asString()));
            JsonNode status = status(http, entry.getValue());
            assertThat(status.get("state").asString()).as(entry.getKey()).isEqualTo("NEEDS_DOCUMENT");
            assertThat(status.get("error").get("code").asString()).isEqualTo("LINKEDIN_NEEDS_PDF");
            // the status page says so too
            assertThat(http.get().uri("/assessments/{id}", entry.getValue()).retrieve().body(String.class))
                    .contains("Save to PDF");
        }
        for (String kind : answers.keySet()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> count(kind + "@li-" + run + ".example") == 1);
        }
    }

    private static long count(String address) throws Exception {
        long n = 0;
        for (MimeMessage m : TestMailServer.get().getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                n++;
            }
        }
        return n;
    }

    private String submit(RestClient http, String url, String email) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("linkedinUrl", url);
        form.add("email", email);
        form.add("consent", "true");
        return json.readTree(http.post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .retrieve().body(String.class)).get("id").asString();
    }

    private JsonNode status(RestClient http, String id) {
        return json.readTree(http.get().uri("/api/assessments/{id}", id).retrieve().body(String.class));
    }
}
