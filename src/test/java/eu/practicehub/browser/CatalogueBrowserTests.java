package eu.practicehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogueBrowserTests {

    private static ChromeDriver browser;

    @RegisterExtension
    static final Chromium.PerClass CHROMIUM = new Chromium.PerClass(started -> browser = started);

    @LocalServerPort
    int port;

    @Test
    void aVisitorFiltersTheCatalogueByAThemeAndOpensAPractice() {
        browser.get("http://localhost:" + port + "/projects/BETTER/practices");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);
        assertThat(resultTitles()).hasSizeGreaterThan(2).contains("Segnalaci", "Lego education innovation studio");
        browser.executeScript("window.samePage = true");

        new Select(browser.findElement(By.id("theme"))).selectByVisibleText("Digital services to citizens");
        browser.findElement(By.id("apply-filters")).click();
        wait.until(ExpectedConditions.urlContains("theme="));
        wait.until(driver -> Set.copyOf(resultTitles()).equals(Set.of("Digital Citizen Folder", "Segnalaci")));

        wait.until(ExpectedConditions.textToBe(By.id("result-count"), "2 good practices found"));
        assertThat(browser.executeScript("return window.samePage === true"))
                .as("htmx swapped the results without loading a new page").isEqualTo(true);

        // htmx may still be settling the swapped results: find and click again if the link went stale.
        wait.until(driver -> {
            driver.findElement(By.linkText("Segnalaci")).click();
            return true;
        });
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Segnalaci"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Genoa", "Digital services to citizens", "Study visit hosted by Genoa");
    }

    @Test
    void theFiltersComeAndGoWithTheResultsAndBackShowsTheFiltersOfTheResultsItShows() {
        browser.get("http://localhost:" + port + "/projects/BETTER/practices");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);
        int all = resultTitles().size();
        assertThat(clearLinks()).as("no Clear link while nothing is filtered").isEmpty();

        choose("theme", "Digital services to citizens");
        wait.until(ExpectedConditions.urlContains("theme="));
        wait.until(driver -> Set.copyOf(resultTitles()).equals(Set.of("Digital Citizen Folder", "Segnalaci")));
        assertThat(clearLinks()).as("the Clear link comes with the filtered results").hasSize(1);
        choose("status", "Adopted");
        wait.until(ExpectedConditions.urlContains("status=ADOPTED"));

        browser.navigate().back();
        wait.until(driver -> !driver.getCurrentUrl().contains("status=ADOPTED") && chosen("status").equals("Any status"));
        assertThat(chosen("theme")).isEqualTo("Digital services to citizens");
        assertThat(Set.copyOf(resultTitles())).isEqualTo(Set.of("Digital Citizen Folder", "Segnalaci"));
        assertThat(clearLinks()).hasSize(1);

        browser.navigate().back();
        wait.until(driver -> !driver.getCurrentUrl().contains("theme=") && chosen("theme").equals("All themes"));
        assertThat(resultTitles()).hasSize(all);
        assertThat(clearLinks()).as("no Clear link once the filters are gone").isEmpty();

        choose("theme", "Digital services to citizens");
        wait.until(driver -> Set.copyOf(resultTitles()).equals(Set.of("Digital Citizen Folder", "Segnalaci")));
        wait.until(driver -> {
            driver.findElement(By.linkText("Segnalaci")).click();
            return true;
        });
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Segnalaci"));
        browser.navigate().back();
        wait.until(ExpectedConditions.urlContains("theme="));
        wait.until(driver -> chosen("theme").equals("Digital services to citizens"));
        assertThat(Set.copyOf(resultTitles())).isEqualTo(Set.of("Digital Citizen Folder", "Segnalaci"));
    }

    private void choose(String select, String option) {
        new Select(browser.findElement(By.id(select))).selectByVisibleText(option);
    }

    private String chosen(String select) {
        return new Select(browser.findElement(By.id(select))).getFirstSelectedOption().getText();
    }

    private List<WebElement> clearLinks() {
        return browser.findElements(By.cssSelector("#catalogue-filters #clear-filters a"));
    }

    private List<String> resultTitles() {
        return browser.findElements(By.cssSelector("a.practice-link")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }
}
