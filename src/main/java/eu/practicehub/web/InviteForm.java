package eu.practicehub.web;

import eu.practicehub.account.TimeZones;
import java.time.ZoneId;
import java.util.Optional;

/**
 * An invitation: who is invited, the time zone they will read moments in and, optionally, the first role (a project
 * or one of its partners, by id).
 */
public class InviteForm {

    private String email;
    private String name;
    private String language;
    private String timeZone;
    private boolean admin;
    private String place;
    private String role;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

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

    /** A new invitation in English and in the zone given (none: null), such as the project's or the inviter's. */
    static InviteForm inZone(Optional<ZoneId> zone) {
        InviteForm form = new InviteForm();
        form.setLanguage("en");
        form.setTimeZone(zone.map(TimeZones::nameOf).orElse(null));
        return form;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isAdmin() {
        return admin;
    }

    public void setAdmin(boolean admin) {
        this.admin = admin;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
