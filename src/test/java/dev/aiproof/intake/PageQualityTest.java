package dev.aiproof.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import dev.aiproof.MailParts;
import dev.aiproof.ServiceTest;
import dev.aiproof.TestMailServer;

/**
 * Every page, and the report email, at a phone's width (375 px) and a desktop's (1280 px; the email at 375 and
 * 600): nothing scrolls sideways, axe-core finds no serious or critical accessibility violation, and a screenshot
 * of each lands in target/screenshots/pages (the committed copies are in docs/screenshots). The browser bypasses
 * the pages' Content-Security-Policy only so that axe-core's own script can be injected; PageSecurityTest checks
 * the headers.
 */
class PageQualityTest extends ServiceTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target/screenshots/pages");
    private static final Path AXE = Path.of("src/test/resources/axe/axe.min.js");

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launch() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (.ci/run installs it)");
        playwright = Playwright
                .create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setArgs(
                        List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void everyPageFitsAPhoneAndPassesAxe() throws Exception {
        String domain = "quality-" + UUID.randomUUID() + ".example";
        List<String> problems = new ArrayList<>();
        String statusUrl;
        String reportUrl;
        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            page.navigate(baseUrl() + "/");
            page.setInputFiles("#file", Path.of("fixtures/e2e/senior-developer.txt"));
            page.fill("#email", "kari@" + domain);
            page.check("#consent");
            page.click("button[type=submit]");
            statusUrl = page.url();
            Locator link = page.locator("[data-testid=report-link]");
            link.waitFor(new Locator.WaitForOptions().setTimeout(PIPELINE_TIMEOUT.toMillis()));
            reportUrl = baseUrl() + link.getAttribute("href");
        }
        for (int width : new int[] {375, 1280}) {
            check(problems, "form", baseUrl() + "/", width);
            check(problems, "status", statusUrl, width);
            check(problems, "report", reportUrl, width);
            check(problems, "not-found", baseUrl() + "/reports/no-such-report", width);
            check(problems, "erase", reportUrl.replace("/reports/", "/erase/"), width);
            checkFormError(problems, width);
        }
        checkErased(problems, reportUrl.replace("/reports/", "/erase/"));
        var mails = TestMailServer.get().getReceivedMessagesForDomain(domain);
        assertThat(mails).hasSize(1);
        String email = MailParts.of(mails[0]).get("text/html");
        for (int width : new int[] {375, 600}) {
            try (BrowserContext context = browser
                    .newContext(new Browser.NewContextOptions().setViewportSize(width, 900).setBypassCSP(true));
                    Page page = context.newPage()) {
                page.setContent(email);
                inspect(problems, page, "email", width, false);
            }
        }
        assertThat(problems).isEmpty();
    }

    private void check(List<String> problems, String name, String url, int width) throws Exception {
        try (BrowserContext context = browser
                .newContext(new Browser.NewContextOptions().setViewportSize(width, 900).setBypassCSP(true));
                Page page = context.newPage()) {
            page.navigate(url);
            inspect(problems, page, name, width, true);
        }
    }

    /** The erase page's form in a real browser (its CSRF cookie and field), and the page it leads to. */
    private void checkErased(List<String> problems, String eraseUrl) throws Exception {
        try (BrowserContext context = browser
                .newContext(new Browser.NewContextOptions().setViewportSize(375, 900).setBypassCSP(true));
                Page page = context.newPage()) {
            page.navigate(eraseUrl);
            page.click("[data-testid=erase-form] button[type=submit]");
            if (!page.locator("[data-testid=erased]").isVisible()) {
                problems.add("erased@375: no confirmation that the data is erased");
            }
            inspect(problems, page, "erased", 375, true);
        }
    }

    private void checkFormError(List<String> problems, int width) throws Exception {
        try (BrowserContext context = browser
                .newContext(new Browser.NewContextOptions().setViewportSize(width, 900).setBypassCSP(true));
                Page page = context.newPage()) {
            page.navigate(baseUrl() + "/");
            page.fill("#email", "x@quality-empty.example");
            page.check("#consent");
            page.click("button[type=submit]");
            if (!page.locator("[data-testid=error]").isVisible()) {
                problems.add("form-error@" + width + ": no error shown");
            }
            try {
                // autofocus is applied once the page has loaded, which a loaded machine may take a moment to reach
                page.waitForFunction("() => document.activeElement && document.activeElement.id === 'file'", null,
                        new Page.WaitForFunctionOptions().setTimeout(10_000));
            } catch (com.microsoft.playwright.TimeoutError e) {
                String focused = (String) page.evaluate("() => document.activeElement && document.activeElement.id");
                problems.add("form-error@" + width + ": focus is on '" + focused + "', not on the field in error");
            }
            inspect(problems, page, "form-error", width, true);
        }
    }

    @SuppressWarnings("unchecked")
    private static void inspect(List<String> problems, Page page, String name, int width, boolean wholePage)
            throws Exception {
        String where = name + "@" + width;
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-" + width + ".png"))
                .setFullPage(true));
        Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        Number viewport = (Number) page.evaluate("() => window.innerWidth");
        if (scrollWidth.intValue() > viewport.intValue()) {
            problems.add(where + ": scrolls sideways (" + scrollWidth + " > " + viewport + " px)");
        }
        if (wholePage) {
            Number h1 = (Number) page.evaluate("() => document.querySelectorAll('h1').length");
            if (h1.intValue() != 1) {
                problems.add(where + ": " + h1 + " h1 elements");
            }
        }
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
        List<String> violations = (List<String>) page.evaluate("""
                async () => (await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'best-practice']})).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + '): ' + v.nodes[0].target)""");
        violations.forEach(v -> problems.add(where + ": " + v));
    }
}
