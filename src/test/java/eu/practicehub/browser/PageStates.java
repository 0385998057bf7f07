package eu.practicehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The states a person brings the pages into, each with a name and the steps that reach it in the browser:
 * a page opened, a form sent with mistakes, a list filtered by htmx, the menu opened on a phone.
 */
final class PageStates {

    /** A page as shown after some steps, named for the failure message. */
    record PageState(String name, Runnable reach) {
    }

    static final int PHONE_WIDTH = 390;

    private final ChromeDriver browser;
    private final int port;
    private final List<PageState> states = new ArrayList<>();
    private boolean phone;

    PageStates(ChromeDriver browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    /** The page at this path, as loaded; it must be the page asked for, not an error page. */
    PageStates page(String path) {
        return state(path, () -> openPage(path));
    }

    /** The error page a request for this path gets (an unknown project, a malformed id). */
    PageStates errorPage(String path) {
        return state(path + " (error page)", () -> {
            open(path);
            assertThat(isErrorPage()).as("%s answers with an error page", path).isTrue();
        });
    }

    /** The page of the first link on {@code list} whose path matches {@code pattern}. */
    PageStates linked(String list, String pattern) {
        return state(pattern + " (linked from " + list + ")", () -> openPage(link(list, pattern)));
    }

    private void openPage(String path) {
        open(path);
        assertThat(isErrorPage()).as("%s shows its page, not an error page", path).isFalse();
    }

    private boolean isErrorPage() {
        return !browser.findElements(By.cssSelector("main[data-error-page]")).isEmpty();
    }

    PageStates state(String name, Runnable reach) {
        states.add(new PageState(name, reach));
        return this;
    }

    List<PageState> all() {
        return List.copyOf(states);
    }

    void open(String path) {
        if (phone) {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            phone = false;
        }
        browser.get(path.startsWith("http") ? path : url(path));
    }

    /** The address of the first link in the main content of {@code list} whose path matches {@code pattern}. */
    String link(String list, String pattern) {
        open(list);
        List<String> found = links(pattern);
        assertThat(found).as("a link like %s on %s", pattern, list).isNotEmpty();
        return found.get(0);
    }

    /** The first link matching {@code target} on any of the pages that {@code list} links to by {@code pattern}. */
    String linkOnAny(String list, String pattern, String target) {
        open(list);
        for (String page : links(pattern)) {
            open(page);
            List<String> found = links(target);
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        throw new AssertionError("no page like " + pattern + " linked from " + list + " links to " + target);
    }

    @SuppressWarnings("unchecked")
    private List<String> links(String pattern) {
        return (List<String>) browser.executeScript("return [...new Set([...document.querySelectorAll('main a[href]')]"
                + ".map(a => a.getAttribute('href'))"
                + ".filter(h => new RegExp('^' + arguments[0] + '(\\\\?.*)?$').test(h)))]", pattern);
    }

    /**
     * Sends the form of {@code path} that matches {@code form} with these values (by field name) and the
     * browser's own checks off, as a person whose browser does not check would; waits for the form again.
     */
    void failSave(String path, String form, Map<String, String> values) {
        open(path);
        browser.executeScript("""
                const form = document.querySelector(arguments[0]);
                form.noValidate = true;
                for (const [name, value] of Object.entries(arguments[1])) {
                  const field = form.elements.namedItem(name);
                  if (field.type === 'file') continue;
                  field.value = value;
                }
                form.dataset.sent = 'yes';
                form.requestSubmit(form.querySelector('button[type=submit]:not([name=preview])'));
                """, form, values);
        waitForNewPage();
        assertThat(browser.findElements(By.cssSelector("#error-summary, .is-invalid, .alert-danger")))
                .as("the form of %s shows its problems", path).isNotEmpty();
    }

    /** Chooses an option of a filter's select and waits for htmx to show the filtered results in the same page. */
    void filter(String path, String select, String option) {
        open(path);
        browser.executeScript("window.samePage = true");
        String before = browser.getCurrentUrl();
        new Select(browser.findElement(By.id(select))).selectByVisibleText(option);
        await().until(d -> !d.getCurrentUrl().equals(before)
                && d.findElements(By.cssSelector(".htmx-request")).isEmpty());
        assertThat(browser.executeScript("return window.samePage === true")).as("htmx filtered in the page").isEqualTo(true);
    }

    /** Ticks a checkbox of a form that htmx sends on change, and waits for the results. */
    void tick(String path, String checkbox) {
        open(path);
        String before = browser.getCurrentUrl();
        browser.findElement(By.cssSelector(checkbox)).click();
        await().until(d -> !d.getCurrentUrl().equals(before)
                && d.findElements(By.cssSelector(".htmx-request")).isEmpty());
    }

    /** The page on a 390 px wide phone, with its menu opened by its button. */
    void phoneMenu(String path) {
        open(path);
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        phone = true;
        browser.findElement(By.cssSelector(".site-menu-toggle")).click();
        await().until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return document.getElementById('site-menu').matches(':popover-open')")));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriverWait await() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private void waitForNewPage() {
        await().until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return document.readyState === 'complete' && !document.querySelector('form[data-sent]')")));
    }
}
