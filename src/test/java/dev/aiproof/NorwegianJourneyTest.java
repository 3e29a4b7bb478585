package dev.aiproof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Norwegian from end to end: a Norwegian CV gets a Norwegian report, email, PDF and pages unless the person chose
 * otherwise, and the choice wins in both directions.
 */
class NorwegianJourneyTest extends ServiceTest {

    private static final Path NORWEGIAN_CV = Path.of("fixtures/cv/labelled/11-sykepleier-senior.txt");
    private static final Path ENGLISH_CV = Path.of("fixtures/e2e/senior-developer.txt");

    private final JsonMapper json = JsonMapper.shared();

    @Test
    void aNorwegianCvGetsANorwegianReportEmailAndPdf() throws Exception {
        String domain = "nb-" + UUID.randomUUID() + ".example";
        Submitted submitted = submit(NORWEGIAN_CV, "kari@" + domain, null);

        assertThat(submitted.status().get("language").asString()).isEqualTo("nb");
        JsonNode report = submitted.report();
        assertThat(report.get("language").asString()).isEqualTo("nb");
        assertThat(report.get("occupation").get("title").asString()).isEqualTo("Sykepleier");
        assertThat(LanguageCheck.englishTexts(report)).isEmpty();
        assertThat(report.get("bandName").asString()).isIn("Lav", "Moderat", "Høy", "Svært høy");

        await().atMost(PIPELINE_TIMEOUT)
                .until(() -> TestMailServer.get().getReceivedMessagesForDomain(domain).length == 1);
        MimeMessage mail = TestMailServer.get().getReceivedMessagesForDomain(domain)[0];
        assertThat(mail.getSubject()).startsWith("Din KI-eksponering: " + report.get("score").asInt() + "/100");
        Map<String, String> parts = MailParts.of(mail);
        assertThat(parts.get("text/plain")).contains("Oppgavene dine").contains("Planen din")
                .doesNotContain("Your tasks").doesNotContain("Your plan");
        assertThat(parts.get("text/html")).contains("lang=\"nb\"").contains("Oppgavene dine")
                .contains("Hei! Her er din personlige rapport fra aiproof").doesNotContain("Your tasks");
        String pdf = EndToEndTestSupport.pdfText(java.util.Base64.getDecoder()
                .decode(parts.get("application/pdf aiproof-report.pdf")));
        assertThat(pdf).contains("Oppgavene dine").contains("Din KI-eksponering").doesNotContain("Your tasks");

        String page = RestClient.create(baseUrl()).get()
                .uri(java.net.URI.create(submitted.status().get("reportPage").asString()).getPath())
                .retrieve().body(String.class);
        assertThat(page).contains("lang=\"nb\"").contains("Rapport om KI-eksponering").contains("Last ned som PDF");
    }

    @Test
    void theChosenLanguageWinsOverTheCvs() throws Exception {
        JsonNode norwegianInEnglish = submit(NORWEGIAN_CV, "en-" + UUID.randomUUID() + "@choice.example", "en")
                .report();
        assertThat(norwegianInEnglish.get("language").asString()).isEqualTo("en");
        assertThat(norwegianInEnglish.get("occupation").get("title").asString()).isEqualTo("Registered Nurses");
        assertThat(norwegianInEnglish.get("insights").get(0).asString()).contains("of your");

        JsonNode englishInNorwegian = submit(ENGLISH_CV, "nb-" + UUID.randomUUID() + "@choice.example", "nb").report();
        assertThat(englishInNorwegian.get("language").asString()).isEqualTo("nb");
        assertThat(LanguageCheck.englishTexts(englishInNorwegian)).isEmpty();

        JsonNode englishAuto = submit(ENGLISH_CV, "auto-" + UUID.randomUUID() + "@choice.example", null).report();
        assertThat(englishAuto.get("language").asString()).isEqualTo("en");
    }

    @Test
    void refusalsAndPagesFollowAcceptLanguage() {
        RestClient http = RestClient.create(baseUrl());
        var refused = http.post().uri("/api/assessments").header("Accept-Language", "nb-NO,nb;q=0.9,en;q=0.5")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(UploadForm.of("cv.txt", "Sykepleier".getBytes(), ""))
                .exchange((request, response) -> Map.entry(response.getStatusCode(),
                        new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(refused.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getValue()).get("detail").asString())
                .isEqualTo("Skriv inn e-postadressen rapporten skal sendes til.");

        String form = http.get().uri("/").header("Accept-Language", "no").retrieve().body(String.class);
        assertThat(form).contains("lang=\"nb\"").contains("Hvor utsatt er arbeidet ditt for KI?")
                .contains("Vurder CV-en min").doesNotContain("Assess my CV");
        String english = http.get().uri("/").header("Accept-Language", "de-DE,en;q=0.8").retrieve().body(String.class);
        assertThat(english).contains("lang=\"en\"").contains("Assess my CV");
    }

    private Submitted submit(Path cv, String email, String language) throws Exception {
        RestClient http = RestClient.create(baseUrl());
        MultiValueMap<String, Object> form = UploadForm.of(cv.getFileName().toString(), Files.readAllBytes(cv), email);
        if (language != null) {
            form.add("language", language);
        }
        String id = json.readTree(http.post().uri("/api/assessments").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form).retrieve().body(String.class)).get("id").asString();
        await().atMost(PIPELINE_TIMEOUT).until(() -> Set.of("REPORTED", "DELIVERED").contains(
                json.readTree(http.get().uri("/api/assessments/{id}", id).retrieve().body(String.class))
                        .get("state").asString()));
        JsonNode status = json.readTree(http.get().uri("/api/assessments/{id}", id).retrieve().body(String.class));
        JsonNode report = json
                .readTree(http.get().uri("/api/assessments/{id}/report", id).retrieve().body(String.class));
        assertThat(ReportSchema.violations(report.toString())).isEmpty();
        return new Submitted(status, report);
    }

    private record Submitted(JsonNode status, JsonNode report) {
    }
}
