package dev.aiproof.pipeline;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code aiproof.pipeline.public-url} set, every emailed link starts with it, whatever address the submission
 * came to or the proxy said (forward headers are on here, so that they would count if public-url did not win).
 * Its trailing slash is dropped.
 */
@TestPropertySource(properties = {
        "aiproof.pipeline.public-url=https://aiproof.example.com/",
        "server.forward-headers-strategy=native"})
class EmailedLinksPublicUrlTest extends EmailedLinks {

    private static final String PUBLIC = "https://aiproof.example.com";

    @Test
    void anApiSubmissionsLinksStartWithThePublicUrl() throws Exception {
        String address = address("public-api");
        String id = submitApi(localhost(), CV, address,
                headers("X-Forwarded-Proto", "http", "X-Forwarded-Host", "aiproof.proxy.example"));
        assertReportLinks(address, PUBLIC, token(id));
    }

    @Test
    void aFormSubmissionsLinksStartWithThePublicUrl() throws Exception {
        String address = address("public-form");
        String id = submitForm(localhost(), CV, address, HttpHeaders.EMPTY);
        assertReportLinks(address, PUBLIC, token(id));
    }

    @Test
    void aRefusalsEraseLinkStartsWithThePublicUrl() throws Exception {
        String address = address("public-refused");
        String id = submitApi(localhost(), REFUSED, address, HttpHeaders.EMPTY);
        assertNoticeLinks(address, PUBLIC, token(id));
    }
}
