package eu.practicehub.newsletter.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.event.EventType;
import eu.practicehub.newsletter.Newsletter;
import eu.practicehub.newsletter.NewsletterService;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a project publishes for everybody (newsletters, news and calendar feeds) is written in the
 * project's language, whatever the language of the person who writes or reads it; documents a person
 * downloads for themselves follow that person.
 */
@PageTest
class PublishingLanguageTests {

    private static final Locale ITALIAN = Locale.forLanguageTag("it");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    NewsletterService newsletters;

    @Autowired
    MessageSource messages;

    @Test
    void anItalianProjectWritesItsNewsletterAndFeedsInItalianForAnEnglishSpeakingCoordinator() throws Exception {
        String key = italianCopyOfBetter();

        MvcTestResult written = mvc.post().uri("/projects/" + key + "/newsletters/new").header("Accept-Language", "en")
                .param("from", "2021-07-01").param("to", "2021-10-31").param("types", EventType.STUDY_VISIT.name()).exchange();
        assertThat(written).hasStatus(HttpStatus.FOUND);
        Newsletter draft = newsletters.allNewsletters(projects.project(key)).get(0);
        assertThat(draft.getBody()).contains("17 luglio 2021").doesNotContain("17 July 2021");

        MvcTestResult feed = mvc.get().uri("/projects/" + key + "/news.atom").header("Accept-Language", "en").exchange();
        assertThat(feed).hasStatusOk();
        assertThat(feed.getResponse().getContentAsString()).contains("xml:lang=\"it\"",
                messages.getMessage("newsPage.feed.title", new Object[] {projects.project(key).getName()}, ITALIAN));

        MvcTestResult calendar = mvc.get().uri("/projects/" + key + "/calendar.ics").header("Accept-Language", "en").exchange();
        assertThat(calendar).hasStatusOk();
        String name = messages.getMessage("calendar.name.project", new Object[] {projects.project(key).getName()}, ITALIAN);
        assertThat(name).isNotEqualTo(messages.getMessage("calendar.name.project",
                new Object[] {projects.project(key).getName()}, Locale.ENGLISH));
        assertThat(calendar.getResponse().getContentAsString()).contains("X-WR-CALNAME:" + name);

        MvcTestResult page = mvc.get().uri("/projects/" + key).header("Accept-Language", "en").exchange();
        assertThat(page).hasHeader("Content-Language", "en");
        assertThat(PageText.html(page)).contains("<html lang=\"en\"");
    }

    @Test
    void aProjectLanguageThePagesDoNotSpeakIsRefusedAtItsField() throws Exception {
        ObjectNode document = ApiTestProjects.exportOf(mvc, ApiTestProjects.BETTER);
        ((ObjectNode) document.get("project")).put("key", ApiTestProjects.freshKey("LANGUAGE")).put("language", "de");

        MvcTestResult refused = ApiTestProjects.importDocument(mvc, document);

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(refused.getResponse().getContentAsString()).contains("project.language", "“de” is not a language");
        assertThat(projects.exists(document.get("project").get("key").asString())).as("nothing imported").isFalse();
    }

    private String italianCopyOfBetter() {
        ObjectNode document = ApiTestProjects.exportOf(mvc, ApiTestProjects.BETTER);
        String key = ApiTestProjects.freshKey("ITALIANO");
        ((ObjectNode) document.get("project")).put("key", key).put("language", "it");
        document.remove("newsletters");
        assertThat(ApiTestProjects.importDocument(mvc, document)).hasStatus(HttpStatus.CREATED);
        assertThat(projects.project(key).getLanguage()).isEqualTo("it");
        return key;
    }
}
