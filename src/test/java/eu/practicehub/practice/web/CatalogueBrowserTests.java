package eu.practicehub.practice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person filters the catalogue by theme in a real browser and opens a practice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("browserInstalled")
@Tag("database")
@Tag("browser")
class CatalogueBrowserTests {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    WebDriver browser;

    static boolean browserInstalled() {
        return CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        Path profile = Files.createTempDirectory("practicehub-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--user-data-dir=" + profile, "--window-size=1280,1000");
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void visitorFiltersTheCatalogueByThemeAndOpensAPractice() {
        browser.get("http://localhost:" + port + "/projects/BETTER/practices");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        assertThat(browser.findElements(By.cssSelector("a.practice-link"))).hasSizeGreaterThan(2);
        ((JavascriptExecutor) browser).executeScript("window.samePage = true");

        new Select(browser.findElement(By.id("theme"))).selectByVisibleText("Digital services to citizens");
        browser.findElement(By.id("apply-filters")).click();

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.practice-link"), 2));
        wait.until(ExpectedConditions.urlContains("theme="));
        assertThat(browser.findElement(By.id("result-count")).getText()).isEqualTo("2 good practices found");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.samePage === true"))
                .as("htmx swapped the results without loading a new page").isEqualTo(true);

        browser.findElement(By.linkText("Segnalaci")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Segnalaci"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Study visit hosted by Genoa");
    }
}
