package eu.practicehub.event.web;

import eu.practicehub.event.EventFilter;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/** The event list's query string: type, semester number, partner id, status and page number (from 1). */
public class EventQuery {

    private EventType type;
    private Integer semester;
    private Long partner;
    private EventStatus status;
    private Integer page;

    /** The filter; a semester outside the project's semesters is ignored. */
    EventFilter filter(int semesters) {
        Integer inRange = semester != null && semester >= 1 && semester <= semesters ? semester : null;
        return new EventFilter(type, inRange, partner, status);
    }

    int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    /** The list's address with these filters and without a page number. */
    String link(String key) {
        return UriComponentsBuilder.fromPath("/projects/{key}/events")
                .queryParamIfPresent("type", Optional.ofNullable(type))
                .queryParamIfPresent("semester", Optional.ofNullable(semester))
                .queryParamIfPresent("partner", Optional.ofNullable(partner))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .buildAndExpand(key).encode().toUriString();
    }

    public boolean isFiltered() {
        return type != null || semester != null || partner != null || status != null;
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public Integer getSemester() {
        return semester;
    }

    public void setSemester(Integer semester) {
        this.semester = semester;
    }

    public Long getPartner() {
        return partner;
    }

    public void setPartner(Long partner) {
        this.partner = partner;
    }

    public EventStatus getStatus() {
        return status;
    }

    public void setStatus(EventStatus status) {
        this.status = status;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
