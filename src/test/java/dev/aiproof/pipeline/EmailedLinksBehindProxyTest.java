package dev.aiproof.pipeline;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a reverse proxy, with {@code server.forward-headers-strategy=native} and {@code public-url} unset: Tomcat
 * takes X-Forwarded-Proto and X-Forwarded-Host from a trusted proxy (the test posts from 127.0.0.1, which Tomcat
 * trusts as it trusts private networks), and the links follow the address the person used, the proxy's.
 */
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class EmailedLinksBehindProxyTest extends EmailedLinks {

    private static final HttpHeaders PROXY = headers("X-Forwarded-Proto", "https",
            "X-Forwarded-Host", "aiproof.proxy.example", "X-Forwarded-For", "203.0.113.7");

    @Test
    void anApiSubmissionsLinksLeadToTheProxysAddress() throws Exception {
        String address = address("proxied-api");
        String id = submitApi(localhost(), CV, address, PROXY);
        assertReportLinks(address, "https://aiproof.proxy.example", token(id));
    }

    @Test
    void aFormSubmissionsLinksLeadToTheProxysAddressAndPort() throws Exception {
        String address = address("proxied-form");
        HttpHeaders headers = headers("X-Forwarded-Proto", "https", "X-Forwarded-Host", "aiproof.proxy.example",
                "X-Forwarded-Port", "8443");
        String id = submitForm(localhost(), CV, address, headers);
        assertReportLinks(address, "https://aiproof.proxy.example:8443", token(id));
    }

    @Test
    void withoutForwardedHeadersTheLinksLeadToTheService() throws Exception {
        String address = address("direct");
        String id = submitApi(localhost(), CV, address, HttpHeaders.EMPTY);
        assertReportLinks(address, localhost(), token(id));
    }
}
