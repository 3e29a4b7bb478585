package dev.aiproof.intake;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An oversized upload fails while the request is read, before any controller is chosen, so only a global advice
 * sees it: the API answers problem+json, the form shows itself again with the reason, both in the person's language
 * and quoting the configured limit. Ordered before {@link ApiErrors}, whose catch-all would otherwise take it.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

    private final MessageSource messages;
    private final SubmissionValidator validator;

    UploadLimit(MessageSource messages, SubmissionValidator validator) {
        this.messages = messages;
        this.validator = validator;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, Locale locale) {
        String reason = messages.getMessage("error.TOO_LARGE", new Object[] {validator.maxMegabytes()}, locale);
        if (request.getRequestURI().startsWith("/api/")) {
            return ApiErrors.problem(ProblemCode.TOO_LARGE, reason);
        }
        ModelAndView form = new ModelAndView("index", HttpStatus.CONTENT_TOO_LARGE);
        form.addObject("errorCode", ProblemCode.TOO_LARGE.name());
        form.addObject("error", reason);
        form.addObject("maxMegabytes", validator.maxMegabytes());
        return form;
    }
}
