package dev.aiproof.intake;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import dev.aiproof.extraction.ExtractionError;
import dev.aiproof.extraction.ExtractionProperties;
import dev.aiproof.linkedin.ProfileUrl;
import dev.aiproof.pipeline.Submission;

/** The checks made before anything is stored; the file's contents are judged later, by extraction. */
@Component
class SubmissionValidator {

    /** Deliberately simple: one @, a dot in the domain, no spaces. The mail server has the last word. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private final long maxBytes;

    SubmissionValidator(ExtractionProperties limits) {
        this.maxBytes = limits.maxBytes();
    }

    Submission validate(MultipartFile file, String linkedinUrl, String email, Boolean consent, String language) {
        if (email == null || email.isBlank()) {
            throw new IntakeException("EMAIL_REQUIRED", "Please give the email address the report should go to.",
                    HttpStatus.BAD_REQUEST);
        }
        String address = email.strip();
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new IntakeException("EMAIL_INVALID", "That email address doesn't look right. Please check it.",
                    HttpStatus.BAD_REQUEST);
        }
        if (!Boolean.TRUE.equals(consent)) {
            throw new IntakeException("CONSENT_REQUIRED",
                    "Please agree that we may process your CV to write your report (it is deleted after delivery).",
                    HttpStatus.BAD_REQUEST);
        }
        String lang = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        if (!lang.equals("en")) {
            throw new IntakeException("LANGUAGE_UNSUPPORTED", "Reports are written in English (language=en) for now.",
                    HttpStatus.BAD_REQUEST);
        }
        boolean hasFile = file != null && !file.isEmpty();
        if (!hasFile && linkedinUrl != null && !linkedinUrl.isBlank()) {
            ProfileUrl profile = ProfileUrl.parse(linkedinUrl).orElseThrow(() -> new IntakeException(
                    "LINKEDIN_URL_INVALID", "That is not a LinkedIn profile address. It looks like "
                            + "https://www.linkedin.com/in/your-name.", HttpStatus.BAD_REQUEST));
            return new Submission(null, null, profile.canonical(), address, lang);
        }
        if (file == null || file.isEmpty()) {
            if (file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
                throw new IntakeException(ExtractionError.NO_TEXT.name(), "The file you chose is empty.",
                        HttpStatus.UNPROCESSABLE_CONTENT);
            }
            throw new IntakeException("FILE_REQUIRED", "Please choose your CV file to upload.", HttpStatus.BAD_REQUEST);
        }
        if (file.getSize() > maxBytes) {
            throw new IntakeException(ExtractionError.TOO_LARGE.name(), ExtractionError.TOO_LARGE.message(),
                    HttpStatus.CONTENT_TOO_LARGE);
        }
        try {
            String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
            return new Submission(name, file.getBytes(), null, address, lang);
        } catch (IOException e) {
            throw new IntakeException("UPLOAD_INCOMPLETE", "The upload did not arrive completely. Please try again.",
                    HttpStatus.BAD_REQUEST);
        }
    }
}
