package eu.practicehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.Role;
import eu.practicehub.account.TestAccounts;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core's WCAG 2.1 A and AA rules over every page of the application, as a visitor, as a coordinator
 * who administers the instance and as a partner's editor: forms after a failed save, confirmation pages,
 * lists filtered by htmx and the menu opened on a phone. Swagger UI, a third party's page, is not checked.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTests {

    private static final String P = "/projects/BETTER";

    private static ChromeDriver browser;

    @RegisterExtension
    static final Chromium.PerClass CHROMIUM = new Chromium.PerClass(started -> browser = started);

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ProjectService projects;

    private PageStates states;
    private String invitation;

    @Test
    void everyPageStateMeetsWcag21AA() {
        Project project = projects.project("BETTER");
        Account administrator = TestAccounts.create(accounts, "administrator", true);
        accounts.grant(administrator.getId(), project.getId(), null, Role.COORDINATOR);
        long genoa = projects.partner(project, "Genoa").orElseThrow().getId();
        Account editor = TestAccounts.withRole(accounts, "editor", project.getId(), genoa, Role.EDITOR);

        List<Axe.Violation> violations = new ArrayList<>();
        List<String> deadLinks = new ArrayList<>();
        Chromium.signIn(browser, port, administrator);
        check(coordinator(), violations, deadLinks);
        Chromium.signIn(browser, port, editor);
        check(editor(), violations, deadLinks);
        browser.manage().deleteAllCookies();
        check(visitor(), violations, deadLinks);

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(violations.isEmpty()).as(() -> Axe.report(violations)).isTrue();
            softly.assertThat(deadLinks.isEmpty())
                    .as(() -> "links of error summaries that do not take the focus to their field:\n" + String.join("\n", deadLinks))
                    .isTrue();
        });
    }

    @Test
    void theKeyboardFocusRingStandsOutAtLeastThreeToOne() {
        Project project = projects.project("BETTER");
        Chromium.signInAsCoordinator(browser, port, accounts, project);
        List<String> problems = new ArrayList<>();
        for (String page : List.of(P, P + "/practices", P + "/events/new")) {
            browser.get("http://localhost:" + port + page);
            problems.addAll(Contrast.focusProblems(browser, page, 40));
        }
        assertThat(problems).isEmpty();
    }

    /** Reaches each state, runs axe-core in it and, after a failed save, follows the error summary's links. */
    private void check(PageStates pages, List<Axe.Violation> violations, List<String> deadLinks) {
        for (PageStates.PageState state : pages.all()) {
            try {
                state.reach().run();
            } catch (RuntimeException | AssertionError e) {
                String reason = String.valueOf(e.getMessage()).strip().lines().findFirst().orElse("");
                violations.add(new Axe.Violation(state.name(), "state-not-reached", "critical", reason,
                        List.of(browser.getCurrentUrl())));
                continue;
            }
            violations.addAll(Axe.run(browser, state.name()));
            deadLinks.addAll(errorSummaryLinks(state.name()));
        }
    }

    /** What is wrong with the error summary's links: each must move the focus to the field it names. */
    private List<String> errorSummaryLinks(String state) {
        List<String> problems = new ArrayList<>();
        for (WebElement link : browser.findElements(By.cssSelector("#error-summary a[href^='#']"))) {
            String target = URLDecoder.decode(link.getDomAttribute("href").substring(1), StandardCharsets.UTF_8);
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
            link.click();
            String focused = (String) browser.executeScript("return document.activeElement.id");
            if (!target.equals(focused)) {
                boolean exists = !browser.findElements(By.id(target)).isEmpty();
                problems.add(state + ": the link to #" + target + " leaves the focus on "
                        + (focused.isEmpty() ? "an element without id" : "#" + focused)
                        + (exists ? "" : "; no element has that id"));
            }
        }
        return problems;
    }

    private PageStates coordinator() {
        states = new PageStates(browser, port);
        states.page("/").page(P).page(P + "/dashboard").page("/practices").page(P + "/practices")
                .page(P + "/events").page(P + "/events/timeline").page(P + "/events/at-risk").page(P + "/restrictions")
                .page(P + "/transfers").page(P + "/transfers/map").page(P + "/action-plans").page(P + "/challenges")
                .page(P + "/reports").page(P + "/reports/indicators").page(P + "/news").page(P + "/newsletters")
                .page(P + "/targets").page(P + "/members").page(P + "/audit").page("/profile").page("/admin/accounts")
                .page("/admin/backup").page("/admin/search")
                .linked("/", "/programmes/[^/]+")
                .linked(P + "/practices", P + "/practices/\\d+")
                .linked(P + "/practices", P + "/practices/\\d+")
                .linked(P, P + "/partners/\\d+")
                .linked(P + "/events", P + "/events/\\d+")
                .linked(P + "/transfers", P + "/transfers/\\d+")
                .linked(P + "/action-plans", P + "/action-plans/\\d+")
                .state("a new challenge", () -> {
                    states.open(P + "/challenges/new");
                    sendForm("main form.record-form", Map.of("title", "Faster permits for small firms"));
                })
                .linked(P + "/challenges", P + "/challenges/\\d+")
                .state("challenge edit form", () -> follow(P + "/challenges", P + "/challenges/\\d+", P + "/challenges/\\d+/edit"))
                .state("confirm deleting a challenge", () -> follow(P + "/challenges", P + "/challenges/\\d+",
                        P + "/challenges/\\d+/delete"))
                .linked(P + "/news", P + "/news/\\d+")
                .linked(P + "/newsletters", P + "/newsletters/\\d+")
                .linked(P + "/dashboard", P + "/semesters/\\d+")
                .state("practice chain", () -> follow(P + "/practices", P + "/practices/\\d+", P + "/practices/\\d+/chain"))
                .state("partner chain", () -> follow(P, P + "/partners/\\d+", P + "/partners/\\d+/chain"))
                .state("action chain", () -> follow(P + "/action-plans", P + "/action-plans/\\d+",
                        P + "/action-plans/\\d+/actions/\\d+/chain"))
                .state("practice history", () -> follow(P + "/practices", P + "/practices/\\d+", P + "/practices/\\d+/history"))
                .state("semester targets form", () -> follow(P + "/dashboard", P + "/semesters/\\d+", P + "/semesters/\\d+/targets"))
                // Forms, empty and after a failed save
                .page(P + "/practices/new").page(P + "/events/new").page(P + "/transfers/new").page(P + "/challenges/new")
                .page(P + "/restrictions/new").page(P + "/restrictions/import").page(P + "/newsletters/new")
                .state("practice edit form", () -> follow(P + "/practices", P + "/practices/\\d+", P + "/practices/\\d+/edit"))
                .state("event edit form", () -> follow(P + "/events", P + "/events/\\d+", P + "/events/\\d+/edit"))
                .state("action plan edit form", () -> follow(P + "/action-plans", P + "/action-plans/\\d+",
                        P + "/action-plans/\\d+/edit"))
                .state("action edit form", () -> follow(P + "/action-plans", P + "/action-plans/\\d+",
                        P + "/action-plans/\\d+/actions/\\d+/edit"))
                .state("newsletter edit form", () -> follow(P + "/newsletters", P + "/newsletters/\\d+", P + "/newsletters/\\d+/edit"))
                .state("practice form after a failed save", () -> states.failSave(P + "/practices/new", "main form.record-form",
                        Map.of("title", "")))
                .state("event form after a failed save", () -> states.failSave(P + "/events/new", "main form.record-form",
                        Map.of("title", "", "startDate", "")))
                .state("transfer form after a failed save", () -> states.failSave(P + "/transfers/new", "main form.record-form",
                        Map.of()))
                .state("challenge form after a failed save", () -> states.failSave(P + "/challenges/new", "main form.record-form",
                        Map.of("title", "")))
                .state("restriction form after a failed save", () -> states.failSave(P + "/restrictions/new",
                        "#restriction-form", Map.of("country", "", "from", "")))
                .state("restriction import after a failed save", () -> states.failSave(P + "/restrictions/import",
                        "main form[enctype]", Map.of()))
                .state("newsletter generation after a failed save", () -> states.failSave(P + "/newsletters/new",
                        "main form.record-form", Map.of("from", "2022-01-31", "to", "2021-08-01")))
                .state("action form after a failed save", () -> states.failSave(link(P + "/action-plans", P + "/action-plans/\\d+",
                        P + "/action-plans/\\d+/actions/new"), "main form.record-form",
                        Map.of("title", "", "indicators[0].name", "", "indicators[0].target", "many", "indicators[1].baseline", "x")))
                .state("action plan form after a failed save", () -> states.failSave(link(P + "/action-plans",
                        P + "/action-plans/\\d+", P + "/action-plans/\\d+/edit"), "main form.record-form",
                        Map.of("contactEmail", "not an address", "version", "")))
                .state("monitoring update form", () -> states.open(updateForm()))
                .state("monitoring update form after a failed save", () -> states.failSave(updateForm(), "main form.record-form",
                        Map.of("progress", "lots", "date", "")))
                .state("targets form after a failed save", () -> states.failSave(P + "/targets", "main form.record-form",
                        Map.of("values[STUDY_VISITS]", "-3")))
                .state("profile after a failed save", () -> states.failSave("/profile", "main form[action$='/profile']",
                        Map.of("name", "")))
                .state("password form after a failed save", () -> states.failSave("/profile", "main form[action$='/password']",
                        Map.of("currentPassword", "wrong")))
                .state("token form after a failed save", () -> states.failSave("/profile", "main form[action$='/tokens']",
                        Map.of("tokenName", "")))
                .state("invitation form after a failed save", () -> states.failSave("/admin/accounts",
                        "main form[action$='/invite']", Map.of("email", "nobody")))
                .state("member form after a failed save", () -> states.failSave(P + "/members",
                        "main form[action$='/members']", Map.of("memberEmail", "")))
                .state("backup restore after a failed save", () -> states.failSave("/admin/backup",
                        "main form[enctype]", Map.of()))
                .state("transfer move after a failed save", () -> states.failSave(link(P + "/transfers", P + "/transfers/\\d+"),
                        "#move-form", Map.of("version", "")))
                // Pages shown after a save
                .state("token created", () -> {
                    states.open("/profile");
                    sendForm("main form[action$='/tokens']", Map.of("tokenName", "Accessibility check"));
                })
                .state("invitation link", () -> {
                    states.open("/admin/accounts");
                    sendForm("main form[action$='/invite']", Map.of("email", "invited-" + System.nanoTime() + "@practicehub.test",
                            "name", "Invited"));
                    URI link = URI.create(browser.findElement(By.id("one-time-link")).getText().strip());
                    invitation = link.getRawPath() + "?" + link.getRawQuery();
                })
                // Confirmation pages
                .state("confirm revoking a token", () -> follow("/profile", "/profile/tokens/\\d+/revoke"))
                .state("confirm disabling an account", () -> follow("/admin/accounts", "/admin/accounts/\\d+/enabled"))
                .state("confirm making an administrator", () -> follow("/admin/accounts", "/admin/accounts/\\d+/admin"))
                .state("confirm removing a member", () -> follow(P + "/members", P + "/members/\\d+/remove"))
                .state("confirm deleting a practice", () -> follow(P + "/practices", P + "/practices/\\d+", P + "/practices/\\d+/delete"))
                .state("confirm deleting an event", () -> follow(P + "/events", P + "/events/\\d+", P + "/events/\\d+/delete"))
                .state("a generated newsletter draft", () -> {
                    states.open(P + "/newsletters/new");
                    sendForm("main form.record-form", Map.of("from", "2021-08-01", "to", "2022-01-31"));
                })
                .state("confirm publishing a newsletter", () -> states.open(states.linkOnAny(P + "/newsletters",
                        P + "/newsletters/\\d+", P + "/newsletters/\\d+/publish")))
                .state("confirm deleting a newsletter draft", () -> states.open(states.linkOnAny(P + "/newsletters",
                        P + "/newsletters/\\d+", P + "/newsletters/\\d+/delete")))
                // Lists filtered by htmx, and the phone's menu
                .state("practices filtered by a theme", () -> states.filter(P + "/practices", "theme", "Digital services to citizens"))
                .state("events filtered by a type", () -> states.filter(P + "/events", "type", "Study visit"))
                .state("database filtered by a facet", () -> states.tick("/practices", "input[id^='f-']"))
                .state("menu opened on a phone", () -> states.phoneMenu(P + "/practices"));
        return states;
    }

    private PageStates editor() {
        states = new PageStates(browser, port);
        return states.page(P).page(P + "/practices/new").page(P + "/events/new").page(P + "/transfers/new")
                .page(P + "/challenges/new")
                .errorPage("/admin/accounts")
                .state("practice form of an editor after a failed save", () -> states.failSave(P + "/practices/new",
                        "main form.record-form", Map.of("title", "")))
                .state("event form of an editor after a failed save", () -> states.failSave(P + "/events/new",
                        "main form.record-form", Map.of("title", "", "startDate", "")))
                .state("menu of an editor opened on a phone", () -> states.phoneMenu(P));
    }

    private PageStates visitor() {
        states = new PageStates(browser, port);
        return states.page("/").page(P).page("/practices").page(P + "/practices").page(P + "/events").page(P + "/news")
                .page("/login").errorPage("/projects/NOWHERE").errorPage(P + "/practices/not-a-number")
                .linked(P + "/practices", P + "/practices/\\d+")
                .state("sign-in after a failed attempt", () -> states.failSave("/login", "#login-form",
                        Map.of("username", "nobody@practicehub.test", "password", "wrong")))
                .state("account setup from an invitation", () -> states.open(invitation))
                .state("account setup after a failed save", () -> states.failSave(invitation, "main form.record-form",
                        Map.of("password", "short", "repeatPassword", "other")))
                .state("practices filtered by a visitor", () -> states.filter(P + "/practices", "theme", "Digital services to citizens"))
                .state("menu of a visitor opened on a phone", () -> states.phoneMenu(P));
    }

    /** Opens the pages one after the other, each through the first link matching the next pattern. */
    private void follow(String start, String... patterns) {
        states.open(link(start, patterns));
    }

    private String link(String start, String... patterns) {
        String page = start;
        for (String pattern : patterns) {
            page = states.link(page, pattern);
        }
        return page;
    }

    /** The monitoring update form of a plan's first action (a form a plan in monitoring links to). */
    private String updateForm() {
        return link(P + "/action-plans", P + "/action-plans/\\d+", P + "/action-plans/\\d+/actions/\\d+/edit")
                .replaceFirst("/edit$", "/updates/new");
    }

    private void sendForm(String form, Map<String, String> values) {
        browser.executeScript("""
                const form = document.querySelector(arguments[0]);
                for (const [name, value] of Object.entries(arguments[1])) form.elements.namedItem(name).value = value;
                for (const select of form.querySelectorAll('select[required]')) {
                  if (!select.value) select.value = [...select.options].find(o => o.value).value;
                }
                form.dataset.sent = 'yes';
                form.requestSubmit(form.querySelector('button[type=submit]'));
                """, form, values);
        states.await().until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return document.readyState === 'complete' && !document.querySelector('form[data-sent]')")));
    }
}
