package dev.aiproof;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/** One WireMock server playing linkedin.com for the whole test run (tests never call the real one). */
public final class TestLinkedIn {

    private static WireMockServer server;

    private TestLinkedIn() {
    }

    public static synchronized WireMockServer get() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
        }
        return server;
    }

    public static String baseUrl() {
        return get().baseUrl();
    }
}
