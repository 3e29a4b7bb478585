package dev.aiproof.intake;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import dev.aiproof.extraction.ExtractionError;

/**
 * A form upload above the multipart limit is refused by Tomcat with 413 before any controller: the CSRF check is the
 * first to read the body's fields, and cannot. Instead of the bare error page, the form shows itself again with the
 * reason, as {@link UploadLimit} does for the uploads Spring sees (what was typed is lost with the unread body).
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OversizedFormPage extends DefaultErrorViewResolver {

    private final MessageSource messages;
    private final SubmissionValidator validator;

    /** Boot's own resolver (error/404.html and the like) backs off for any other, so this one is it, extended. */
    OversizedFormPage(ApplicationContext context, WebProperties web, MessageSource messages,
            SubmissionValidator validator) {
        super(context, web.getResources());
        this.messages = messages;
        this.validator = validator;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (status != HttpStatus.CONTENT_TOO_LARGE || !"/assessments".equals(model.get("path"))) {
            return super.resolveErrorView(request, status, model);
        }
        ModelAndView form = new ModelAndView("index", status);
        form.addObject("errorCode", ExtractionError.TOO_LARGE.name());
        form.addObject("error", messages.getMessage("error.TOO_LARGE", new Object[] {validator.maxMegabytes()},
                LocaleContextHolder.getLocale()));
        form.addObject("maxMegabytes", validator.maxMegabytes());
        return form;
    }
}
