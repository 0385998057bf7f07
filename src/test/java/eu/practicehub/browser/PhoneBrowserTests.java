package eu.practicehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.account.AccountService;
import eu.practicehub.project.ProjectService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main pages on a 390 × 844 phone, signed in as a coordinator: nothing widens the page, the menu
 * is folded and opens from the keyboard, every text of a chart or of the transfer map is at least
 * 12 pixels high on the screen and inside its picture, and no arrow of the map crosses a label.
 * On a large screen the menu stands open without its button.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneBrowserTests {

    private static final int PHONE_WIDTH = 390;

    /** What is wrong with the page as shown, one sentence a problem; an empty list when nothing is. */
    private static final String PROBLEMS = """
            const problems = [];
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            const root = document.documentElement;
            const width = Math.min(window.innerWidth, root.clientWidth);
            if (root.scrollWidth > window.innerWidth || root.scrollWidth > width) {
              const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {
                if (p !== document.body && p !== root && getComputedStyle(p).overflowX !== 'visible') return true; } return false; };
              const wide = [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > width + 0.5 && !scrolls(e)).slice(0, 6)
                .map(e => describe(e) + ' to ' + Math.round(e.getBoundingClientRect().right) + ' px');
              problems.push('the page is ' + root.scrollWidth + ' px wide in a ' + width + ' px window: ' + wide.join(', '));
            }
            const texts = [...document.querySelectorAll('svg text')].filter(t => t.getClientRects().length > 0);
            for (const text of texts) {
              const m = text.getScreenCTM();
              const size = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(m.a, m.b);
              const name = '"' + text.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
              if (size < 12) problems.push(name + ' is written at ' + size.toFixed(1) + ' px');
              const box = text.getBoundingClientRect();
              const picture = text.ownerSVGElement.getBoundingClientRect();
              if (box.left < picture.left - 2 || box.right > picture.right + 2) problems.push(name + ' is cut off by its picture');
            }
            const labels = [...document.querySelectorAll('.transfer-map text')].filter(t => t.getClientRects().length > 0);
            for (const arrow of document.querySelectorAll('.transfer-map .arrow, .transfer-map .edge-start')) {
              const a = arrow.getBoundingClientRect();
              const head = 6;
              for (const label of labels) {
                const t = label.getBoundingClientRect();
                if (a.left - head < t.right && t.left < a.right + head && a.top - head < t.bottom && t.top < a.bottom + head) {
                  problems.push('an arrow crosses the label "' + label.textContent.trim().replace(/\\s+/g, ' ') + '"');
                }
              }
            }
            return problems;
            """;

    private static ChromeDriver browser;

    @RegisterExtension
    static final Chromium.PerClass CHROMIUM = new Chromium.PerClass(started -> browser = started);

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ProjectService projects;

    @Test
    void everyMainPageFitsAPhoneWithAFoldedMenuThatTheKeyboardOpensAndChartTextsOfTwelvePixels() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        phone();
        problems.put("/projects/BETTER as a visitor", onPhone("/projects/BETTER", "Sign in"));

        Chromium.signInAsCoordinator(browser, port, accounts, projects.project("BETTER"));
        List<String> pages = new ArrayList<>(List.of("/projects/BETTER", "/projects/BETTER/practices", "/practices",
                "/projects/BETTER/events", "/projects/BETTER/events/timeline", "/projects/BETTER/transfers",
                "/projects/BETTER/transfers/map", "/projects/BETTER/dashboard", "/projects/BETTER/reports/indicators",
                "/projects/BETTER/action-plans", "/projects/BETTER/news", "/projects/BETTER/newsletters"));
        pages.add(firstLink("/projects/BETTER/practices", "/projects/BETTER/practices/\\d+"));
        pages.add(firstLink("/projects/BETTER/action-plans", "/projects/BETTER/action-plans/\\d+"));
        pages.add(firstLink("/projects/BETTER/news", "/projects/BETTER/news/\\d+"));
        for (String page : pages) {
            problems.put(page, onPhone(page, "Sign out"));
        }

        problems.forEach((page, found) -> assertThat(found).as("at %d px: %s", PHONE_WIDTH, page).isEmpty());
    }

    @Test
    void onALargeScreenTheMenuStandsOpenWithoutItsButtonAndTheMapAndChartsStayClear() {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1024));
        for (String page : List.of("/projects/BETTER/transfers/map", "/projects/BETTER/dashboard")) {
            browser.get(url(page));

            assertThat(shown(browser.findElement(By.cssSelector(".site-menu-toggle")))).isFalse();
            assertThat(shown(browser.findElement(By.id("nav-practice-database")))).isTrue();
            assertThat(shown(browser.findElement(By.cssSelector(".language-switch")))).isTrue();
            assertThat(problems()).as("on a large screen: %s", page).isEmpty();
        }
        tab(3);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the menu's first link takes the focus after the brand")
                .isEqualTo("nav-practice-database");
    }

    /** The page at phone size, with its menu folded, then opened from the keyboard; what is wrong with it. */
    private List<String> onPhone(String page, String accountLink) {
        browser.get(url(page));
        List<String> found = new ArrayList<>();
        Number innerWidth = (Number) browser.executeScript("return window.innerWidth");
        if (innerWidth.intValue() != PHONE_WIDTH) {
            found.add("the window is " + innerWidth + " px wide");
        }
        WebElement menu = browser.findElement(By.id("site-menu"));
        WebElement firstLink = browser.findElement(By.id("nav-practice-database"));
        if (open(menu) || shown(firstLink)) {
            found.add("the menu is not folded");
        }
        found.addAll(problems());

        WebElement toggle = browser.findElement(By.cssSelector(".site-menu-toggle"));
        for (int tabs = 0; tabs < 6 && !toggle.equals(browser.switchTo().activeElement()); tabs++) {
            tab(1);
        }
        if (!toggle.equals(browser.switchTo().activeElement())) {
            found.add("the menu button is not reached with the Tab key");
            return found;
        }
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> shown(firstLink));
        if (!expanded(".site-menu-toggle")) {
            found.add("the menu button does not tell assistive technology that the menu is open");
        }
        if (!shown(browser.findElement(By.cssSelector(".site-menu .language-switch")))
                || browser.findElements(By.xpath("//*[@id='site-menu']//*[normalize-space()='" + accountLink + "']"))
                        .stream().noneMatch(this::shown)) {
            found.add("the open menu does not show the language switch and '" + accountLink + "'");
        }
        tab(1);
        if (!firstLink.equals(browser.switchTo().activeElement())) {
            found.add("Tab from the menu button does not go to the menu's first link");
        }
        found.addAll(problems().stream().map(problem -> "with the menu open, " + problem).toList());
        return found;
    }

    /** Whether the accessibility tree says the element is expanded, as a screen reader would announce it. */
    @SuppressWarnings("unchecked")
    private boolean expanded(String selector) {
        Map<String, Object> element = browser.executeCdpCommand("Runtime.evaluate",
                Map.of("expression", "document.querySelector('" + selector + "')"));
        Object objectId = ((Map<String, Object>) element.get("result")).get("objectId");
        Map<String, Object> tree = browser.executeCdpCommand("Accessibility.getPartialAXTree",
                Map.of("objectId", objectId, "fetchRelatives", false));
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) tree.get("nodes");
        return nodes.stream().flatMap(node -> ((List<Map<String, Object>>) node.getOrDefault("properties", List.of())).stream())
                .anyMatch(property -> "expanded".equals(property.get("name"))
                        && Boolean.TRUE.equals(((Map<String, Object>) property.get("value")).get("value")));
    }

    private boolean open(WebElement popover) {
        return Boolean.TRUE.equals(browser.executeScript("return arguments[0].matches(':popover-open')", popover));
    }

    /** Whether the element is on the screen. */
    private boolean shown(WebElement element) {
        return Boolean.TRUE.equals(browser.executeScript("return arguments[0].checkVisibility({visibilityProperty: true})"
                + " && arguments[0].getClientRects().length > 0", element));
    }

    private void phone() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    }

    @SuppressWarnings("unchecked")
    private List<String> problems() {
        return (List<String>) browser.executeScript(PROBLEMS);
    }

    private String firstLink(String list, String pattern) {
        browser.get(url(list));
        String href = (String) browser.executeScript("return [...document.querySelectorAll('main a[href]')]"
                + ".map(a => a.getAttribute('href')).find(h => new RegExp('^' + arguments[0] + '$').test(h)) || null", pattern);
        assertThat(href).as("a link like %s on %s", pattern, list).isNotNull();
        return href;
    }

    private void tab(int times) {
        for (int i = 0; i < times; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
    }

    private String url(String page) {
        return "http://localhost:" + port + page;
    }
}
