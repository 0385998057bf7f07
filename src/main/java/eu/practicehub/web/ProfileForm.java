package eu.practicehub.web;

/** The profile form: the account's name and preferred language, and the version it was read at. */
public class ProfileForm {

    private String name;
    private String language;
    private Long version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
