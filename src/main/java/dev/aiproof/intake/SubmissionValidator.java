package dev.aiproof.intake;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import dev.aiproof.extraction.ExtractionError;
import dev.aiproof.extraction.ExtractionProperties;
import dev.aiproof.linkedin.ProfileUrl;
import dev.aiproof.pipeline.Submission;
import dev.aiproof.taxonomy.Language;

/** The checks made before anything is stored; the file's contents are judged later, by extraction. */
@Component
class SubmissionValidator {

    private final long maxBytes;

    SubmissionValidator(ExtractionProperties limits) {
        this.maxBytes = limits.maxBytes();
    }

    /**
     * @param language     auto (the CV's language; the default), en or nb
     * @param pageLanguage the language of the pages the person used, for what we say before the CV is read
     */
    Submission validate(MultipartFile file, String linkedinUrl, String email, Boolean consent, String language,
                        Language pageLanguage) {
        if (email == null || email.isBlank()) {
            throw new IntakeException("EMAIL_REQUIRED", HttpStatus.BAD_REQUEST);
        }
        // the rule the mailer applies: an address that passes here is one we can send to
        String address = Submission.deliverableEmail(email)
                .orElseThrow(() -> new IntakeException("EMAIL_INVALID", HttpStatus.BAD_REQUEST));
        if (!Boolean.TRUE.equals(consent)) {
            throw new IntakeException("CONSENT_REQUIRED", HttpStatus.BAD_REQUEST);
        }
        String lang = reportLanguage(language);
        String pages = pageLanguage.code();
        boolean hasFile = file != null && !file.isEmpty();
        if (!hasFile && linkedinUrl != null && !linkedinUrl.isBlank()) {
            ProfileUrl profile = ProfileUrl.parse(linkedinUrl).orElseThrow(() -> new IntakeException(
                    "LINKEDIN_URL_INVALID", HttpStatus.BAD_REQUEST));
            return new Submission(null, null, profile.canonical(), address, lang, pages);
        }
        if (file == null || file.isEmpty()) {
            if (file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
                throw new IntakeException(ExtractionError.NO_TEXT.name(), "empty", HttpStatus.UNPROCESSABLE_CONTENT);
            }
            throw new IntakeException("FILE_REQUIRED", HttpStatus.BAD_REQUEST);
        }
        if (file.getSize() > maxBytes) {
            throw new IntakeException(ExtractionError.TOO_LARGE.name(), HttpStatus.CONTENT_TOO_LARGE, maxMegabytes());
        }
        try {
            String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
            return new Submission(name, file.getBytes(), null, address, lang, pages);
        } catch (IOException e) {
            throw new IntakeException("UPLOAD_INCOMPLETE", HttpStatus.BAD_REQUEST);
        }
    }

    /** The upload limit in whole megabytes, as the form and the refusal state it. */
    long maxMegabytes() {
        return Math.max(1, maxBytes / (1024 * 1024));
    }

    private static String reportLanguage(String language) {
        if (language == null || language.isBlank() || language.strip().equalsIgnoreCase("auto")) {
            return "auto";
        }
        return Language.of(language).map(Language::code)
                .orElseThrow(() -> new IntakeException("LANGUAGE_UNSUPPORTED", HttpStatus.BAD_REQUEST));
    }
}
