package eu.practicehub.project;

import static eu.practicehub.common.Lists.replace;

import eu.practicehub.common.Languages;
import eu.practicehub.common.NotFoundException;
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
import org.hibernate.annotations.Formula;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.ZoneId;
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
    private Integer semesterMonths;

    @Column(name = "end_date")
    private LocalDate ownEndDate;

    private String website;

    /** The language of what the project publishes; English when none. */
    private String language;

    /** The lead partner's time zone as stored when the project was read, for pages (see {@link #leadZone()}). */
    @Formula("(select min(p.time_zone) from partner p where p.project_id = id and p.role = 'LEAD')")
    private String leadTimeZone;

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
        this.ownEndDate = spec.endDate();
        this.website = spec.website();
        this.language = spec.language();
        replace(this.phases, spec.phases());
    }

    /**
     * The project's reporting periods, numbered from 1: periods of {@code semesterMonths} from the
     * start date, the last one ending on the project's end (never after it); in a project without
     * reporting periods, its phases in order.
     */
    public List<Semester> periods() {
        if (semesterMonths == null) {
            return IntStream.range(0, phases.size()).mapToObj(i -> new Semester(i + 1, phases.get(i).startDate(),
                    phases.get(i).endDate(), 0, phases.get(i).name())).toList();
        }
        LocalDate end = endDate().orElse(null);
        List<Semester> periods = new ArrayList<>();
        for (int number = 1; ; number++) {
            Semester period = gridPeriod(number);
            if (end != null && period.end().isAfter(end)) {
                if (!period.start().isAfter(end)) {
                    periods.add(new Semester(number, period.start(), end, semesterMonths, null));
                }
                break;
            }
            periods.add(period);
            if (end == null || period.end().equals(end)) {
                break;
            }
        }
        if (periods.isEmpty()) {
            periods.add(gridPeriod(1));
        }
        return List.copyOf(periods);
    }

    private Semester gridPeriod(int number) {
        LocalDate start = startDate.plusMonths((long) (number - 1) * semesterMonths);
        LocalDate end = startDate.plusMonths((long) number * semesterMonths).minusDays(1);
        return new Semester(number, start, end, semesterMonths, null);
    }

    /** Whether the project has reporting periods of its own length; without, its phases are its periods. */
    public boolean hasReportingPeriods() {
        return semesterMonths != null;
    }

    /** The period a date falls in, or empty before the project's start, after its end or between phases. */
    public Optional<Semester> semesterOf(LocalDate date) {
        return periods().stream().filter(s -> s.contains(date)).findFirst();
    }

    /** The period numbered {@code number}, from 1 to the number of {@link #periods()}. */
    public Semester semester(int number) {
        List<Semester> all = periods();
        if (number < 1 || number > all.size()) {
            throw new NotFoundException("semester", number);
        }
        return all.get(number - 1);
    }

    /** The project's periods, as {@link #periods()}. */
    public List<Semester> semesters() {
        return periods();
    }

    /** The period running on a day; after the project's end the last one, before its start the first. */
    public Semester currentSemester(LocalDate today) {
        List<Semester> all = periods();
        return all.stream().filter(s -> s.contains(today)).findFirst()
                .orElse(today.isBefore(startDate) ? all.get(0) : all.stream()
                        .filter(s -> !s.start().isAfter(today)).reduce((a, b) -> b).orElse(all.get(all.size() - 1)));
    }

    /** The period running on a day, or empty before the project's start and after its end. */
    public Optional<Semester> runningSemester(LocalDate today) {
        return semesterOf(today);
    }

    /** Whether the days from {@code from} to {@code to} lie wholly within the project's run, from its start to its end. */
    public boolean runsThrough(LocalDate from, LocalDate to) {
        LocalDate last = to == null ? from : to;
        return from == null || !from.isBefore(startDate) && endDate().map(end -> !last.isAfter(end)).orElse(true);
    }

    public Optional<Phase> phaseOn(LocalDate date) {
        return phases.stream().filter(p -> p.contains(date)).findFirst();
    }

    /** The project's end: its own end date, else the end of its last phase. */
    public Optional<LocalDate> endDate() {
        return ownEndDate != null ? Optional.of(ownEndDate)
                : phases.stream().map(Phase::endDate).max(Comparator.naturalOrder());
    }

    /** The end date the project states of its own, null when it ends with its last phase. */
    public LocalDate getOwnEndDate() {
        return ownEndDate;
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

    /** The programme's address on the programme page, e.g. {@code interreg-europe-2014-2020}; null without a programme. */
    public String getProgrammeSlug() {
        return ProgrammeSlug.of(programme);
    }

    public String getMission() {
        return mission;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    /** The length of the reporting periods in months; null when the phases are the periods. */
    public Integer getSemesterMonths() {
        return semesterMonths;
    }

    /** Whether the project's periods are semesters of six months (as in Interreg Europe), which the pages call so. */
    public boolean hasSemesters() {
        return semesterMonths != null && semesterMonths == 6;
    }

    public String getWebsite() {
        return website;
    }

    /** The language of what the project publishes, as given ({@code null}: English). */
    public String getLanguage() {
        return language;
    }

    /**
     * The lead partner's zone as it was when the project was read, in the same query: what a page shows
     * moments in for a reader without a zone. A write that changes the partners reads
     * {@link ProjectService#zone(Project)} instead.
     */
    public Optional<ZoneId> leadZone() {
        return Optional.ofNullable(leadTimeZone).filter(ProjectService::isZone).map(ZoneId::of);
    }

    /** The locale its newsletters and feeds are written in. */
    public java.util.Locale publishingLocale() {
        return Languages.locale(language);
    }

    public List<Phase> getPhases() {
        return List.copyOf(phases);
    }

    public long getVersion() {
        return version;
    }
}
