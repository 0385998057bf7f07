package eu.practicehub.newsletter.web;

import eu.practicehub.common.PageRequests;
import eu.practicehub.common.PublicAddress;
import eu.practicehub.newsletter.Markdown;
import eu.practicehub.newsletter.Newsletter;
import eu.practicehub.newsletter.NewsletterService;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/** The public news: published newsletters, each on its own page, the Atom feed, and the downloads of a newsletter. */
@Controller
class NewsController {

    static final String NEWS_VIEW = "newsletter/news";
    static final String ARTICLE_VIEW = "newsletter/article";
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");
    static final int PAGE_SIZE = 10;
    static final int FEED_SIZE = 20;

    private final ProjectService projects;
    private final NewsletterService newsletters;
    private final MessageSource messages;
    private final PublicAddress address;

    NewsController(ProjectService projects, NewsletterService newsletters, MessageSource messages, PublicAddress address) {
        this.projects = projects;
        this.newsletters = newsletters;
        this.messages = messages;
        this.address = address;
    }

    @GetMapping("/projects/{key}/news")
    String news(@PathVariable String key, @RequestParam(defaultValue = "1") String page, Model model) {
        Project project = projects.project(key);
        var results = newsletters.published(project,
                PageRequest.of(PageRequests.pageNumber(page) - 1, PAGE_SIZE));
        model.addAttribute("project", project);
        model.addAttribute("section", "news");
        model.addAttribute("sectionIndex", true);
        model.addAttribute("results", results);
        model.addAttribute("html", results.stream().collect(Collectors.toMap(Newsletter::getId,
                n -> Markdown.toHtml(n.getBody(), 3))));
        model.addAttribute("pageLink", "/projects/" + project.getKey() + "/news");
        return NEWS_VIEW;
    }

    @GetMapping("/projects/{key}/news/{id}")
    String article(@PathVariable String key, @PathVariable long id, Model model) {
        Project project = projects.project(key);
        Newsletter newsletter = newsletters.publishedNewsletter(project, id);
        model.addAttribute("project", project);
        model.addAttribute("section", "news");
        model.addAttribute("newsletter", newsletter);
        model.addAttribute("html", Markdown.toHtml(newsletter.getBody()));
        return ARTICLE_VIEW;
    }

    @GetMapping("/projects/{key}/news.atom")
    ResponseEntity<String> feed(@PathVariable String key) {
        Project project = projects.project(key);
        Locale locale = project.publishingLocale();
        String base = address.base().toString();
        String title = messages.getMessage("newsPage.feed.title", new Object[] {project.getName()}, locale);
        String feed = AtomFeed.write(project, newsletters.published(project, PageRequest.of(0, FEED_SIZE)).getContent(),
                base, title);
        return ResponseEntity.ok().contentType(ATOM).body(feed);
    }

    /** A newsletter, draft or published, as a standalone HTML document to download. */
    @GetMapping("/projects/{key}/newsletters/{id}/export.html")
    ResponseEntity<String> html(@PathVariable String key, @PathVariable long id) {
        Project project = projects.project(key);
        Newsletter newsletter = newsletters.newsletter(project, id);
        String document = """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <title>%s</title>
                </head>
                <body>
                <article>
                <h1>%s</h1>
                %s</article>
                </body>
                </html>
                """.formatted(project.publishingLocale().getLanguage(), HtmlUtils.htmlEscape(newsletter.getTitle(), "UTF-8"),
                HtmlUtils.htmlEscape(newsletter.getTitle(), "UTF-8"), Markdown.toHtml(newsletter.getBody()));
        return download(document, MediaType.parseMediaType("text/html;charset=UTF-8"), fileName(project, newsletter, "html"));
    }

    /** A newsletter's Markdown, its title as the first heading, to download. */
    @GetMapping("/projects/{key}/newsletters/{id}/export.md")
    ResponseEntity<String> markdown(@PathVariable String key, @PathVariable long id) {
        Project project = projects.project(key);
        Newsletter newsletter = newsletters.newsletter(project, id);
        String document = "# " + Markdown.literal(newsletter.getTitle()) + "\n\n" + newsletter.getBody();
        return download(document, MARKDOWN, fileName(project, newsletter, "md"));
    }

    private static String fileName(Project project, Newsletter newsletter, String extension) {
        return project.getKey().toLowerCase(Locale.ROOT) + "-newsletter-" + newsletter.getId() + "." + extension;
    }

    private static ResponseEntity<String> download(String body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
