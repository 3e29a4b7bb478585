package dev.aiproof.intake;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import dev.aiproof.pipeline.Assessment;
import dev.aiproof.pipeline.Pipeline;

/**
 * "Erase my data now", linked from every email and authorised by the report token: a GET only shows what will
 * happen (so a mail scanner that follows links erases nothing), the form's POST — CSRF-checked like the upload form
 * ({@link WebSecurity}) — erases the assessment with everything in it and its cached LLM profile. Both pages speak
 * the person's language; an unknown or already-used token is a 404.
 */
@Controller
class ErasureController {

    private final Pipeline pipeline;

    ErasureController(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The CSRF token is made before the page is written, so that its cookie goes out with the headers. */
    @GetMapping("/erase/{token}")
    String confirm(@PathVariable String token, Model model, CsrfToken csrf, HttpServletRequest request) {
        speakTo(find(token), request);
        if (csrf != null) {
            csrf.getToken();
        }
        model.addAttribute("token", token);
        return "erase";
    }

    @PostMapping("/erase/{token}")
    String erase(@PathVariable String token, HttpServletRequest request) {
        Assessment assessment = find(token);
        speakTo(assessment, request);
        if (!pipeline.delete(assessment.id())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "erased";
    }

    private Assessment find(String token) {
        return pipeline.findByReportToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void speakTo(Assessment assessment, HttpServletRequest request) {
        PageLocale.choose(request, pipeline.noticeLanguage(assessment));
    }
}
