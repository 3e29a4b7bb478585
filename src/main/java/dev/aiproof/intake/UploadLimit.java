package dev.aiproof.intake;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import dev.aiproof.extraction.ExtractionError;
import jakarta.servlet.http.HttpServletRequest;

/**
 * An oversized upload fails while the request is read, before any controller is chosen, so only a global advice
 * sees it: the API answers problem+json, the form shows itself again with the reason. Ordered before
 * {@link ApiErrors}, whose catch-all would otherwise take it.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            ResponseEntity<ProblemDetail> problem = ApiErrors.problem(ProblemCode.TOO_LARGE,
                    ExtractionError.TOO_LARGE.message());
            return problem;
        }
        ModelAndView form = new ModelAndView("index", HttpStatus.CONTENT_TOO_LARGE);
        form.addObject("errorCode", ExtractionError.TOO_LARGE.name());
        form.addObject("error", ExtractionError.TOO_LARGE.message());
        return form;
    }
}
