package eu.practicehub.newsletter.web;

import eu.practicehub.newsletter.Newsletter;
import eu.practicehub.newsletter.NewsletterSpec;

/** The newsletter as the coordinator edits it: title and Markdown text, with the version read. */
public class NewsletterForm {

    private String title;
    private String body;
    private Long version;

    static NewsletterForm of(Newsletter newsletter) {
        NewsletterForm form = new NewsletterForm();
        form.title = newsletter.getTitle();
        form.body = newsletter.getBody();
        form.version = newsletter.getVersion();
        return form;
    }

    NewsletterSpec toSpec() {
        return new NewsletterSpec(title, body);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
