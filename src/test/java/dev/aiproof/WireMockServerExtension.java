package dev.aiproof;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * A WireMock server on a free port for one test class: started before the class, emptied before each test,
 * stopped after. Register it as {@code @RegisterExtension static final WireMockServerExtension server = …}.
 */
public class WireMockServerExtension extends WireMockServer
        implements
            BeforeAllCallback,
            BeforeEachCallback,
            AfterAllCallback {

    public WireMockServerExtension() {
        super(options().dynamicPort());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        resetAll();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }
}
