package eu.practicehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.account.AccountService;
import eu.practicehub.challenge.Challenge;
import eu.practicehub.challenge.ChallengeService;
import eu.practicehub.challenge.ChallengeSpec;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.PageTest;
import java.time.Duration;
import java.util.List;
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
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// On a day BETTER runs: no transfer starts after a project's end.
@Import(PageTest.FixedClock.class)
@AutoConfigureMockMvc
class ChallengeBrowserTests {

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
    PracticeService practices;

    @Autowired
    ChallengeService challenges;

    @Test
    void aPartnerTurnsASuggestionIntoATransferAndMovesItToAdapt() {
        String key = ApiTestProjects.copyOfBetter(mvc, "CHALLENGE-BROWSER");
        Chromium.signInAsCoordinator(browser, port, accounts, projects.project(key));
        Project project = projects.project(key);
        Challenge challenge = challenges.create(project, new ChallengeSpec("Tartu", "Digital services for citizens",
                "Citizens should reach the city's e-services online.", List.of("Digital services to citizens")));
        long folder = practices.byTitles(project, List.of("Digital Citizen Folder")).get(0).getId();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);

        browser.get("http://localhost:" + port + "/projects/" + key + "/challenges/" + challenge.getId());
        WebElement suggestion = browser.findElement(By.id("suggestion-" + folder));
        assertThat(suggestion.getText()).contains("Digital Citizen Folder", "Owner: Genoa",
                "Shared themes: Digital services to citizens");
        assertThat(suggestion.getText()).contains("recorded as started by you");
        click(suggestion.findElement(By.cssSelector("button[type=submit]")));

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Digital Citizen Folder to Tartu"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("The transfer of “Digital Citizen Folder” to Tartu has started.", "Understand");

        new Select(browser.findElement(By.id("to"))).selectByValue("ADAPT");
        click(browser.findElement(By.cssSelector("#move-form button[type=submit]")));
        // A move cannot be undone: it is asked first, on a page of its own.
        WebElement confirm = wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm")));
        assertThat(confirm.getText()).isEqualTo("Move the transfer to “Adapt”");
        click(confirm);

        wait.until(driver -> driver.findElement(By.cssSelector("main .badge")).getText().equals("Adapt"));
        // The moves name the signed-in coordinator, whose account is named "coordinator".
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Stage", "Adapt", "coordinator");
    }

    private static void click(WebElement button) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
    }
}
