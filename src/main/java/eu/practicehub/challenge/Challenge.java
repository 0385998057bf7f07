package eu.practicehub.challenge;

import eu.practicehub.common.Lists;
import eu.practicehub.practice.Theme;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An innovation challenge a partner wants to tackle: what it is, and the themes it falls under. */
@Entity
@Table(name = "challenge")
public class Challenge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    private String title;

    private String description;

    @ManyToMany
    @JoinTable(name = "challenge_theme",
            joinColumns = @JoinColumn(name = "challenge_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    @OrderColumn(name = "position")
    private List<Theme> themes = new ArrayList<>();

    @Version
    private long version;

    protected Challenge() {
    }

    Challenge(Project project) {
        this.project = project;
    }

    void describe(Partner partner, String title, String description, List<Theme> themes) {
        this.partner = partner;
        if (!Objects.equals(this.title, title)) {
            this.title = title;
        }
        if (!Objects.equals(this.description, description)) {
            this.description = description;
        }
        Lists.replace(this.themes, themes);
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public List<Theme> getThemes() {
        return themes;
    }

    public List<String> themeNames() {
        return themes.stream().map(Theme::getName).toList();
    }

    public long getVersion() {
        return version;
    }
}
