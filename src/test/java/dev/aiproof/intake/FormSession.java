package dev.aiproof.intake;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * What a browser does with the form, over plain HTTP: open the start page, keep its CSRF cookie, send the form with
 * the page's hidden token. Responses are read as they come (no redirect is followed). {@code headers} go with every
 * request (Accept-Language, X-Forwarded-For).
 */
final class FormSession {

    private final RestClient http;
    private final HttpHeaders headers;
    private final String cookie;
    private final String token;

    private FormSession(RestClient http, HttpHeaders headers, String cookie, String token) {
        this.http = http;
        this.headers = headers;
        this.cookie = cookie;
        this.token = token;
    }

    static FormSession open(String baseUrl, HttpHeaders headers) {
        RestClient http = client(baseUrl);
        Page page = get(http, "/", headers);
        List<String> cookies = page.headers().getOrEmpty(HttpHeaders.SET_COOKIE);
        String cookie = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.split(";", 2)[0])
                .findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie in " + cookies));
        Element input = Jsoup.parse(page.body()).selectFirst("form input[type=hidden][name=_csrf]");
        if (input == null || input.attr("value").isBlank()) {
            throw new AssertionError("no hidden _csrf input on the form");
        }
        return new FormSession(http, headers, cookie, input.attr("value"));
    }

    static FormSession open(String baseUrl) {
        return open(baseUrl, HttpHeaders.EMPTY);
    }

    /** The JDK's client follows no redirect unless told to: a 302 is seen as a 302. */
    static RestClient client(String baseUrl) {
        return RestClient.builder().baseUrl(baseUrl).requestFactory(new JdkClientHttpRequestFactory()).build();
    }

    /** Sends the form with the page's token and cookie. */
    Page post(MultiValueMap<String, Object> form) {
        form.add("_csrf", token);
        return post(http, form, cookie, headers);
    }

    /** Another site's page posting to ours: the browser would send our cookie (unless SameSite stops it), not the token. */
    Page postWithoutToken(MultiValueMap<String, Object> form) {
        return post(http, form, cookie, headers);
    }

    static Page get(RestClient http, String path, HttpHeaders headers) {
        return http.get().uri(path).accept(MediaType.TEXT_HTML).headers(h -> h.addAll(headers))
                .exchange((req, res) -> new Page(res.getStatusCode().value(), res.getHeaders(),
                        new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    static Page post(RestClient http, MultiValueMap<String, Object> form, String cookie, HttpHeaders headers) {
        return http.post().uri("/assessments").contentType(MediaType.MULTIPART_FORM_DATA).accept(MediaType.TEXT_HTML)
                .headers(h -> {
                    h.addAll(headers);
                    if (cookie != null) {
                        h.set(HttpHeaders.COOKIE, cookie);
                    }
                }).body(form).exchange((req, res) -> new Page(res.getStatusCode().value(), res.getHeaders(),
                        new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    record Page(int status, HttpHeaders headers, String body) {
    }
}
