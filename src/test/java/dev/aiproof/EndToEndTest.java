package dev.aiproof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A CV goes in over HTTP; a report comes out, and exactly one email reaches a real SMTP server. */
class EndToEndTest extends ServiceTest {

    private final JsonMapper json = JsonMapper.shared();

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @CsvSource({
            "fixtures/e2e/senior-developer.txt, 15-1252",
            "fixtures/cv/nurse-senior.pdf,      29-1141",
            "fixtures/cv/developer-tables.docx, 15-1252"})
    void uploadedCvIsAssessedReportedAndEmailedOnce(String file, String soc) throws Exception {
        String domain = "e2e-" + UUID.randomUUID() + ".example";
        String email = "kari@" + domain;
        RestClient http = RestClient.create(baseUrl());

        ResponseEntity<String> accepted = http.post().uri("/api/assessments")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(UploadForm.of(Path.of(file), email))
                .retrieve().toEntity(String.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode body = json.readTree(accepted.getBody());
        String id = body.get("id").asString();
        assertThat(body.get("statusUrl").asString()).isEqualTo("/api/assessments/" + id);

        await().atMost(PIPELINE_TIMEOUT)
                .until(() -> json.readTree(http.get().uri("/api/assessments/{id}", id).retrieve().body(String.class))
                        .get("state").asString().equals("DELIVERED"));

        String report = http.get().uri("/api/assessments/{id}/report", id).retrieve().body(String.class);
        assertThat(ReportSchema.violations(report)).isEmpty();
        JsonNode parsed = json.readTree(report);
        assertThat(parsed.get("id").asString()).isEqualTo(id);
        assertThat(parsed.get("occupation").get("soc").asString()).isEqualTo(soc);
        assertThat(report).doesNotContain("@example.org").doesNotContain(email);
        int score = parsed.get("score").asInt();
        String band = parsed.get("band").asString();

        await().atMost(PIPELINE_TIMEOUT).until(() -> mailsFor(domain).length >= 1);
        Thread.sleep(1500); // a duplicate would arrive now, if there were one
        MimeMessage[] mails = mailsFor(domain);
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo(email);
        Map<String, String> parts = MailParts.of(mails[0]);
        assertThat(parts).containsKeys("text/plain", "text/html");
        String bandName = parsed.get("bandName").asString();
        assertThat(band).isNotBlank();
        assertThat(parts.get("text/plain")).contains(score + "/100").contains(bandName);
        assertThat(parts.get("text/html")).contains(">" + score + "<").contains(bandName + " exposure");
        assertThat(mails[0].getSubject()).contains(score + "/100");
        String attached = parts.get("application/pdf aiproof-report.pdf");
        assertThat(attached).as("PDF attachment").isNotNull();
        assertThat(pdfText(java.util.Base64.getDecoder().decode(attached))).contains(score + "/100");

        String reportPage = json.readTree(http.get().uri("/api/assessments/{id}", id).retrieve().body(String.class))
                .get("reportPage").asString();
        byte[] pdf = http.get().uri(java.net.URI.create(reportPage).getPath() + ".pdf").retrieve().body(byte[].class);
        assertThat(pdfText(pdf)).contains(score + "/100").contains("Your tasks");
        // delivered: the CV, its text and the intermediate stages are erased; the report stays for its page
        assertThat(jdbc.sql("select count(*) from assessment where id = ? and content is null and document is null"
                + " and profile is null and scored is null and report is not null").param(id).query(Integer.class)
                .single())
                .isEqualTo(1);
        assertThat(mails[0].getMessageID()).isEqualTo("<report-" + id + "@aiproof.local>");
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        return EndToEndTestSupport.pdfText(pdf);
    }

    private static MimeMessage[] mailsFor(String domain) {
        return TestMailServer.get().getReceivedMessagesForDomain(domain);
    }
}
