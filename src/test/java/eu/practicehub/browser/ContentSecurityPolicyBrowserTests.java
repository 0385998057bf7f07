package eu.practicehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.account.AccountService;
import eu.practicehub.event.EventType;
import eu.practicehub.project.ProjectService;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * In a real browser, under the Content-Security-Policy the server sends: htmx, the newsletter's live
 * preview and Swagger UI work, and the browser reports no violation of the policy.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ContentSecurityPolicyBrowserTests {

    /** Collects the policy's violations from the start of every page, before any of its own script runs. */
    private static final String RECORD_VIOLATIONS = "window.cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + " window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });";

    private static ChromeDriver browser;

    @RegisterExtension
    static final Chromium.PerClass CHROMIUM = new Chromium.PerClass(started -> browser = started);

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ProjectService projects;

    @BeforeAll
    static void recordViolations() {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
    }

    @BeforeEach
    void signOut() {
        browser.get("http://localhost:" + port + "/login");
        browser.manage().deleteAllCookies();
    }

    @Test
    void swaggerUiShowsTheApiUnderThePolicy() {
        browser.get("http://localhost:" + port + "/swagger-ui/index.html");

        wait(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
        assertThat(browser.findElement(By.cssSelector(".information-container")).getText()).contains("PracticeHub API");
        assertThat(browser.findElements(By.cssSelector(".opblock-tag"))).hasSizeGreaterThan(3);
        assertThat(violations()).isEmpty();
    }

    @Test
    void htmxFiltersTheCatalogueUnderThePolicy() {
        browser.get("http://localhost:" + port + "/projects/BETTER/practices");
        browser.executeScript("window.samePage = true");

        new Select(browser.findElement(By.id("theme"))).selectByVisibleText("Digital services to citizens");
        browser.findElement(By.id("apply-filters")).click();

        wait(15).until(ExpectedConditions.textToBe(By.id("result-count"), "2 good practices found"));
        assertThat(browser.executeScript("return window.samePage === true")).as("swapped in place by htmx").isEqualTo(true);
        assertThat(violations()).isEmpty();
    }

    @Test
    void theNewslettersLivePreviewShowsTheTextAsItIsTypedUnderThePolicy() {
        String key = ApiTestProjects.copyOfBetterWithoutNewsletters(mvc, "CSP");
        MvcTestResult written = mvc.post().uri("/projects/{key}/newsletters/new", key).param("from", "2021-08-01")
                .param("to", "2022-01-31").param("types", Arrays.stream(EventType.values()).map(Enum::name).toArray(String[]::new))
                .exchange();
        assertThat(written).hasStatus(HttpStatus.FOUND);
        String edit = written.getResponse().getRedirectedUrl();
        Chromium.signInAsCoordinator(browser, port, accounts, projects.project(key));
        browser.get("http://localhost:" + port + edit);
        browser.executeScript("window.samePage = true");

        WebElement body = browser.findElement(By.id("body"));
        body.sendKeys("\n\n## Typed just now\n\nA **bold** word and <script>alert(1)</script>");

        wait(15).until(d -> {
            String preview = d.findElement(By.id("preview")).getText();
            return preview.contains("Typed just now") && preview.contains("<script>alert(1)</script>");
        });
        assertThat(browser.findElement(By.cssSelector("#preview strong")).getText()).isEqualTo("bold");
        assertThat(browser.findElements(By.cssSelector("#preview script"))).isEmpty();
        assertThat(browser.executeScript("return window.samePage === true")).as("a live preview, no page load").isEqualTo(true);
        assertThat(violations()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations() {
        return (List<String>) browser.executeScript("return window.cspViolations || ['the recorder did not run']");
    }

    private static WebDriverWait wait(int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
