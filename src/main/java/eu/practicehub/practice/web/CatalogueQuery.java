package eu.practicehub.practice.web;

import eu.practicehub.practice.PracticeFilter;
import eu.practicehub.practice.PracticeStatus;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/** The catalogue's query string: text, theme id, owner id, status and page number (from 1). */
public class CatalogueQuery {

    private String q;
    private Long theme;
    private Long owner;
    private PracticeStatus status;
    private Integer page;

    PracticeFilter filter() {
        return new PracticeFilter(q, theme, owner, status);
    }

    int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    /** The catalogue's address with these filters and without a page number. */
    String link(String key) {
        return UriComponentsBuilder.fromPath("/projects/{key}/practices")
                .queryParamIfPresent("q", Optional.ofNullable(q))
                .queryParamIfPresent("theme", Optional.ofNullable(theme))
                .queryParamIfPresent("owner", Optional.ofNullable(owner))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .buildAndExpand(key).encode().toUriString();
    }

    public boolean isFiltered() {
        return q != null || theme != null || owner != null || status != null;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Long getTheme() {
        return theme;
    }

    public void setTheme(Long theme) {
        this.theme = theme;
    }

    public Long getOwner() {
        return owner;
    }

    public void setOwner(Long owner) {
        this.owner = owner;
    }

    public PracticeStatus getStatus() {
        return status;
    }

    public void setStatus(PracticeStatus status) {
        this.status = status;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
