package eu.practicehub.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What a person reads on a page: its HTML without tags, with runs of white space made one space. */
public final class PageText {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern MAIN = Pattern.compile("<main[^>]*>(.*)</main>", Pattern.DOTALL);

    private PageText() {
    }

    /** The HTML a request answered with. */
    public static String html(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    public static String of(String html) {
        String text = TAG.matcher(html).replaceAll(" ");
        text = SPACE.matcher(text).replaceAll(" ");
        return text.replace(" ;", ";").replace(" :", ":").strip();
    }

    /** The text of the page's main content only. */
    public static String ofMain(String html) {
        Matcher main = MAIN.matcher(html);
        return of(main.find() ? main.group(1) : html);
    }
}
