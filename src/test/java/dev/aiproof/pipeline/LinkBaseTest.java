package dev.aiproof.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** What is recorded of a request's address, and what a configured public-url may be. */
class LinkBaseTest {

    @AfterEach
    void unbind() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theCurrentRequestsSchemeHostPortAndContextPath() {
        assertThat(LinkBase.ofCurrentRequest()).as("no request").isNull();
        assertThat(during(request("http", "localhost", 8081, ""))).isEqualTo("http://localhost:8081");
        assertThat(during(request("https", "AIProof.Example", 443, "/cv"))).isEqualTo("https://aiproof.example/cv");
        assertThat(during(request("http", "10.0.0.5", 80, ""))).isEqualTo("http://10.0.0.5");
        assertThat(during(request("http", "[::1]", 8080, ""))).isEqualTo("http://[::1]:8080");
    }

    @Test
    void nothingButAPlainHttpAddressOfAWellFormedHostIsRecorded() {
        assertThat(LinkBase.of("http", "aiproof.example.", 80, "/")).isEqualTo("http://aiproof.example");
        assertThat(LinkBase.of("ftp", "aiproof.example", -1, "")).as("scheme").isNull();
        assertThat(LinkBase.of("javascript", "alert(1)", -1, "")).isNull();
        for (String host : new String[] {"evil.example/x", "a@evil.example", "evil.example?x", "evil example", "",
                "-evil.example", "evil..example", "evil.example#x", "<b>", "%65vil.example"}) {
            assertThat(LinkBase.of("https", host, -1, "")).as(host).isNull();
        }
        assertThat(LinkBase.of("https", "aiproof.example", 70000, "")).as("port").isNull();
        assertThat(LinkBase.of("https", "aiproof.example", -1, "/a b")).as("path").isNull();
        assertThat(LinkBase.of("https", "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "."
                + "d".repeat(63), -1, "")).as("longer than " + LinkBase.MAX_LENGTH).isNull();
    }

    @Test
    void theConfiguredPublicUrlIsAnAbsoluteHttpAddress() {
        assertThat(LinkBase.configured(null)).isNull();
        assertThat(LinkBase.configured("  ")).as("blank is unset").isNull();
        assertThat(LinkBase.configured("https://aiproof.example.com/")).isEqualTo("https://aiproof.example.com");
        assertThat(LinkBase.configured("http://10.0.0.5:8080/aiproof//")).isEqualTo("http://10.0.0.5:8080/aiproof");
        for (String bad : new String[] {"aiproof.example.com", "/reports", "ftp://aiproof.example.com",
                "https://user@aiproof.example.com", "https://aiproof.example.com/?x=1",
                "https://aiproof.example.com/#x",
                "https://exa mple.com"}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> LinkBase.configured(bad))
                    .withMessageContaining("aiproof.pipeline.public-url");
        }
    }

    @Test
    void publicUrlWinsThenTheRecordedAddressThenTheDefault() {
        assertThat(LinkBase.choose("https://aiproof.example.com", "http://localhost:8081"))
                .isEqualTo("https://aiproof.example.com");
        assertThat(LinkBase.choose(null, "http://localhost:8081")).isEqualTo("http://localhost:8081");
        assertThat(LinkBase.choose(null, null)).isEqualTo("http://localhost:8080");
    }

    private static String during(MockHttpServletRequest request) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            return LinkBase.ofCurrentRequest();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private static MockHttpServletRequest request(String scheme, String host, int port, String contextPath) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", contextPath + "/api/assessments");
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        request.setContextPath(contextPath);
        return request;
    }
}
