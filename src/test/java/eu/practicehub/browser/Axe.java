package eu.practicehub.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, the accessibility engine, run in the page the browser shows with the WCAG 2.1 A and AA rules.
 * Its script comes from the {@code com.deque.html.axe-core:selenium} jar, which bundles it.
 */
final class Axe {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SCRIPT = load();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            // Colours are measured once transitions (a button's hover colour) have ended.
            const settled = Promise.race([Promise.all(document.getAnimations().map(a => a.finished.catch(() => null))),
                new Promise(resolve => setTimeout(resolve, 2000))]);
            // label-content-name-mismatch (WCAG 2.5.3) is one of axe's experimental rules, off unless asked for.
            settled.then(() => axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations'],
                rules: {'label-content-name-mismatch': {enabled: true}}}))
              .then(results => done(results.violations.map(v => ({rule: v.id, impact: v.impact || 'unknown',
                  help: v.help + ' (' + v.nodes[0].failureSummary.replace(/\s+/g, ' ').trim() + ')',
                  targets: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(' >> ') : t).join(' '))}))))
              .catch(error => done([{rule: 'axe-error', impact: 'critical', help: String(error), targets: []}]));
            """;

    /** One rule the page breaks, with the elements that break it. */
    record Violation(String state, String rule, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return state + ": " + rule + " (" + impact + ") " + help + " at " + String.join(", ", targets);
        }
    }

    private Axe() {
    }

    /** The violations of the WCAG 2.1 A and AA rules in the page as shown now, named after the page's state. */
    @SuppressWarnings("unchecked")
    static List<Violation> run(ChromeDriver browser, String state) {
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object'"))) {
            browser.executeScript(SCRIPT);
        }
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        List<Map<String, Object>> found = (List<Map<String, Object>>) browser.executeAsyncScript(RUN, WCAG_21_AA);
        return found.stream().map(v -> new Violation(state, (String) v.get("rule"), (String) v.get("impact"),
                (String) v.get("help"), (List<String>) v.get("targets"))).toList();
    }

    /** The failure message: one line a violation. */
    static String report(List<Violation> violations) {
        return violations.size() + " accessibility violation(s) of WCAG 2.1 A/AA:\n"
                + violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }

    private static String load() {
        try (InputStream script = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (script == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
