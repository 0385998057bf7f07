package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The shared pager: a window of pages around the current one, however many pages a list has. */
class PagerFragmentTests {

    private static final Pattern PAGE_LINK = Pattern.compile("<a class=\"page-link\"[^>]*>([^<]+)</a>");

    private final SpringTemplateEngine engine = engine();

    @Test
    void aLongListLinksTheFirstAndLastPagesAndTwoPagesEitherSideOfTheCurrentOne() {
        String html = pager(page(500, 949));

        assertThat(labels(html)).containsExactly("Previous", "1", "498", "499", "500", "501", "502", "949", "Next");
        assertThat(html).contains("<nav aria-label=\"Pages\">")
                .contains("href=\"/list?page=500\" aria-current=\"page\" aria-label=\"Page 500\"")
                .contains("rel=\"prev\" href=\"/list?page=499\"", "rel=\"next\" href=\"/list?page=501\"")
                .contains("href=\"/list?page=949\" aria-label=\"Page 949\"");
        assertThat(html.split("&hellip;|…", -1)).as("a gap on each side").hasSize(3);
        assertThat(html.split("aria-current", -1)).as("one current page").hasSize(2);
    }

    @Test
    void theFirstPageHasNoPreviousLinkAndNoGapBeforeIt() {
        String html = pager(page(1, 949));

        assertThat(labels(html)).containsExactly("1", "2", "3", "949", "Next");
        assertThat(html).contains("<span class=\"page-link\">Previous</span>").doesNotContain("rel=\"prev\"");
        assertThat(html.split("&hellip;|…", -1)).hasSize(2);
    }

    @Test
    void aWindowThatReachesTheEndsShowsEveryPageWithoutGaps() {
        assertThat(labels(pager(page(3, 5)))).containsExactly("Previous", "1", "2", "3", "4", "5", "Next");
        assertThat(labels(pager(page(4, 6)))).containsExactly("Previous", "1", "2", "3", "4", "5", "6", "Next");
        assertThat(pager(page(4, 6))).doesNotContain("&hellip;", "…");
        assertThat(labels(pager(page(949, 949)))).containsExactly("Previous", "1", "947", "948", "949");
    }

    @Test
    void aSinglePageHasNoPager() {
        assertThat(pager(page(1, 1))).doesNotContain("<nav");
    }

    /** Page {@code number} (from 1) of {@code pages} pages of 20. */
    private static Page<String> page(int number, int pages) {
        return new PageImpl<>(List.of("row"), PageRequest.of(number - 1, 20), pages * 20L);
    }

    private String pager(Page<String> page) {
        MockServletContext servletContext = new MockServletContext();
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(new MockHttpServletRequest(servletContext), new MockHttpServletResponse()),
                Locale.ENGLISH, Map.of("page", page, "link", "/list"));
        context.setVariable("target", null);
        return engine.process("fragments/page", Set.of("pagination"), context).replaceAll("\\s+", " ");
    }

    private static List<String> labels(String html) {
        return PAGE_LINK.matcher(html).results().map(m -> m.group(1).trim()).toList()
                .stream().filter(label -> !label.isEmpty()).toList();
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
