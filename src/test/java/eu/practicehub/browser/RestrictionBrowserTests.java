package eu.practicehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.account.AccountService;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventSpec;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.project.ProjectService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RestrictionBrowserTests {

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

    @Autowired
    EventService events;

    @Test
    void aRestrictionAddedInThePageFlagsThePlannedInPersonEventOnTheDashboardAndASuggestionResolvesIt() {
        String key = ApiTestProjects.copyOfBetter(mvc, "RESTRICTION-BROWSER");
        Chromium.signInAsCoordinator(browser, port, accounts, projects.project(key));
        LocalDate day = LocalDate.of(2022, 11, 15);
        Event event = events.create(projects.project(key), new EventSpec(EventType.STUDY_VISIT, "Study visit in Genoa, November 2022",
                day, null, day, null, null, null, "Genoa", List.of("Gävle", "Tartu"), EventMode.IN_PERSON, "Genoa town hall",
                null, List.of(), null, null, null, EventStatus.PLANNED));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);

        browser.get("http://localhost:" + port + "/projects/" + key + "/events");
        click(browser.findElement(By.id("restrictions-link")));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Travel restrictions"));
        click(browser.findElement(By.id("new-restriction")));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Record a travel restriction"));
        // Tab leaves the field, closing the list of the partners' countries it suggests.
        browser.findElement(By.id("country")).sendKeys("SE", Keys.TAB);
        setDate("from", "2022-11-14");
        setDate("to", "2022-11-20");
        new Select(browser.findElement(By.id("level"))).selectByValue("RESTRICTED");
        browser.findElement(By.id("note")).sendKeys("Entry ban (example)");
        // Enter in the last text field sends the form, as a person at the keyboard would.
        browser.findElement(By.id("source")).sendKeys("https://www.krisinformation.se/", Keys.ENTER);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .alert-success"),
                "The restriction of Sweden (SE) was recorded."));
        click(browser.findElement(By.cssSelector("nav a.nav-link[href$='/" + key + "/dashboard']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard of "));
        WebElement item = browser.findElement(By.id("at-risk-" + event.getId()));
        assertThat(item.getText()).contains("Study visit in Genoa, November 2022", "At risk",
                "Travel is restricted in Sweden (SE) from 14 November 2022 to 20 November 2022: Gävle",
                "Switch to virtual", "Switch to hybrid", "Postpone");

        click(item.findElement(By.cssSelector("button[data-resolution=SWITCH_TO_HYBRID]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .alert-success"),
                "is now hybrid"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Dashboard of ");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("No planned event is at risk.");
        browser.get("http://localhost:" + port + "/projects/" + key + "/events/" + event.getId());
        assertThat(browser.findElement(By.id("event-visitors")).getText()).isEqualTo("Visitors: Gävle joining online; Tartu");
    }

    private static void setDate(String id, String isoDate) {
        // A date field takes its value in ISO form whatever the browser's language shows.
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
    }

    private static void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }
}
