package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy lets the pages run only script files of this server, so a template
 * that carries script of its own would break under it: no inline script, no event handler
 * attributes and no {@code javascript:} addresses. Script goes in {@code static/js}.
 */
class TemplateScriptTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b([^>]*)>(.*?)</script\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[a-zA-Z][^<>]*>");
    private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)\\s(?:th:|data-th-)?on[a-z]+\\s*=");
    private static final Pattern HTMX_SCRIPT = Pattern.compile("(?i)\\s(?:data-)?hx-on[:\\-]");
    private static final Pattern JAVASCRIPT_URL = Pattern.compile("(?i)javascript\\s*:");

    @Test
    void noTemplateHoldsInlineScript() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            Matcher script = SCRIPT.matcher(Files.readString(template));
            while (script.find()) {
                if (!script.group(2).isBlank() || !script.group(1).matches("(?is).*\\b(th:)?src\\s*=.*")) {
                    found.add(name(template) + ": " + script.group());
                }
            }
        }
        assertThat(found).as("inline script").isEmpty();
    }

    @Test
    void noTemplateHoldsAnEventHandlerAttribute() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            Matcher tag = TAG.matcher(Files.readString(template));
            while (tag.find()) {
                if (EVENT_HANDLER.matcher(tag.group()).find() || HTMX_SCRIPT.matcher(tag.group()).find()) {
                    found.add(name(template) + ": " + tag.group());
                }
            }
        }
        assertThat(found).as("event handler attributes").isEmpty();
    }

    @Test
    void noTemplateHoldsAJavascriptAddress() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            String text = Files.readString(template);
            if (JAVASCRIPT_URL.matcher(text).find()) {
                found.add(name(template));
            }
        }
        assertThat(found).as("javascript: addresses").isEmpty();
    }

    @Test
    void theScanSeesEveryKindOfInlineScript() {
        assertThat(SCRIPT.matcher("<script>alert(1)</script>").find()).isTrue();
        assertThat(EVENT_HANDLER.matcher("<button type=\"button\" onclick=\"go()\">").find()).isTrue();
        assertThat(EVENT_HANDLER.matcher("<img th:onerror=\"x\">").find()).isTrue();
        assertThat(HTMX_SCRIPT.matcher("<div hx-on:click=\"go()\">").find()).isTrue();
        assertThat(EVENT_HANDLER.matcher("<input name=\"online\" th:field=\"*{online}\">").find()).isFalse();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> html = files.filter(f -> f.toString().endsWith(".html")).toList();
            assertThat(html).as("templates found").hasSizeGreaterThan(20);
            return html;
        }
    }

    private static String name(Path template) {
        return TEMPLATES.relativize(template).toString();
    }
}
