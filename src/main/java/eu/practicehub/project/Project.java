package eu.practicehub.project;

import static eu.practicehub.common.Lists.replace;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** One cooperation project, addressed by its key (e.g. {@code BETTER}). */
@Entity
@Table(name = "project")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_key")
    private String key;

    private String name;
    private String programme;
    private String mission;
    private LocalDate startDate;
    private int semesterMonths;
    private String website;

    @ElementCollection
    @CollectionTable(name = "project_phase", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<Phase> phases = new ArrayList<>();

    @Version
    private long version;

    protected Project() {
    }

    Project(ProjectSpec spec) {
        this.key = spec.key();
        apply(spec);
    }

    void apply(ProjectSpec spec) {
        this.name = spec.name();
        this.programme = spec.programme();
        this.mission = spec.mission();
        this.startDate = spec.startDate();
        this.semesterMonths = spec.semesterMonths();
        this.website = spec.website();
        replace(this.phases, spec.phases());
    }

    /** The semester a date falls in, or empty before the project's start. */
    public Optional<Semester> semesterOf(LocalDate date) {
        if (date.isBefore(startDate)) {
            return Optional.empty();
        }
        long months = ChronoUnit.MONTHS.between(startDate, date);
        return Optional.of(semester((int) (months / semesterMonths) + 1));
    }

    public Semester semester(int number) {
        LocalDate start = startDate.plusMonths((long) (number - 1) * semesterMonths);
        LocalDate end = startDate.plusMonths((long) number * semesterMonths).minusDays(1);
        return new Semester(number, start, end);
    }

    /** Every semester from the first to the one holding the end of the last phase. */
    public List<Semester> semesters() {
        int last = endDate().flatMap(this::semesterOf).map(Semester::number).orElse(1);
        return IntStream.rangeClosed(1, last).mapToObj(this::semester).toList();
    }

    /** The semester running on a day; after the project's end the last one, before its start the first. */
    public Semester currentSemester(LocalDate today) {
        List<Semester> all = semesters();
        return all.stream().filter(s -> s.contains(today)).findFirst()
                .orElse(today.isBefore(startDate) ? all.get(0) : all.get(all.size() - 1));
    }

    /** The semester running on a day, or empty before the project's start and after its end. */
    public Optional<Semester> runningSemester(LocalDate today) {
        return semesters().stream().filter(s -> s.contains(today)).findFirst();
    }

    public Optional<Phase> phaseOn(LocalDate date) {
        return phases.stream().filter(p -> p.contains(date)).findFirst();
    }

    public Optional<LocalDate> endDate() {
        return phases.stream().map(Phase::endDate).max(Comparator.naturalOrder());
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public String getProgramme() {
        return programme;
    }

    public String getMission() {
        return mission;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public int getSemesterMonths() {
        return semesterMonths;
    }

    public String getWebsite() {
        return website;
    }

    public List<Phase> getPhases() {
        return List.copyOf(phases);
    }

    public long getVersion() {
        return version;
    }
}
