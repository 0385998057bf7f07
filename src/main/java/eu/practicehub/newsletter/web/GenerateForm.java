package eu.practicehub.newsletter.web;

import eu.practicehub.event.EventType;
import eu.practicehub.newsletter.NewsletterRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The period and the event types a newsletter is to be written about. */
public class GenerateForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    private List<EventType> types = new ArrayList<>();

    NewsletterRequest toRequest() {
        return new NewsletterRequest(from, to, types);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<EventType> getTypes() {
        return types;
    }

    public void setTypes(List<EventType> types) {
        this.types = types == null ? new ArrayList<>() : types;
    }
}
