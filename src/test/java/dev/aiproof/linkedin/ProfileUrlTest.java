package dev.aiproof.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileUrlTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.linkedin.com/in/ola-hansen, ola-hansen",
            "https://www.linkedin.com/in/ola-hansen/, ola-hansen",
            "http://linkedin.com/in/ola_hansen-123, ola_hansen-123",
            "https://no.linkedin.com/in/ola-hansen?trk=people, ola-hansen",
            "www.linkedin.com/in/kari-nordmann-4b1a2c, kari-nordmann-4b1a2c",
            "'  https://www.linkedin.com/in/ola-hansen  ', ola-hansen"})
    void keepsOnlyTheHandleOfAProfileAddress(String url, String handle) {
        assertThat(ProfileUrl.parse(url)).contains(new ProfileUrl(handle));
        assertThat(ProfileUrl.parse(url).orElseThrow().canonical()).isEqualTo("https://www.linkedin.com/in/" + handle);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://169.254.169.254/latest/meta-data/",
            "https://linkedin.com.evil.example/in/ola",
            "https://evil.example/?u=https://www.linkedin.com/in/ola",
            "https://www.linkedin.com/in/../../admin",
            "https://www.linkedin.com/company/fjordpay",
            "https://user@www.linkedin.com/in/ola-hansen",
            "file:///etc/passwd",
            "https://www.linkedin.com/in/a",
            "javascript:alert(1)",
            ""})
    void refusesAnythingElse(String url) {
        assertThat(ProfileUrl.parse(url)).isEmpty();
    }
}
