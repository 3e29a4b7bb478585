package dev.aiproof.intake;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import dev.aiproof.extraction.ExtractionProperties;

/**
 * The servlet container's upload limit follows {@code aiproof.extraction.max-file-size}, so that one setting decides
 * what is refused and what the refusal says; a second limit in {@code spring.servlet.multipart} could only disagree
 * with it. The request may be a megabyte larger for the form's other fields.
 */
@Configuration(proxyBeanMethods = false)
class UploadSize {

    static final DataSize FORM_FIELDS = DataSize.ofMegabytes(1);

    @Bean
    MultipartConfigElement multipartConfigElement(ExtractionProperties limits) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(limits.maxFileSize());
        factory.setMaxRequestSize(DataSize.ofBytes(limits.maxFileSize().toBytes() + FORM_FIELDS.toBytes()));
        return factory.createMultipartConfig();
    }
}
