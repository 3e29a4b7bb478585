package dev.aiproof.intake;

import static dev.aiproof.intake.ApiFixtures.ID;
import static dev.aiproof.intake.ApiFixtures.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.aiproof.pipeline.AssessmentState;
import dev.aiproof.pipeline.Pipeline;
import dev.aiproof.taxonomy.Language;

/**
 * "Erase my data now" in the web slice: the real templates, messages and security chain, the pipeline a mock. A GET
 * erases nothing (mail scanners follow links), the POST needs the form's CSRF token, both speak the language of the
 * person's notices, and an unknown token is a 404. The whole erasure against the database is EraseLinkTest's.
 */
@WebMvcTest(controllers = ErasureController.class)
@Import(WebSlice.class)
class ErasureControllerWebTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Pipeline pipeline;
    @MockitoBean
    SubmissionLimits limits;

    private void known(Language language) {
        var assessment = ApiFixtures.assessment(AssessmentState.DELIVERED);
        when(pipeline.findByReportToken(TOKEN)).thenReturn(Optional.of(assessment));
        when(pipeline.noticeLanguage(any())).thenReturn(language);
    }

    @Test
    void theLinkOnlyAsksAndSpeaksThePersonsLanguage() throws Exception {
        known(Language.NB);
        MockHttpServletResponse page = mvc.perform(get("/erase/" + TOKEN)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        Document html = Jsoup.parse(page.getContentAsString());
        assertThat(html.select("html").attr("lang")).isEqualTo("nb");
        assertThat(html.select("h1").text()).isEqualTo("Slette alt vi har lagret om deg?");
        assertThat(html.select("[data-testid=erase-form] input[name=_csrf]").attr("value")).isNotBlank();
        verify(pipeline, never()).delete(anyString());
    }

    @Test
    void theFormErasesOnlyWithItsToken() throws Exception {
        known(Language.EN);
        when(pipeline.delete(ID)).thenReturn(true);

        assertThat(mvc.perform(post("/erase/" + TOKEN)).andReturn().getResponse().getStatus()).isEqualTo(403);
        verify(pipeline, never()).delete(anyString());

        MockHttpServletResponse erased = mvc.perform(post("/erase/" + TOKEN).with(csrf())).andReturn().getResponse();
        assertThat(erased.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(erased.getContentAsString()).select("h1").text()).isEqualTo("Your data is erased");
        verify(pipeline).delete(ID);
    }

    @Test
    void anUnknownOrSpentTokenIsNotFound() throws Exception {
        when(pipeline.findByReportToken(anyString())).thenReturn(Optional.empty());
        assertThat(mvc.perform(get("/erase/nope")).andReturn().getResponse().getStatus()).isEqualTo(404);

        known(Language.EN);
        when(pipeline.delete(ID)).thenReturn(false); // erased by another request in between
        assertThat(mvc.perform(post("/erase/" + TOKEN).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }
}
