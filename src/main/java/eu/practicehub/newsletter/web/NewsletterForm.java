package eu.practicehub.newsletter.web;

import eu.practicehub.common.KnownDate;
import eu.practicehub.newsletter.Newsletter;
import eu.practicehub.newsletter.NewsletterSpec;
import java.time.ZoneId;

/**
 * The newsletter as the coordinator edits it: title and Markdown text, for a published one its
 * publication date (a day, a month or a year), with the version read.
 */
public class NewsletterForm {

    private String title;
    private String body;
    private KnownDate publishedOn;
    private Long version;

    static NewsletterForm of(Newsletter newsletter, ZoneId zone) {
        NewsletterForm form = new NewsletterForm();
        form.title = newsletter.getTitle();
        form.body = newsletter.getBody();
        form.publishedOn = newsletter.publication(zone);
        form.version = newsletter.getVersion();
        return form;
    }

    NewsletterSpec toSpec() {
        return new NewsletterSpec(title, body, publishedOn);
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

    public KnownDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(KnownDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
