package eu.practicehub.newsletter.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.event.EventType;
import eu.practicehub.newsletter.Newsletter;
import eu.practicehub.newsletter.NewsletterRequest;
import eu.practicehub.newsletter.NewsletterService;
import eu.practicehub.newsletter.NewsletterSpec;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.ConfirmationPage;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@PageTest
class NewsletterPagesTests {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    NewsletterService newsletters;

    String key;
    Project project;

    @BeforeEach
    void copyBetter() {
        key = ApiTestProjects.copyOfBetterWithoutNewsletters(mvc, "NEWS-PAGES");
        project = projects.project(key);
    }

    Newsletter draft() {
        return newsletters.generate(project, new NewsletterRequest(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 10, 31),
                List.of(EventType.STUDY_VISIT)));
    }

    @Test
    void theWriteFormProposesTheCurrentSemesterAndPreviewsTheNewsletterWithoutStoringIt() {
        String form = PageText.html(mvc.get().uri("/projects/" + key + "/newsletters/new").exchange());
        assertThat(form).contains("value=\"2021-08-01\"", "value=\"2022-01-31\"", "Write the draft", "Preview");

        MvcTestResult preview = mvc.get().uri("/projects/" + key
                + "/newsletters/new?from=2021-07-01&to=2021-10-31&types=STUDY_VISIT").exchange();

        assertThat(preview).hasStatusOk();
        String page = PageText.ofMain(PageText.html(preview));
        assertThat(page).contains("In the past months, partner cities held three 'Study visits' as follows:",
                "Host: Genoa Visitors: Birmingham; Gävle; Nyíregyháza", "17 July 2021");
        assertThat(newsletters.allNewsletters(project)).isEmpty();
    }

    @Test
    void thePreviewButtonSendsThePeriodByPostSoTheCsrfTokenStaysOutOfTheAddress() {
        String form = PageText.html(mvc.get().uri("/projects/" + key + "/newsletters/new").exchange());
        Matcher forms = Pattern.compile("<form[^>]*>.*?</form>", Pattern.DOTALL).matcher(form);
        while (forms.find()) {
            if (forms.group().contains("name=\"_csrf\"")) {
                assertThat(forms.group()).as("a form carrying the CSRF token").containsPattern("^<form[^>]*method=\"post\"")
                        .doesNotContainIgnoringCase("formmethod=\"get\"");
            }
        }
        assertThat(form).containsPattern("<button[^>]*id=\"preview-draft\"[^>]*name=\"preview\"");

        MvcTestResult preview = mvc.post().uri("/projects/" + key + "/newsletters/new").param("preview", "true")
                .param("from", "2021-07-01").param("to", "2021-10-31").param("types", "STUDY_VISIT").exchange();

        assertThat(preview).hasStatusOk().hasViewName("newsletter/generate");
        assertThat(PageText.ofMain(PageText.html(preview)))
                .contains("Host: Genoa Visitors: Birmingham; Gävle; Nyíregyháza", "17 July 2021");
        assertThat(newsletters.allNewsletters(project)).isEmpty();
    }

    @Test
    void writingTheDraftOpensItsFormAndABadPeriodIsShownAtItsField() {
        MvcTestResult written = mvc.post().uri("/projects/" + key + "/newsletters/new")
                .param("from", "2021-07-01").param("to", "2021-10-31").param("types", "STUDY_VISIT").exchange();

        Newsletter created = newsletters.allNewsletters(project).get(0);
        assertThat(written).hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/projects/" + key + "/newsletters/" + created.getId() + "/edit");
        assertThat(created.getBody()).contains("| Dates | Good practices examined | Participants |");

        MvcTestResult bad = mvc.post().uri("/projects/" + key + "/newsletters/new")
                .param("from", "2021-10-31").param("to", "2021-07-01").exchange();
        assertThat(bad).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.ofMain(PageText.html(bad))).contains("must not be before the start of the period");
        MvcTestResult notADate = mvc.post().uri("/projects/" + key + "/newsletters/new").param("from", "July").exchange();
        assertThat(notADate).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.ofMain(PageText.html(notADate))).contains("must be a date such as 2021-07-17");
    }

    @Test
    void theEditFormSavesPreviewsAndRefusesAStaleVersionKeepingTheInput() {
        Newsletter draft = draft();
        String edit = "/projects/" + key + "/newsletters/" + draft.getId() + "/edit";
        assertThat(PageText.html(mvc.get().uri(edit).exchange())).contains("<textarea", "Text (Markdown)",
                "<th scope=\"col\">Dates</th>");

        MvcTestResult preview = mvc.post().uri(edit).param("title", "Mine").param("body", "## Soon\n\n<script>x</script>")
                .param("version", String.valueOf(draft.getVersion())).param("preview", "true").exchange();
        assertThat(preview).hasStatusOk();
        assertThat(PageText.html(preview)).contains("<h3>Soon</h3>", "&lt;script&gt;x&lt;/script&gt;")
                .doesNotContain("<script>x");
        assertThat(newsletters.newsletter(project, draft.getId()).getTitle()).isNotEqualTo("Mine");

        MvcTestResult saved = mvc.post().uri(edit).param("title", "BETTER is to adopt good practices")
                .param("body", "Edited text.").param("version", String.valueOf(draft.getVersion())).exchange();
        assertThat(saved).hasStatus(HttpStatus.FOUND);
        assertThat(newsletters.newsletter(project, draft.getId()).getBody()).isEqualTo("Edited text.");

        MvcTestResult stale = mvc.post().uri(edit).param("title", "Late title").param("body", "Late text.")
                .param("version", String.valueOf(draft.getVersion())).exchange();
        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        assertThat(PageText.html(stale)).contains("Late title", "Late text.", "Someone else saved");

        MvcTestResult blank = mvc.post().uri(edit).param("title", " ").param("body", "")
                .param("version", String.valueOf(draft.getVersion() + 1)).exchange();
        assertThat(blank).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.ofMain(PageText.html(blank))).contains("Title: is required", "Text (Markdown): is required");
    }

    @Test
    void theLivePreviewRendersTheMarkdownSafely() {
        MvcTestResult fragment = mvc.post().uri("/projects/" + key + "/newsletters/preview")
                .param("body", "**Bold** <script>alert(1)</script>").exchange();

        assertThat(fragment).hasStatusOk();
        assertThat(PageText.html(fragment)).contains("<strong>Bold</strong>", "&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void aPublishedNewsletterAppearsOnTheNewsPageAndInTheFeedButADraftDoesNot() throws Exception {
        Newsletter published = draft();
        newsletters.update(project, published.getId(), published.getVersion(),
                new NewsletterSpec("BETTER is to adopt good practices", published.getBody() + "\n<script>alert(1)</script>\n"));
        Newsletter hidden = newsletters.update(project, draft().getId(), 0, new NewsletterSpec("Unfinished draft", "Not yet."));

        MvcTestResult publish = mvc.post().uri("/projects/" + key + "/newsletters/" + published.getId() + "/publish")
                .param("version", "1").exchange();
        assertThat(publish).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/projects/" + key + "/news/" + published.getId());

        String news = PageText.html(mvc.get().uri("/projects/" + key + "/news").exchange());
        assertThat(news).contains("BETTER is to adopt good practices", "Published 15 January 2022, 11:00 (Europe/Rome)",
                "Host: Gävle Visitors: Tartu; Birmingham; Genoa; Nyíregyháza", "&lt;script&gt;alert(1)")
                .doesNotContain("Unfinished draft", "<script>alert");
        assertThat(mvc.get().uri("/projects/" + key + "/news/" + published.getId()).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/projects/" + key + "/news/" + hidden.getId()).exchange()).hasStatus(HttpStatus.NOT_FOUND);

        MvcTestResult feed = mvc.get().uri("/projects/" + key + "/news.atom").exchange();
        assertThat(feed).hasStatusOk().hasContentTypeCompatibleWith("application/atom+xml");
        Document atom = parse(feed);
        Element root = atom.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(child(root, "title").getTextContent()).isEqualTo("BETTER news");
        assertThat(child(root, "id").getTextContent()).isEqualTo("tag:www.interregeurope.eu,2019-08-01:" + key + ":news");
        assertThat(child(root, "updated").getTextContent()).isEqualTo("2022-01-15T10:00:00Z");
        assertThat(links(root)).containsExactlyInAnyOrder(
                "self https://practicehub.example/projects/" + key + "/news.atom",
                "alternate https://practicehub.example/projects/" + key + "/news");
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(1);
        Element entry = (Element) entries.item(0);
        assertThat(child(entry, "id").getTextContent())
                .isEqualTo("tag:www.interregeurope.eu,2019-08-01:" + key + ":newsletter:" + published.getId());
        assertThat(child(entry, "title").getTextContent()).isEqualTo("BETTER is to adopt good practices");
        assertThat(child(entry, "published").getTextContent()).isEqualTo("2022-01-15T10:00:00Z");
        assertThat(child(entry, "updated").getTextContent()).isEqualTo("2022-01-15T10:00:00Z");
        assertThat(links(entry)).containsExactly("alternate https://practicehub.example/projects/" + key + "/news/" + published.getId());
        Element content = child(entry, "content");
        assertThat(content.getAttribute("type")).isEqualTo("html");
        assertThat(content.getTextContent()).contains("<td>17 July 2021</td>", "&lt;script&gt;alert(1)")
                .doesNotContain("<script>");
    }

    @Test
    void exportsANewsletterAsAStandaloneHtmlDocumentAndAsMarkdown() {
        Newsletter draft = draft();
        String base = "/projects/" + key + "/newsletters/" + draft.getId();

        MvcTestResult html = mvc.get().uri(base + "/export.html").exchange();
        assertThat(html).hasStatusOk().hasContentTypeCompatibleWith("text/html");
        assertThat(html.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
                .contains(key.toLowerCase() + "-newsletter-" + draft.getId() + ".html");
        assertThat(PageText.html(html)).startsWith("<!DOCTYPE html>").contains("<title>BETTER news: 1 July 2021 – 31 October 2021</title>",
                "<h1>BETTER news: 1 July 2021 – 31 October 2021</h1>", "<td>17 July 2021</td>", "</html>");

        MvcTestResult markdown = mvc.get().uri(base + "/export.md").exchange();
        assertThat(markdown).hasStatusOk().hasContentTypeCompatibleWith("text/markdown");
        assertThat(markdown.getResponse().getHeader("Content-Disposition")).startsWith("attachment").contains(".md");
        assertThat(PageText.html(markdown)).startsWith("# BETTER news: 1 July 2021 – 31 October 2021\n\n")
                .contains("| Dates | Good practices examined | Participants |");
    }

    @Test
    void aDraftCanBeDeletedButAPublishedNewsletterCannot() {
        Newsletter draft = draft();
        MvcTestResult deleted = mvc.post().uri("/projects/" + key + "/newsletters/" + draft.getId() + "/delete")
                .param("version", "0").exchange();
        assertThat(deleted).hasStatus(HttpStatus.FOUND);
        assertThat(newsletters.allNewsletters(project)).isEmpty();

        Newsletter published = newsletters.publish(project, draft().getId(), 0);
        MvcTestResult refused = mvc.post().uri("/projects/" + key + "/newsletters/" + published.getId() + "/delete")
                .param("version", String.valueOf(published.getVersion())).exchange();
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.ofMain(PageText.html(refused))).contains("is published; only drafts can be deleted");
        assertThat(mvc.get().uri("/projects/" + key + "/newsletters/999999999").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void publishingIsAskedFirstOnAPageThatNamesTheNewsletterAndSaysItCannotBeTakenBack() {
        Newsletter draft = draft();
        String base = "/projects/" + key + "/newsletters/" + draft.getId();
        String page = PageText.html(mvc.get().uri(base).exchange());
        assertThat(page).doesNotContain("action=\"" + base + "/publish\"");

        String link = ConfirmationPage.link(page, "publish");
        assertThat(link).isEqualTo(base + "/publish?version=" + draft.getVersion());
        ConfirmationPage confirmation = ConfirmationPage.of(mvc.get().uri(link).exchange());

        assertThat(confirmation.heading()).isEqualTo("Publish the newsletter “" + draft.getTitle() + "”?");
        assertThat(confirmation.text()).contains("Period 1 July 2021 – 31 October 2021",
                "will be on the news page of BETTER and in its Atom feed, open to everyone",
                "This cannot be undone: a published newsletter cannot be taken back or deleted.");
        assertThat(confirmation.button()).isEqualTo("Publish “" + draft.getTitle() + "”");
        assertThat(confirmation.cancel()).isEqualTo(base);
        assertThat(confirmation.fields()).containsEntry("version", String.valueOf(draft.getVersion()));
        Newsletter unchanged = newsletters.newsletter(project, draft.getId());
        assertThat(unchanged.isPublished()).isFalse();
        assertThat(unchanged.getVersion()).isEqualTo(draft.getVersion());

        assertThat(confirmation.confirm(mvc)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/projects/" + key + "/news/" + draft.getId());
        assertThat(newsletters.newsletter(project, draft.getId()).isPublished()).isTrue();
        assertThat(mvc.get().uri(link).exchange()).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(base);
    }

    @Test
    void deletingADraftIsAskedFirstAndAConfirmationOfAnOlderVersionIsRefused() {
        Newsletter draft = draft();
        String base = "/projects/" + key + "/newsletters/" + draft.getId();
        String page = PageText.html(mvc.get().uri(base).exchange());
        assertThat(page).doesNotContain("action=\"" + base + "/delete\"");
        ConfirmationPage confirmation = ConfirmationPage.of(mvc.get().uri(ConfirmationPage.link(page, "delete")).exchange());

        assertThat(confirmation.heading()).isEqualTo("Delete the draft “" + draft.getTitle() + "”?");
        assertThat(confirmation.text()).contains("will be deleted with every change made to its text", "This cannot be undone.");
        assertThat(confirmation.button()).isEqualTo("Delete “" + draft.getTitle() + "”");
        assertThat(newsletters.allNewsletters(project)).hasSize(1);

        newsletters.update(project, draft.getId(), draft.getVersion(), new NewsletterSpec("Changed meanwhile", "New text."));
        MvcTestResult stale = confirmation.confirmStale(mvc);
        assertThat(PageText.ofMain(PageText.html(stale))).contains("Someone else changed this newsletter meanwhile");
        assertThat(newsletters.allNewsletters(project)).hasSize(1);

        ConfirmationPage again = ConfirmationPage.of(mvc.get().uri(ConfirmationPage.link(
                PageText.html(mvc.get().uri(base).exchange()), "delete")).exchange());
        assertThat(again.heading()).isEqualTo("Delete the draft “Changed meanwhile”?");
        assertThat(again.confirm(mvc)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/projects/" + key + "/newsletters");
        assertThat(newsletters.allNewsletters(project)).isEmpty();
    }

    @Test
    void theNewsListShowsDraftsAndPublishedNewslettersAndTheNavigationLeadsToTheNews() {
        Newsletter draft = draft();

        String list = PageText.ofMain(PageText.html(mvc.get().uri("/projects/" + key + "/newsletters").exchange()));
        assertThat(list).contains(draft.getTitle(), "Draft", "Write a newsletter from the data");
        String news = PageText.html(mvc.get().uri("/projects/" + key + "/news").exchange());
        assertThat(news).contains("No news published yet.", "href=\"/projects/" + key + "/news.atom\"", ">News</a>");
    }

    private static Document parse(MvcTestResult result) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }

    private static Element child(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
    }

    private static List<String> links(Element parent) {
        List<String> links = new java.util.ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && "link".equals(e.getLocalName())) {
                links.add(e.getAttribute("rel") + " " + e.getAttribute("href"));
            }
        }
        return links;
    }
}
