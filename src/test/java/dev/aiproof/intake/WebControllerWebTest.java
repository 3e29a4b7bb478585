package dev.aiproof.intake;

import static dev.aiproof.intake.ApiFixtures.ID;
import static dev.aiproof.intake.ApiFixtures.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import dev.aiproof.pipeline.AssessmentState;
import dev.aiproof.pipeline.Pipeline;
import dev.aiproof.pipeline.Submission;
import dev.aiproof.report.ReportRenderer;

/**
 * The pages in the web slice: {@link WebController} with its real templates, messages, page language, submission
 * checks and security chain (CSRF, headers); the pipeline, the report renderer (other modules) and the
 * database-backed limits are mocks. The full journey in a browser is WebPagesTest's.
 */
@WebMvcTest(controllers = WebController.class, properties = "aiproof.extraction.max-file-size=1MB")
@Import(WebSlice.class)
class WebControllerWebTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Pipeline pipeline;
    @MockitoBean
    SubmissionLimits limits;
    @MockitoBean
    ReportRenderer renderer;

    @Test
    void theFormCarriesItsCsrfTokenInACookieAndAFieldAndSpeaksTheBrowsersLanguage() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "nb-NO,en;q=0.5"))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        Cookie token = page.getCookie("XSRF-TOKEN");
        assertThat(token).isNotNull();
        assertThat(token.getValue()).isNotBlank();
        assertThat(token.getAttribute("SameSite")).isEqualTo("Strict");
        assertThat(token.isHttpOnly()).isTrue();
        Document form = html(page);
        assertThat(form.select("html").attr("lang")).isEqualTo("nb");
        assertThat(form.select("form input[name=_csrf]").attr("value")).isNotBlank();
        assertThat(form.select("h1").text()).isEqualTo("Hvor utsatt er arbeidet ditt for KI?");
        assertThat(form.text()).contains("Inntil 1 MB."); // the configured limit, not a fixed one
        PageSecurityTest.assertPageHeaders(headers(page));
    }

    @Test
    void aFormPostWithoutTheTokenIsForbiddenAndNothingIsStored() throws Exception {
        MockHttpServletResponse refused = mvc.perform(form(ApiFixtures.cv(), "kari@example.com", "true"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        verify(pipeline, never()).submit(any());
        verify(limits, never()).admitClient(anyString());
    }

    @Test
    void anAcceptedFormGoesOnToItsStatusPage() throws Exception {
        when(pipeline.submit(any())).thenReturn(ApiFixtures.assessment(AssessmentState.RECEIVED));
        MockHttpServletResponse accepted = mvc.perform(form(ApiFixtures.cv(), "kari@example.com", "true")
                .param("language", "nb").with(csrf())).andReturn().getResponse();
        assertThat(accepted.getStatus()).isEqualTo(302);
        assertThat(accepted.getRedirectedUrl()).isEqualTo("/assessments/" + ID);
        ArgumentCaptor<Submission> handed = ArgumentCaptor.forClass(Submission.class);
        verify(pipeline).submit(handed.capture());
        assertThat(handed.getValue().email()).isEqualTo("kari@example.com");
        assertThat(handed.getValue().language()).isEqualTo("nb");
        assertThat(handed.getValue().pageLanguage()).isEqualTo("en");
    }

    @Test
    void aRefusedFormComesBackWithTheReasonAndWhatWasTyped() throws Exception {
        MockHttpServletResponse refused = mvc.perform(form(null, "kari@kept.example", "true")
                .param("linkedinUrl", "").param("language", "nb").with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        Document page = html(refused);
        assertThat(page.select("[data-testid=error]").text())
                .isEqualTo("Please choose your CV file to upload. (code FILE_REQUIRED)");
        assertThat(page.select("#email").attr("value")).isEqualTo("kari@kept.example");
        assertThat(page.select("#consent").hasAttr("checked")).isTrue();
        assertThat(page.select("#language option[selected]").attr("value")).isEqualTo("nb");
        assertThat(page.select("#file").hasAttr("autofocus")).isTrue();
        assertThat(page.select("form input[name=_csrf]").attr("value")).isNotBlank();
        verify(pipeline, never()).submit(any());
    }

    @Test
    void consentOtherThanTrueIsRefusedWithTheBoxUntickedAndFocused() throws Exception {
        MockHttpServletResponse refused = mvc.perform(form(ApiFixtures.cv(), "kari@example.com", "on").with(csrf())
                .header(HttpHeaders.ACCEPT_LANGUAGE, "nb")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        Document page = html(refused);
        assertThat(page.select("[data-testid=error]").text()).isEqualTo(
                "Du må godta at vi behandler CV-en din for å skrive rapporten (den slettes etter levering). (kode CONSENT_REQUIRED)");
        assertThat(page.select("#consent").hasAttr("checked")).isFalse();
        assertThat(page.select("#consent").hasAttr("autofocus")).isTrue();
        verify(pipeline, never()).submit(any());
    }

    @Test
    void aFormOverTheLimitIs429WithRetryAfterAndTheWaitInWords() throws Exception {
        doThrow(new RateLimitedException("address", Duration.ofMinutes(90))).when(limits)
                .admitAddress(eq("kari@example.com"));
        MockHttpServletResponse refused = mvc.perform(form(ApiFixtures.cv(), "kari@example.com", "true").with(csrf()))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("5400");
        assertThat(html(refused).select("[data-testid=error]").text()).startsWith(
                "This address has already been sent as many reports as we send to one address in a day. "
                        + "You can ask for another in about 2 hours.");
        verify(pipeline, never()).submit(any());
    }

    @Test
    void aWorkingAssessmentsPageRefreshesItselfAndNamesTheStage() throws Exception {
        when(pipeline.find(ID)).thenReturn(Optional.of(ApiFixtures.assessment(AssessmentState.EXTRACTED)));
        MockHttpServletResponse response = mvc.perform(get("/assessments/{id}", ID)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.select("meta[http-equiv=refresh]")).hasSize(1);
        assertThat(page.select("[data-testid=status]").attr("data-state")).isEqualTo("EXTRACTED");
        assertThat(page.select("[data-testid=status] [aria-live]").text())
                .isEqualTo("Working on it: matching your work to an occupation… This page updates by itself.");
        assertThat(page.select("li[aria-current=step]").text()).startsWith(page.select("ol.stages li").get(1).text());
        assertThat(page.select("[data-testid=report-link]")).isEmpty();
        assertThat(page.select("[data-testid=erase-link]")).isEmpty();
    }

    /** A page about one assessment speaks the assessment's language, whatever the browser asks for. */
    @Test
    void aDeliveredAssessmentsPageLinksItsReportAndTheEraseLinkInItsOwnLanguage() throws Exception {
        when(pipeline.find(ID)).thenReturn(Optional.of(ApiFixtures.assessment(AssessmentState.DELIVERED)));
        MockHttpServletResponse response = mvc.perform(get("/assessments/{id}", ID)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "nb")).andReturn().getResponse();
        Document page = html(response);
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(page.select("[data-testid=report-link]").attr("href")).isEqualTo("/reports/" + TOKEN);
        assertThat(page.select("[data-testid=erase-link]").attr("href")).isEqualTo("/erase/" + TOKEN);
        assertThat(page.select("[data-testid=erase-link]").text()).isEqualTo("Erase my data now");
    }

    @Test
    void aRejectedAssessmentsPageSaysWhyWithItsCode() throws Exception {
        when(pipeline.find(ID))
                .thenReturn(Optional.of(ApiFixtures.rejected("NOT_A_CV", "This doesn’t look like a CV.")));
        Document page = html(mvc.perform(get("/assessments/{id}", ID)).andReturn().getResponse());
        assertThat(page.select("[role=alert]").text()).startsWith("This doesn’t look like a CV. (code NOT_A_CV)");
        assertThat(page.select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(page.select("[data-testid=report-link]")).isEmpty();
    }

    @Test
    void unknownAssessmentsAndReportTokensAreNotFound() throws Exception {
        assertThat(mvc.perform(get("/assessments/{id}", "no-such-id")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/reports/{token}", "no-such-token")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/reports/{token}.pdf", "no-such-token")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        verify(renderer, never()).pdf(any(), anyString());
    }

    /** A known token whose report is gone (erased, or never written) is as unknown as any other. */
    @Test
    void aTokenWithoutAReportIsNotFoundEither() throws Exception {
        when(pipeline.findByReportToken(TOKEN)).thenReturn(Optional.of(ApiFixtures.assessment(AssessmentState.SCORED)));
        assertThat(mvc.perform(get("/reports/{token}", TOKEN)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/reports/{token}.pdf", TOKEN)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void theReportPdfIsShownInlineWithItsPageAddressInIt() throws Exception {
        when(pipeline.findByReportToken(TOKEN))
                .thenReturn(Optional.of(ApiFixtures.assessment(AssessmentState.DELIVERED)));
        when(pipeline.report(ID)).thenReturn(Optional.of(ApiFixtures.report()));
        when(pipeline.reportUrl(TOKEN)).thenReturn("https://aiproof.example/reports/" + TOKEN);
        when(renderer.pdf(any(), eq("https://aiproof.example/reports/" + TOKEN))).thenReturn("%PDF-1.7".getBytes());
        MockHttpServletResponse pdf = mvc.perform(get("/reports/{token}.pdf", TOKEN)).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("inline; filename=\"aiproof-report.pdf\"");
        assertThat(pdf.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private static MockMultipartHttpServletRequestBuilder form(org.springframework.mock.web.MockMultipartFile file,
            String email, String consent) {
        MockMultipartHttpServletRequestBuilder form = multipart("/assessments");
        if (file != null) {
            form.file(file);
        }
        return form.param("email", email).param("consent", consent);
    }

    private static Document html(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).startsWith("text/html");
        return Jsoup.parse(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    private static HttpHeaders headers(MockHttpServletResponse response) {
        HttpHeaders headers = new HttpHeaders();
        response.getHeaderNames().forEach(name -> headers.addAll(name, response.getHeaders(name)));
        return headers;
    }
}
