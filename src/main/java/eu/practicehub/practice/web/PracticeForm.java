package eu.practicehub.practice.web;

import eu.practicehub.common.KnownDate;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeSpec;
import eu.practicehub.practice.PracticeStatus;
import eu.practicehub.practice.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The good-practice form as the browser sends it: the owner by short name, the themes by name. */
public class PracticeForm {

    private String title;
    private String owner;
    private List<String> themes = new ArrayList<>();
    private String summary;
    private String problemAddressed;
    private String description;
    private String resourcesNeeded;
    private String timescale;
    private String evidenceOfSuccess;
    private String potentialForTransfer;
    private String location;
    private String website;
    private PracticeStatus status = PracticeStatus.IDENTIFIED;
    /** A day, a month or a year (2021-07-17, 2021-07, 2021); empty: not known. */
    private KnownDate identifiedOn;
    private Long version;
    /** Ticked: shown in the public catalogue. Not sent at all (no box, no marker): unchanged, or not public when new. */
    private Boolean publicVisible;

    static PracticeForm of(Practice practice) {
        PracticeForm form = new PracticeForm();
        form.title = practice.getTitle();
        form.owner = practice.getOwner().getShortName();
        form.themes = new ArrayList<>(practice.getThemes().stream().map(Theme::getName).toList());
        form.summary = practice.getSummary();
        form.problemAddressed = practice.getProblemAddressed();
        form.description = practice.getDescription();
        form.resourcesNeeded = practice.getResourcesNeeded();
        form.timescale = practice.getTimescale();
        form.evidenceOfSuccess = practice.getEvidenceOfSuccess();
        form.potentialForTransfer = practice.getPotentialForTransfer();
        form.location = practice.getLocation();
        form.website = practice.getWebsite();
        form.status = practice.getStatus();
        form.identifiedOn = practice.getIdentified();
        form.version = practice.getVersion();
        form.publicVisible = practice.isPublicVisible();
        return form;
    }

    PracticeSpec toSpec() {
        return new PracticeSpec(title, owner, themes, summary, problemAddressed, description, resourcesNeeded,
                timescale, evidenceOfSuccess, potentialForTransfer, location, website, status, identifiedOn, publicVisible);
    }

    /** The spec of a new practice: one made in the pages stays the project's own until it is marked public. */
    PracticeSpec toNewSpec() {
        return new PracticeSpec(title, owner, themes, summary, problemAddressed, description, resourcesNeeded,
                timescale, evidenceOfSuccess, potentialForTransfer, location, website, status, identifiedOn,
                Boolean.TRUE.equals(publicVisible));
    }

    public Boolean getPublicVisible() {
        return publicVisible;
    }

    public void setPublicVisible(Boolean publicVisible) {
        this.publicVisible = publicVisible;
    }

    /** A new practice's form offers today, which the person may change or clear. */
    static PracticeForm identifiedOn(LocalDate today) {
        PracticeForm form = new PracticeForm();
        form.identifiedOn = KnownDate.day(today);
        return form;
    }

    public KnownDate getIdentifiedOn() {
        return identifiedOn;
    }

    public void setIdentifiedOn(KnownDate identifiedOn) {
        this.identifiedOn = identifiedOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes == null ? new ArrayList<>() : themes;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getProblemAddressed() {
        return problemAddressed;
    }

    public void setProblemAddressed(String problemAddressed) {
        this.problemAddressed = problemAddressed;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getResourcesNeeded() {
        return resourcesNeeded;
    }

    public void setResourcesNeeded(String resourcesNeeded) {
        this.resourcesNeeded = resourcesNeeded;
    }

    public String getTimescale() {
        return timescale;
    }

    public void setTimescale(String timescale) {
        this.timescale = timescale;
    }

    public String getEvidenceOfSuccess() {
        return evidenceOfSuccess;
    }

    public void setEvidenceOfSuccess(String evidenceOfSuccess) {
        this.evidenceOfSuccess = evidenceOfSuccess;
    }

    public String getPotentialForTransfer() {
        return potentialForTransfer;
    }

    public void setPotentialForTransfer(String potentialForTransfer) {
        this.potentialForTransfer = potentialForTransfer;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public PracticeStatus getStatus() {
        return status;
    }

    public void setStatus(PracticeStatus status) {
        this.status = status;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
