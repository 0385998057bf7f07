package eu.practicehub.event.web;

import eu.practicehub.event.Restriction;
import eu.practicehub.event.RestrictionLevel;
import eu.practicehub.event.RestrictionSpec;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The restriction form as the browser sends it. */
public class RestrictionForm {

    private String country;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private RestrictionLevel level;
    private String note;
    private String source;
    private Long version;

    static RestrictionForm of(Restriction restriction) {
        RestrictionForm form = new RestrictionForm();
        form.country = restriction.getCountry();
        form.from = restriction.getFrom();
        form.to = restriction.getTo();
        form.level = restriction.getLevel();
        form.note = restriction.getNote();
        form.source = restriction.getSource();
        form.version = restriction.getVersion();
        return form;
    }

    RestrictionSpec toSpec() {
        return new RestrictionSpec(country, from, to, level, note, source);
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
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

    public RestrictionLevel getLevel() {
        return level;
    }

    public void setLevel(RestrictionLevel level) {
        this.level = level;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
