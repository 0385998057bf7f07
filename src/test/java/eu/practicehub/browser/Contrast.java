package eu.practicehub.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The contrast of the keyboard focus indicator against what surrounds it (WCAG 2.1 1.4.11, at least 3:1),
 * which axe-core does not measure: each element the Tab key reaches, its outline (or else its box shadow)
 * laid over the background behind it.
 */
final class Contrast {

    static final double FOCUS_MINIMUM = 3.0;

    private static final Pattern NUMBERS = Pattern.compile("[\\d.]+");

    private static final String FOCUSED = """
            const e = document.activeElement;
            if (!e || e === document.body) return null;
            const s = getComputedStyle(e);
            let ring = null;
            if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) ring = s.outlineColor;
            else if (s.boxShadow !== 'none') ring = (s.boxShadow.match(/rgba?\\([^)]*\\)/) || [null])[0];
            let background = 'rgb(255, 255, 255)';
            for (let p = e.parentElement; p; p = p.parentElement) {
              const b = getComputedStyle(p).backgroundColor;
              if (b !== 'transparent' && !/rgba\\(.*,\\s*0\\)$/.test(b)) { background = b; break; }
            }
            const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + ' "' + (e.textContent || e.name || '').trim().replace(/\\s+/g, ' ').slice(0, 30) + '"';
            return {element: name, ring: ring, background: background,
                style: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor + ' / ' + s.boxShadow};
            """;

    private Contrast() {
    }

    /** What is wrong with the focus indicators of the first {@code stops} elements the Tab key reaches. */
    @SuppressWarnings("unchecked")
    static List<String> focusProblems(ChromeDriver browser, String page, int stops) {
        List<String> problems = new ArrayList<>();
        int measured = 0;
        for (int stop = 0; stop < stops; stop++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            Map<String, String> focused = (Map<String, String>) browser.executeScript(FOCUSED);
            if (focused == null) {
                continue;
            }
            measured++;
            if (focused.get("ring") == null) {
                problems.add(page + ": " + focused.get("element") + " shows no focus ring (" + focused.get("style") + ")");
                continue;
            }
            double[] background = rgba(focused.get("background"));
            double ratio = ratio(over(rgba(focused.get("ring")), background), background);
            if (ratio < FOCUS_MINIMUM) {
                problems.add("%s: the focus ring of %s is %s on %s, %.2f:1".formatted(page, focused.get("element"),
                        focused.get("ring"), focused.get("background"), ratio));
            }
        }
        if (measured == 0) {
            problems.add(page + ": the Tab key reached no element, so no focus ring could be measured");
        }
        return problems;
    }

    /** The contrast ratio of two opaque colours (WCAG's relative luminance), from 1 to 21. */
    static double ratio(double[] one, double[] other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** A colour with its alpha laid over an opaque background. */
    static double[] over(double[] colour, double[] background) {
        double alpha = colour[3];
        return new double[] {colour[0] * alpha + background[0] * (1 - alpha), colour[1] * alpha + background[1] * (1 - alpha),
                colour[2] * alpha + background[2] * (1 - alpha), 1};
    }

    /** A computed CSS colour, rgb(r, g, b) or rgba(r, g, b, a). */
    static double[] rgba(String css) {
        Matcher numbers = NUMBERS.matcher(css);
        double[] colour = {0, 0, 0, 1};
        for (int i = 0; i < 4 && numbers.find(); i++) {
            colour[i] = Double.parseDouble(numbers.group());
        }
        return colour;
    }

    private static double luminance(double[] colour) {
        return 0.2126 * channel(colour[0]) + 0.7152 * channel(colour[1]) + 0.0722 * channel(colour[2]);
    }

    private static double channel(double value) {
        double c = value / 255;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
