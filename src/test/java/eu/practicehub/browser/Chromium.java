package eu.practicehub.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.Role;
import eu.practicehub.account.TestAccounts;
import eu.practicehub.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and ChromeDriver, used as installed so that nothing is downloaded.
 * Without them the browser tests are skipped, except under {@code CI=true}, where they fail.
 */
final class Chromium {

    static final Path BROWSER = Path.of(env("PRACTICEHUB_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(env("PRACTICEHUB_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /**
     * The browser of a test class: started before its tests (skipped without Chromium, failing under
     * {@code CI=true}) and handed to the class, quit after its tests.
     */
    static final class PerClass implements BeforeAllCallback, AfterAllCallback {

        private final Consumer<ChromeDriver> started;
        private ChromeDriver driver;

        PerClass(Consumer<ChromeDriver> started) {
            this.started = started;
        }

        @Override
        public void beforeAll(ExtensionContext context) throws IOException {
            requireInstalled();
            driver = start();
            started.accept(driver);
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (driver != null) {
                driver.quit();
                driver = null;
            }
        }
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
        // A class skipped before its tests shows no reason in the build output: say it there.
        System.out.println("[browser] Skipped. " + message);
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

    /** Signs in on the login page as a new account that coordinates the project, leaving any earlier session. */
    static void signInAsCoordinator(ChromeDriver driver, int port, AccountService accounts, Project project) {
        signIn(driver, port, TestAccounts.withRole(accounts, "coordinator", project.getId(), null, Role.COORDINATOR));
    }

    /** Signs in on the login page as this account (made with {@link TestAccounts}), leaving any earlier session. */
    static void signIn(ChromeDriver driver, int port, Account account) {
        driver.get("http://localhost:" + port + "/login");
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys(account.getEmail());
        driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> !d.getCurrentUrl().contains("/login") && !d.findElements(By.cssSelector(".account-nav form")).isEmpty());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
