package dev.aiproof.intake;

import static dev.aiproof.intake.ApiFixtures.ID;
import static dev.aiproof.intake.ApiFixtures.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import dev.aiproof.pipeline.AssessmentState;
import dev.aiproof.pipeline.Pipeline;
import dev.aiproof.pipeline.Submission;
import dev.aiproof.taxonomy.Language;

/**
 * The REST API in the web slice: {@link AssessmentApi} with the real submission checks, error handling, page
 * language and security chain; the pipeline (another module), the database-backed limits and the taxonomy-backed
 * catalogue are mocks. What is checked is what the web layer itself does: binding, validation, statuses,
 * problem+json bodies in the request's language, headers, and what it hands the pipeline.
 */
@WebMvcTest(controllers = AssessmentApi.class, properties = "aiproof.extraction.max-file-size=1MB")
@Import(WebSlice.class)
class AssessmentApiWebTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Pipeline pipeline;
    @MockitoBean
    SubmissionLimits limits;
    @MockitoBean
    OccupationCatalogue occupations;

    @Test
    void anAcceptedCvIsHandedToThePipelineAsTheValidatorReadIt() throws Exception {
        when(pipeline.submit(any())).thenReturn(ApiFixtures.assessment(AssessmentState.RECEIVED));
        byte[] cv = "Sykepleier\nOslo universitetssykehus 2015 – nå".getBytes(StandardCharsets.UTF_8);

        mvc.perform(form(new MockMultipartFile("file", "kari-cv.txt", "text/plain", cv), " Kari@Eksempel.NO ", "true")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "nb-NO,nb;q=0.9,en;q=0.5"))
                .andExpect(status().isAccepted())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/assessments/" + ID))
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value(ID))
                .andExpect(jsonPath("$.statusUrl").value("/api/assessments/" + ID))
                .andExpect(jsonPath("$.state").value("RECEIVED"))
                // the API is CSRF-exempt and stateless: no token was needed, and no cookie is set
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));

        ArgumentCaptor<Submission> handed = ArgumentCaptor.forClass(Submission.class);
        verify(pipeline).submit(handed.capture());
        Submission submission = handed.getValue();
        assertThat(submission.email()).isEqualTo("Kari@eksempel.no");
        assertThat(submission.fileName()).isEqualTo("kari-cv.txt");
        assertThat(submission.content()).isEqualTo(cv);
        assertThat(submission.linkedinUrl()).isNull();
        assertThat(submission.language()).isEqualTo("auto");
        assertThat(submission.pageLanguage()).isEqualTo("nb");
    }

    @Test
    void aLinkedInAddressIsHandedOnInItsCanonicalForm() throws Exception {
        when(pipeline.submit(any())).thenReturn(ApiFixtures.assessment(AssessmentState.RECEIVED));

        mvc.perform(
                form(null, "kari@example.com", "true").param("linkedinUrl", "linkedin.com/in/kari-nordmann/?trk=share")
                        .param("language", "EN"))
                .andExpect(status().isAccepted());

        ArgumentCaptor<Submission> handed = ArgumentCaptor.forClass(Submission.class);
        verify(pipeline).submit(handed.capture());
        assertThat(handed.getValue().linkedinUrl()).isEqualTo("https://www.linkedin.com/in/kari-nordmann");
        assertThat(handed.getValue().content()).isNull();
        assertThat(handed.getValue().language()).isEqualTo("en");
    }

    @Test
    void consentIsExactlyTrueAndNothingIsStoredWithoutIt() throws Exception {
        for (String consent : new String[] {"TRUE", "yes", "on", "1", ""}) {
            problem(mvc.perform(form(ApiFixtures.cv(), "kari@example.com", consent)), 400, "CONSENT_REQUIRED")
                    .andExpect(jsonPath("$.detail").value(
                            "Please agree that we may process your CV to write your report (it is deleted after delivery)."));
        }
        verify(pipeline, never()).submit(any());
    }

    @Test
    void aRefusalIsProblemJsonInTheLanguageOfTheRequest() throws Exception {
        problem(mvc.perform(form(ApiFixtures.cv(), null, "true").header(HttpHeaders.ACCEPT_LANGUAGE, "nb")), 400,
                "EMAIL_REQUIRED")
                .andExpect(jsonPath("$.detail").value("Skriv inn e-postadressen rapporten skal sendes til."))
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.type").value("https://aiproof.dev/problems/email-required"))
                .andExpect(jsonPath("$.instance").value("/api/assessments"));
        problem(mvc.perform(form(ApiFixtures.cv(), "kari@", "true")), 400, "EMAIL_INVALID");
        problem(mvc.perform(form(null, "kari@example.com", "true")), 400, "FILE_REQUIRED");
        problem(mvc.perform(form(null, "kari@example.com", "true").param("linkedinUrl", "https://example.com/in/kari")),
                400,
                "LINKEDIN_URL_INVALID");
        problem(mvc.perform(form(ApiFixtures.cv(), "kari@example.com", "true").param("language", "de")), 400,
                "LANGUAGE_UNSUPPORTED");
        problem(mvc.perform(form(ApiFixtures.brokenUpload(), "kari@example.com", "true")), 400, "UPLOAD_INCOMPLETE");
        problem(mvc.perform(
                form(new MockMultipartFile("file", "cv.pdf", "application/pdf", new byte[0]), "kari@example.com",
                        "true")),
                422, "NO_TEXT")
                .andExpect(jsonPath("$.detail").value("The file you chose is empty."));
        verify(pipeline, never()).submit(any());
    }

    /** The limit is the configured one (1 MB here), and the sentence says so. */
    @Test
    void aFileOverTheConfiguredLimitIsTooLarge() throws Exception {
        problem(mvc.perform(form(new MockMultipartFile("file", "cv.pdf", "application/pdf", new byte[1024 * 1024 + 1]),
                "kari@example.com", "true")), 413, "TOO_LARGE")
                .andExpect(jsonPath("$.detail")
                        .value(startsWith("The file is larger than we accept. Please upload a CV under 1 MB")));
        verify(pipeline, never()).submit(any());
    }

    /** Refused submissions count against the client too: its limit is taken before the submission is judged. */
    @Test
    void theClientIsCountedBeforeValidationAndTheAddressAfter() throws Exception {
        problem(mvc.perform(form(ApiFixtures.cv(), "kari@", "true")), 400, "EMAIL_INVALID");
        verify(limits).admitClient("127.0.0.1");
        verify(limits, never()).admitAddress(anyString());

        org.mockito.Mockito.clearInvocations(limits);
        when(pipeline.submit(any())).thenReturn(ApiFixtures.assessment(AssessmentState.RECEIVED));
        mvc.perform(form(ApiFixtures.cv(), "Kari+cv@Example.com", "true")).andExpect(status().isAccepted());
        InOrder order = inOrder(limits, pipeline);
        order.verify(limits).admitClient("127.0.0.1");
        order.verify(limits).admitAddress("Kari+cv@example.com");
        order.verify(pipeline).submit(any());
    }

    @Test
    void overALimitIs429WithRetryAfterAndTheWaitInWords() throws Exception {
        doThrow(new RateLimitedException("client", Duration.ofSeconds(299).plusMillis(1)))
                .when(limits).admitClient(anyString());
        problem(mvc.perform(form(ApiFixtures.cv(), "kari@example.com", "true")), 429, "RATE_LIMITED")
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "300"))
                .andExpect(jsonPath("$.detail").value(
                        "Many assessments have been sent from your connection in a short time. Please try again in about 5 minutes."));

        org.mockito.Mockito.reset(limits);
        doThrow(new RateLimitedException("address", Duration.ofHours(20))).when(limits).admitAddress(anyString());
        problem(mvc
                .perform(form(ApiFixtures.cv(), "kari@example.com", "true").header(HttpHeaders.ACCEPT_LANGUAGE, "nb")),
                429, "RATE_LIMITED")
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "72000"))
                .andExpect(jsonPath("$.detail").value(startsWith("Denne adressen har allerede fått")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.endsWith("omtrent 20 timer.")));
        verifyNoInteractions(pipeline);
    }

    @Test
    void whatSpringMvcRefusesIsProblemJsonToo() throws Exception {
        problem(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/assessments")
                .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"kari@example.com\"}")), 415,
                "UNSUPPORTED_MEDIA_TYPE");
        problem(mvc.perform(put("/api/assessments")), 405, "METHOD_NOT_ALLOWED")
                .andExpect(header().string(HttpHeaders.ALLOW, "POST"));
        problem(mvc.perform(get("/api/nothing-here")), 404, "NOT_FOUND")
                .andExpect(jsonPath("$.detail").value("There is nothing at this address in the API."));
        problem(mvc.perform(get("/api/occupations").accept(MediaType.APPLICATION_XML)), 406, "NOT_ACCEPTABLE");
    }

    @Test
    void anUnexpectedFailureIsInternalAndSaysNothingOfItsCause() throws Exception {
        when(pipeline.submit(any())).thenThrow(new IllegalStateException("jdbc:h2:file:/secret/path is locked"));
        problem(mvc.perform(form(ApiFixtures.cv(), "kari@example.com", "true")), 500, "INTERNAL")
                .andExpect(jsonPath("$.detail").value(
                        "Something went wrong on our side. Nothing you sent is lost; please try again in a minute."))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret"))));
    }

    @Test
    void theStatusOfAWorkingAssessmentHasNoReportLinks() throws Exception {
        when(pipeline.find(ID)).thenReturn(Optional.of(ApiFixtures.assessment(AssessmentState.EXTRACTED)));
        mvc.perform(get("/api/assessments/{id}", ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("EXTRACTED"))
                .andExpect(jsonPath("$.stage").value("profile"))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.error").value(nullValue()))
                .andExpect(jsonPath("$.reportUrl").value(nullValue()))
                .andExpect(jsonPath("$.reportPage").value(nullValue()));
    }

    @Test
    void theStatusOfADeliveredAssessmentLinksItsReport() throws Exception {
        when(pipeline.find(ID)).thenReturn(Optional.of(ApiFixtures.assessment(AssessmentState.DELIVERED)));
        when(pipeline.reportUrl(TOKEN)).thenReturn("https://aiproof.example/reports/" + TOKEN);
        mvc.perform(get("/api/assessments/{id}", ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DELIVERED"))
                .andExpect(jsonPath("$.stage").value(nullValue()))
                .andExpect(jsonPath("$.reportUrl").value("/api/assessments/" + ID + "/report"))
                .andExpect(jsonPath("$.reportPage").value("https://aiproof.example/reports/" + TOKEN));
    }

    @Test
    void aRejectedAssessmentSaysWhyWithItsCode() throws Exception {
        when(pipeline.find(ID))
                .thenReturn(Optional.of(ApiFixtures.rejected("NOT_A_CV", "This doesn’t look like a CV.")));
        mvc.perform(get("/api/assessments/{id}", ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REJECTED"))
                .andExpect(jsonPath("$.error.code").value("NOT_A_CV"))
                .andExpect(jsonPath("$.error.message").value("This doesn’t look like a CV."))
                .andExpect(jsonPath("$.reportUrl").value(nullValue()));
    }

    @Test
    void anUnknownAssessmentIsNotFoundEverywhere() throws Exception {
        problem(mvc.perform(get("/api/assessments/{id}", "no-such-id")), 404, "NOT_FOUND")
                .andExpect(
                        jsonPath("$.detail").value("There is no assessment with that id (it may have been deleted)."));
        problem(mvc.perform(get("/api/assessments/{id}/report", "no-such-id")), 404, "NOT_FOUND");
        problem(mvc.perform(delete("/api/assessments/{id}", "no-such-id")), 404, "NOT_FOUND");
        verify(pipeline, never()).report(anyString());
    }

    @Test
    void aReportIsThereOnceReady() throws Exception {
        when(pipeline.find(ID)).thenReturn(Optional.of(ApiFixtures.assessment(AssessmentState.SCORED)));
        problem(mvc.perform(get("/api/assessments/{id}/report", ID)), 409, "REPORT_NOT_READY");

        when(pipeline.report(ID)).thenReturn(Optional.of(ApiFixtures.report()));
        mvc.perform(get("/api/assessments/{id}/report", ID))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value(ID))
                .andExpect(jsonPath("$.score").value(57))
                .andExpect(jsonPath("$.band").value("moderate"))
                .andExpect(jsonPath("$.occupation.soc").value("15-1252"))
                .andExpect(jsonPath("$.seniority.level").value("senior"));
    }

    @Test
    void deleteErasesThroughThePipeline() throws Exception {
        when(pipeline.delete(ID)).thenReturn(true);
        mvc.perform(delete("/api/assessments/{id}", ID))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));
        verify(pipeline).delete(ID);
    }

    @Test
    void occupationTitlesFollowAcceptLanguage() throws Exception {
        when(occupations.entries(Language.NB))
                .thenReturn(List.of(new dev.aiproof.scoring.OccupationScore("29-1141", "Sykepleier", 31)));
        when(occupations.entries(Language.EN))
                .thenReturn(List.of(new dev.aiproof.scoring.OccupationScore("29-1141", "Registered Nurses", 31)));
        mvc.perform(get("/api/occupations").header(HttpHeaders.ACCEPT_LANGUAGE, "nn-NO"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].soc").value("29-1141"))
                .andExpect(jsonPath("$[0].title").value("Sykepleier"))
                .andExpect(jsonPath("$[0].baseScore").value(31));
        mvc.perform(get("/api/occupations").header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE,sv;q=0.8"))
                .andExpect(jsonPath("$[0].title").value("Registered Nurses"));
    }

    @Test
    void apiAnswersCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/api/assessments/{id}", "no-such-id"))
                .andExpect(header().string("Content-Security-Policy", WebSecurity.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(
                        header().string(HttpHeaders.CACHE_CONTROL, org.hamcrest.Matchers.containsString("no-store")));
    }

    private MockMultipartHttpServletRequestBuilder form(MockMultipartFile file, String email, String consent) {
        MockMultipartHttpServletRequestBuilder form = multipart("/api/assessments");
        if (file != null) {
            form.file(file);
        }
        if (email != null) {
            form.param("email", email);
        }
        return consent == null ? form : form.param("consent", consent);
    }

    private static ResultActions problem(ResultActions answer, int status, String code) throws Exception {
        return answer.andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.code").value(code));
    }
}
