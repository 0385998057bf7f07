package eu.practicehub.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and ChromeDriver, used as installed so that nothing is downloaded.
 * Without them the browser tests are skipped, except under {@code CI=true}, where they fail.
 */
final class Chromium {

    static final Path BROWSER = Path.of(env("PRACTICEHUB_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(env("PRACTICEHUB_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    static void requireInstalled() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return;
        }
        String message = "Browser tests need Chromium at " + BROWSER + " and ChromeDriver at " + DRIVER
                + ": install them with 'apt-get install chromium chromium-driver' (or set PRACTICEHUB_CHROMIUM"
                + " and PRACTICEHUB_CHROMEDRIVER) to run these tests";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true and " + message);
        }
        assumeTrue(false, "Skipped. " + message);
    }

    static ChromeDriver start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1024",
                "--user-data-dir=" + Files.createTempDirectory("practicehub-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
