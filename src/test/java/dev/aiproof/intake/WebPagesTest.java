package dev.aiproof.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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

import dev.aiproof.ServiceTest;
import dev.aiproof.TestMailServer;

/** A person in a real browser (Debian's Chromium, driven by Playwright): upload, wait, read the report. */
class WebPagesTest extends ServiceTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launch() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (.ci/run installs it)");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
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
    void uploadWaitAndReadTheReport() throws Exception {
        String domain = "web-" + UUID.randomUUID() + ".example";
        try (Page page = browser.newPage()) {
            page.navigate(baseUrl() + "/");
            assertThat(page.title()).contains("aiproof");
            screenshot(page, "1-form.png");
            page.setInputFiles("#file", Path.of("fixtures/e2e/senior-developer.txt"));
            page.fill("#email", "kari@" + domain);
            page.check("#consent");
            page.click("button[type=submit]");

            assertThat(page.url()).contains("/assessments/");
            Locator link = page.locator("[data-testid=report-link]");
            link.waitFor(new Locator.WaitForOptions().setTimeout(PIPELINE_TIMEOUT.toMillis()));
            screenshot(page, "2-status.png");
            link.click();

            assertThat(page.url()).contains("/reports/");
            String score = page.locator("[data-testid=score]").innerText();
            assertThat(score).matches("(?s)\\d{1,3}\\s*/100");
            assertThat(page.locator("[data-testid=band]").innerText()).endsWith("exposure");
            assertThat(page.content()).contains("Software Developers").contains("Your tasks");
            screenshot(page, "3-report.png");
        }
        assertThat(TestMailServer.get().getReceivedMessagesForDomain(domain).length).isLessThanOrEqualTo(1);
    }

    @Test
    void aFileThatIsNotACvIsExplainedOnTheStatusPage() throws Exception {
        Path exe = Files.createTempFile("cv", ".pdf");
        Files.write(exe, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0});
        try (Page page = browser.newPage()) {
            page.navigate(baseUrl() + "/");
            page.setInputFiles("#file", exe);
            page.fill("#email", "x@web-rejected.example");
            page.check("#consent");
            page.click("button[type=submit]");
            Locator alert = page.locator("[data-testid=status] [role=alert]");
            alert.waitFor(new Locator.WaitForOptions().setTimeout(PIPELINE_TIMEOUT.toMillis()));
            assertThat(alert.innerText()).containsPattern("(UNSUPPORTED_FORMAT|CORRUPT|NO_TEXT)\\)");
            screenshot(page, "4-rejected.png");
        } finally {
            Files.deleteIfExists(exe);
        }
    }

    @Test
    void aFormWithNeitherFileNorProfileIsExplained() {
        try (Page page = browser.newPage()) {
            page.navigate(baseUrl() + "/");
            page.fill("#email", "x@web-empty.example");
            page.check("#consent");
            page.click("button[type=submit]");
            Locator error = page.locator("[data-testid=error]");
            assertThat(error.innerText()).contains("FILE_REQUIRED");
            assertThat(page.inputValue("#email")).isEqualTo("x@web-empty.example");
        }
    }

    /** A Norwegian browser, a Norwegian CV: form, status, report and PDF all in Norwegian. */
    @Test
    void theNorwegianJourney() throws Exception {
        String domain = "web-nb-" + UUID.randomUUID() + ".example";
        try (BrowserContext norwegian = browser.newContext(new Browser.NewContextOptions().setLocale("nb-NO"));
                Page page = norwegian.newPage()) {
            page.navigate(baseUrl() + "/");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nb");
            assertThat(page.locator("h1").innerText()).isEqualTo("Hvor utsatt er arbeidet ditt for KI?");
            screenshot(page, "nb-1-form.png");
            page.setInputFiles("#file", Path.of("fixtures/cv/labelled/11-sykepleier-senior.txt"));
            page.fill("#email", "kari@" + domain);
            page.check("#consent");
            page.click("button[type=submit]");

            Locator link = page.locator("[data-testid=report-link]");
            link.waitFor(new Locator.WaitForOptions().setTimeout(PIPELINE_TIMEOUT.toMillis()));
            assertThat(page.locator("h1").innerText()).isEqualTo("Vurderingen din");
            screenshot(page, "nb-2-status.png");
            link.click();

            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nb");
            assertThat(page.locator("[data-testid=band]").innerText()).endsWith("eksponering");
            assertThat(page.content()).contains("Sykepleier").contains("Oppgavene dine").doesNotContain("Your tasks");
            screenshot(page, "nb-3-report.png");
            String pdfUrl = page.locator("[data-testid=pdf-link]").getAttribute("href");
            byte[] pdf = norwegian.request().get(baseUrl() + pdfUrl).body();
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                        .contains("Oppgavene dine").contains("Planen din");
            }
        }
    }

    /** The form's language choice wins over both the browser's language and the CV's. */
    @Test
    void theFormsLanguageChoiceWins() {
        assertChosenLanguage(null, "fixtures/e2e/senior-developer.txt", "nb", "eksponering", "Oppgavene dine",
                "Your tasks");
        assertChosenLanguage("nb-NO", "fixtures/cv/labelled/11-sykepleier-senior.txt", "en", "exposure", "Your tasks",
                "Oppgavene dine");
    }

    private void assertChosenLanguage(String browserLocale, String cv, String chosen, String bandEnding, String present,
            String absent) {
        Browser.NewContextOptions options = new Browser.NewContextOptions();
        if (browserLocale != null) {
            options.setLocale(browserLocale);
        }
        try (BrowserContext context = browser.newContext(options); Page page = context.newPage()) {
            page.navigate(baseUrl() + "/");
            page.setInputFiles("#file", Path.of(cv));
            page.fill("#email", "choice@web-choice-" + chosen + "-" + UUID.randomUUID() + ".example");
            page.check("#consent");
            page.selectOption("#language", chosen);
            page.click("button[type=submit]");

            Locator link = page.locator("[data-testid=report-link]");
            link.waitFor(new Locator.WaitForOptions().setTimeout(PIPELINE_TIMEOUT.toMillis()));
            assertThat(page.locator("html").getAttribute("lang")).as("status page").isEqualTo(chosen);
            link.click();

            assertThat(page.locator("html").getAttribute("lang")).as("report page").isEqualTo(chosen);
            assertThat(page.locator("[data-testid=band]").innerText()).endsWith(bandEnding);
            assertThat(page.content()).contains(present).doesNotContain(absent);
        }
    }

    private static void screenshot(Page page, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }
}
