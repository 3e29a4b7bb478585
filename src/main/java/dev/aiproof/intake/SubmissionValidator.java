package dev.aiproof.intake;

import java.io.IOException;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import dev.aiproof.extraction.ExtractionProperties;
import dev.aiproof.linkedin.ProfileUrl;
import dev.aiproof.pipeline.Submission;
import dev.aiproof.taxonomy.Language;

/** The checks made before anything is stored; the file's contents are judged later, by extraction. */
@Component
class SubmissionValidator {

    private final ExtractionProperties limits;

    SubmissionValidator(ExtractionProperties limits) {
        this.limits = limits;
    }

    /**
     * @param language     auto (the CV's language; the default), en or nb
     * @param pageLanguage the language of the pages the person used, for what we say before the CV is read
     */
    Submission validate(MultipartFile file, String linkedinUrl, String email, Boolean consent, String language,
            Language pageLanguage) {
        if (email == null || email.isBlank()) {
            throw new IntakeException(ProblemCode.EMAIL_REQUIRED);
        }
        // the rule the mailer applies: an address that passes here is one we can send to
        String address = Submission.deliverableEmail(email)
                .orElseThrow(() -> new IntakeException(ProblemCode.EMAIL_INVALID));
        if (!Boolean.TRUE.equals(consent)) {
            throw new IntakeException(ProblemCode.CONSENT_REQUIRED);
        }
        String lang = reportLanguage(language);
        String pages = pageLanguage.code();
        boolean hasFile = file != null && !file.isEmpty();
        if (!hasFile && linkedinUrl != null && !linkedinUrl.isBlank()) {
            ProfileUrl profile = ProfileUrl.parse(linkedinUrl).orElseThrow(() -> new IntakeException(
                    ProblemCode.LINKEDIN_URL_INVALID));
            return new Submission(null, null, profile.canonical(), address, lang, pages);
        }
        if (file == null || file.isEmpty()) {
            if (file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
                throw new IntakeException(ProblemCode.NO_TEXT, "empty");
            }
            throw new IntakeException(ProblemCode.FILE_REQUIRED);
        }
        if (file.getSize() > limits.maxFileSize().toBytes()) {
            throw new IntakeException(ProblemCode.TOO_LARGE, null, maxMegabytes());
        }
        try {
            String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
            return new Submission(name, file.getBytes(), null, address, lang, pages);
        } catch (IOException e) {
            throw new IntakeException(ProblemCode.UPLOAD_INCOMPLETE);
        }
    }

    /** The upload limit in whole megabytes, as the form and the refusal state it. */
    long maxMegabytes() {
        return limits.maxMegabytes();
    }

    private static String reportLanguage(String language) {
        if (language == null || language.isBlank() || language.strip().equalsIgnoreCase("auto")) {
            return "auto";
        }
        return Language.of(language).map(Language::code)
                .orElseThrow(() -> new IntakeException(ProblemCode.LANGUAGE_UNSUPPORTED));
    }
}
