package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

/**
 * A confirmation page (the view {@code confirm}) as a test reads it: its one heading, its text, the form its
 * button sends and the way back; {@link #confirm} presses the button as a browser would.
 */
public final class ConfirmationPage {

    private static final Pattern FORM = Pattern.compile("<form method=\"post\"[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>",
            Pattern.DOTALL);
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"");
    private static final Pattern BUTTON = Pattern.compile("<button type=\"submit\" id=\"confirm\"[^>]*>([^<]*)</button>");
    private static final Pattern CANCEL = Pattern.compile("<a id=\"cancel\" href=\"([^\"]*)\"");
    private static final Pattern H1 = Pattern.compile("<h1[^>]*>([^<]*)</h1>");

    private final String html;

    private ConfirmationPage(String html) {
        this.html = html;
    }

    /** The page a GET answered with, checked to be a confirmation page with one heading. */
    public static ConfirmationPage of(MvcTestResult result) {
        assertThat(result).hasStatusOk().hasViewName("confirm");
        String html = PageText.html(result);
        assertThat(H1.matcher(html).results().count()).as("one h1").isEqualTo(1);
        return new ConfirmationPage(html);
    }

    public String heading() {
        return text(H1);
    }

    /** The text of the main content: heading, what happens, whether it can be undone. */
    public String text() {
        return PageText.ofMain(html);
    }

    public String button() {
        return text(BUTTON);
    }

    public String action() {
        return form().group(1);
    }

    /** The hidden fields the button sends (the CSRF token left out, as MockMvc adds its own). */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form().group(2));
        while (hidden.find()) {
            if (!hidden.group(1).equals("_csrf")) {
                fields.put(hidden.group(1), HtmlUtils.htmlUnescape(hidden.group(2)));
            }
        }
        return fields;
    }

    public String cancel() {
        Matcher cancel = CANCEL.matcher(html);
        assertThat(cancel.find()).as("a cancel link").isTrue();
        return HtmlUtils.htmlUnescape(cancel.group(1));
    }

    /** Presses the button: posts the form's fields to its action. */
    public MvcTestResult confirm(MockMvcTester mvc) {
        var request = mvc.post().uri(action());
        fields().forEach(request::formField);
        return request.exchange();
    }

    /** Presses the button after the record was changed by somebody else: the answer is a 409. */
    public MvcTestResult confirmStale(MockMvcTester mvc) {
        MvcTestResult result = confirm(mvc);
        assertThat(result).hasStatus(HttpStatus.CONFLICT);
        return result;
    }

    /** The address of the link with this id on a page, as a browser would follow it. */
    public static String link(String html, String id) {
        Matcher link = Pattern.compile("<a\\s[^>]*>").matcher(html);
        while (link.find()) {
            String tag = link.group();
            if (tag.contains("id=\"" + id + "\"")) {
                Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(tag);
                assertThat(href.find()).as("the link " + id + " has an address").isTrue();
                return HtmlUtils.htmlUnescape(href.group(1));
            }
        }
        throw new AssertionError("no link with id " + id);
    }

    private Matcher form() {
        Matcher form = FORM.matcher(html);
        assertThat(form.find()).as("the confirmation's form").isTrue();
        // The layout's sign-out form comes first; the confirmation's is the one with the confirm button.
        while (!form.group(2).contains("id=\"confirm\"")) {
            assertThat(form.find()).as("the confirmation's form").isTrue();
        }
        return form;
    }

    private String text(Pattern pattern) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).isTrue();
        return HtmlUtils.htmlUnescape(matcher.group(1)).strip();
    }
}
