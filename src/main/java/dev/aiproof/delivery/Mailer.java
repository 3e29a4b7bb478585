package dev.aiproof.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;

import dev.aiproof.report.Report;
import dev.aiproof.report.ReportRenderer;
import dev.aiproof.taxonomy.Language;

/**
 * Sends the report (HTML and plain text) or the reason for a rejection. Short outages are retried here through
 * Resilience4j; long ones fail the delivery stage, which the pipeline retries durably. At most a few emails are
 * on their way at once (bulkhead "smtp"): a slow or hung mail server holds only those pipeline threads, never all
 * of them, and an email that finds every slot taken for longer than a moment waits for its turn
 * ({@link MailerBusyException}).
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final ReportRenderer renderer;
    private final DeliveryProperties properties;
    private final MessageSource messages;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final Bulkhead slots;

    Mailer(JavaMailSender sender, ReportRenderer renderer, DeliveryProperties properties, MessageSource messages,
            RetryRegistry retries, CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads) {
        this.sender = sender;
        this.messages = messages;
        this.renderer = renderer;
        this.properties = properties;
        this.retry = retries.retry("smtp");
        this.breaker = breakers.circuitBreaker("smtp");
        this.slots = bulkheads.bulkhead("smtp");
    }

    /** The report, with a link to its page and one to the page that erases it ({@code eraseUrl}). */
    public void sendReport(String to, Report report, String reportUrl, String eraseUrl) {
        send(to, renderer.say(report, "mail.report.subject", report.score()) + " (" + ReportRenderer.band(report) + ")",
                renderer.text(report, reportUrl, eraseUrl), renderer.html(report, reportUrl, eraseUrl),
                "report-" + report.id(), renderer.pdf(report, reportUrl));
    }

    /**
     * Why the file was refused, in {@code language}; the message is already in it. Like every email, its Message-ID
     * comes from the assessment, so a resend after a crash folds into the first in the person's mail client.
     */
    public void sendRejection(String assessmentId, String to, String code, String message, Language language,
            String eraseUrl) {
        Locale locale = language.locale();
        String intro = messages.getMessage("mail.rejection.intro", null, locale);
        String reason = messages.getMessage("mail.rejection.code", new Object[] {code}, locale);
        String erase = messages.getMessage("mail.erase", null, locale);
        String text = intro + "\n\n" + message + "\n\n" + reason + "\n\n" + erase + "\n" + eraseUrl + "\n";
        String html = "<p>" + HtmlUtils.htmlEscape(intro) + "</p><p>" + HtmlUtils.htmlEscape(message)
                + "</p><p style=\"color:#777\">" + HtmlUtils.htmlEscape(reason) + "</p>" + eraseHtml(erase, eraseUrl);
        send(to, messages.getMessage("mail.rejection.subject", null, locale), text, html, "rejection-" + assessmentId,
                null);
    }

    public void sendDocumentRequest(String assessmentId, String to, String message, Language language,
            String eraseUrl) {
        Locale locale = language.locale();
        String intro = messages.getMessage("mail.document.intro", null, locale);
        String erase = messages.getMessage("mail.erase", null, locale);
        String text = intro + "\n\n" + message + "\n\n" + erase + "\n" + eraseUrl + "\n";
        String html = "<p>" + HtmlUtils.htmlEscape(intro) + "</p><p>" + HtmlUtils.htmlEscape(message) + "</p>"
                + eraseHtml(erase, eraseUrl);
        send(to, messages.getMessage("mail.document.subject", null, locale), text, html,
                "document-request-" + assessmentId, null);
    }

    private static String eraseHtml(String sentence, String eraseUrl) {
        String url = HtmlUtils.htmlEscape(eraseUrl);
        return "<p style=\"color:#777\">" + HtmlUtils.htmlEscape(sentence) + " <a href=\"" + url + "\">" + url
                + "</a></p>";
    }

    /**
     * Runs {@code work} in one of the bulkhead's slots, waiting for one at most the bulkhead's max-wait-duration, else
     * says that none is free. Only the SMTP conversation holds a slot: the email is built (its PDF rendered) before,
     * so that a slot is held for milliseconds on a healthy server and deliveries do not queue behind rendering.
     */
    private void isolated(Runnable work) {
        try {
            slots.acquirePermission();
        } catch (BulkheadFullException e) {
            throw new MailerBusyException();
        }
        try {
            work.run();
        } finally {
            slots.onComplete();
        }
    }

    /**
     * @throws MailRejectedException for an address we do not send to, or a permanent refusal by the server: neither
     *                               is retried, and neither counts against the breaker (see application.yml)
     * @throws DeliveryFailedException when it may work later (the pipeline retries the stage)
     */
    private void send(String to, String subject, String text, String html, String messageKey, byte[] pdf) {
        String recipient = MailAddress.deliverable(to).orElseThrow(() -> new MailRejectedException(0));
        MimeMessage message = new StableIdMimeMessage("<" + messageKey + "@" + properties.messageIdDomain() + ">");
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(recipient);
            helper.setSubject(subject);
            helper.setText(text, html);
            if (pdf != null) {
                helper.addAttachment("aiproof-report.pdf", new ByteArrayResource(pdf), "application/pdf");
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot build the email", e);
        }
        Runnable send = () -> {
            try {
                sender.send(message);
            } catch (MailException e) {
                int code = SmtpReplies.permanentCode(e);
                if (code >= 0) {
                    throw new MailRejectedException(code);
                }
                throw e;
            }
        };
        try {
            isolated(Retry.decorateRunnable(retry, CircuitBreaker.decorateRunnable(breaker, send)));
        } catch (MailException | CallNotPermittedException e) {
            // SMTP errors quote the recipient; what reaches logs and the task table must not
            throw new DeliveryFailedException(e);
        }
        log.info("email sent: {}", messageKey);
    }
}
