package dev.aiproof.intake;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import dev.aiproof.pipeline.Assessment;
import dev.aiproof.pipeline.AssessmentState;
import dev.aiproof.pipeline.Pipeline;
import dev.aiproof.pipeline.Submission;
import dev.aiproof.report.Report;
import dev.aiproof.report.ReportRenderer;
import dev.aiproof.taxonomy.Language;

/** The pages: upload form, status page (refreshes itself until done) and the private report page. No JavaScript needed. */
@Controller
class WebController {

    private final Pipeline pipeline;
    private final SubmissionValidator validator;
    private final ReportRenderer renderer;
    private final MessageSource messages;
    private final SubmissionLimits limits;

    WebController(Pipeline pipeline, SubmissionValidator validator, ReportRenderer renderer, MessageSource messages,
            SubmissionLimits limits) {
        this.pipeline = pipeline;
        this.validator = validator;
        this.renderer = renderer;
        this.messages = messages;
        this.limits = limits;
    }

    /**
     * The CSRF token is made here, before the page is written: its cookie must go out with the headers, and Spring
     * Security would otherwise make it only when the template reaches the form.
     */
    @GetMapping("/")
    String form(Model model, CsrfToken csrf) {
        if (csrf != null) {
            csrf.getToken();
        }
        model.addAttribute("maxMegabytes", validator.maxMegabytes());
        return "index";
    }

    /**
     * A refused form comes back with its status, the reason in words, and what the person typed kept. The form
     * sends consent=true when its box is ticked; nothing else counts as consent.
     */
    @PostMapping("/assessments")
    String submit(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String linkedinUrl, @RequestParam(required = false) String email,
            @RequestParam(required = false) String consent, @RequestParam(required = false) String language,
            Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
        boolean consented = "true".equals(consent);
        try {
            limits.admitClient(request.getRemoteAddr());
            Submission submission = validator.validate(file, linkedinUrl, email, consented, language,
                    Language.of(locale));
            limits.admitAddress(submission.email());
            Assessment assessment = pipeline.submit(submission);
            return "redirect:/assessments/" + assessment.id();
        } catch (IntakeException e) {
            response.setStatus(e.status().value());
            if (e instanceof RateLimitedException limited) {
                response.setHeader(HttpHeaders.RETRY_AFTER, limited.retryAfter());
            }
            model.addAttribute("errorCode", e.code());
            model.addAttribute("errorField", field(e.code()));
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
            model.addAttribute("email", email);
            model.addAttribute("linkedinUrl", linkedinUrl);
            model.addAttribute("consent", consented);
            model.addAttribute("language", language);
            model.addAttribute("maxMegabytes", validator.maxMegabytes());
            return "index";
        }
    }

    /** The form field a refusal is about, which gets the focus so that a keyboard or screen-reader user lands on it. */
    private static String field(String code) {
        if (code.startsWith("EMAIL")) {
            return "email";
        }
        return switch (code) {
            case "CONSENT_REQUIRED" -> "consent";
            case "LINKEDIN_URL_INVALID" -> "linkedinUrl";
            case "LANGUAGE_UNSUPPORTED" -> "language";
            default -> "file";
        };
    }

    @GetMapping("/assessments/{id}")
    String status(@PathVariable String id, Model model, HttpServletRequest request) {
        Assessment assessment = pipeline.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Language.of(assessment.language()).ifPresent(language -> PageLocale.choose(request, language));
        boolean ready = assessment.state() == AssessmentState.REPORTED
                || assessment.state() == AssessmentState.DELIVERED;
        model.addAttribute("assessment", assessment);
        model.addAttribute("ready", ready);
        model.addAttribute("refresh", !ready && !assessment.state().finished());
        return "status";
    }

    @GetMapping("/reports/{token}")
    String report(@PathVariable String token, Model model, HttpServletRequest request) {
        Assessment assessment = pipeline.findByReportToken(token)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Report report = pipeline.report(assessment.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PageLocale.choose(request, Language.of(report.language()).orElse(Language.EN));
        model.addAttribute("report", report);
        model.addAttribute("pdfUrl", "/reports/" + token + ".pdf");
        model.addAttribute("token", token);
        return "report";
    }

    @GetMapping(path = "/reports/{token}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> reportPdf(@PathVariable String token) {
        Assessment assessment = pipeline.findByReportToken(token)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Report report = pipeline.report(assessment.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"aiproof-report.pdf\"")
                .body(renderer.pdf(report, pipeline.reportUrl(token)));
    }
}
