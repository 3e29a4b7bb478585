package dev.aiproof;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The multipart form a person submits: a CV file, an email address and consent. */
public final class UploadForm {

    private UploadForm() {
    }

    public static MultiValueMap<String, Object> of(Path file, String email) throws IOException {
        return of(file.getFileName().toString(), Files.readAllBytes(file), email);
    }

    public static MultiValueMap<String, Object> of(String fileName, byte[] content, String email) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        form.add("email", email);
        form.add("consent", "true");
        return form;
    }
}
