package eu.practicehub.challenge.web;

import eu.practicehub.challenge.Challenge;
import eu.practicehub.challenge.ChallengeSpec;
import java.util.ArrayList;
import java.util.List;

/** The challenge form as the browser sends it: the partner by short name, the themes by name. */
public class ChallengeForm {

    private String partner;
    private String title;
    private String description;
    private List<String> themes = new ArrayList<>();
    private Long version;

    static ChallengeForm of(Challenge challenge) {
        ChallengeForm form = new ChallengeForm();
        form.partner = challenge.getPartner().getShortName();
        form.title = challenge.getTitle();
        form.description = challenge.getDescription();
        form.themes = new ArrayList<>(challenge.themeNames());
        form.version = challenge.getVersion();
        return form;
    }

    ChallengeSpec toSpec() {
        return new ChallengeSpec(partner, title, description, themes);
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes == null ? new ArrayList<>() : themes;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
