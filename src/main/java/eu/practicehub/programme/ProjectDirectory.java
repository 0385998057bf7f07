package eu.practicehub.programme;

import static eu.practicehub.programme.ProjectConditions.COUNTRY;
import static eu.practicehub.programme.ProjectConditions.PROGRAMME;
import static eu.practicehub.programme.ProjectConditions.STATUS;
import static eu.practicehub.programme.ProjectConditions.THEME;

import eu.practicehub.common.Countries;
import eu.practicehub.common.Violation;
import eu.practicehub.programme.ProjectConditions.Today;
import eu.practicehub.project.ProgrammeSlug;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects of the instance, a page at a time, filtered and counted by the database: a page costs the
 * same few queries however many projects there are (the page, its total, and one per filter's counts).
 */
@Service
@Transactional(readOnly = true)
public class ProjectDirectory {

    /** How many themes the theme filter offers: the most frequent. */
    public static final int THEMES = 25;

    private final EntityManager entityManager;
    private final MessageSource messages;
    private final Clock clock;

    ProjectDirectory(EntityManager entityManager, MessageSource messages, Clock clock) {
        this.entityManager = entityManager;
        this.messages = messages;
        this.clock = clock;
    }

    /** The programmes (by slug) with their names and number of projects, most projects first. */
    public List<Programme> programmes() {
        List<Object[]> rows = entityManager.createQuery("select p.programme, count(p) from Project p"
                + " where p.programme is not null group by p.programme", Object[].class).getResultList();
        Map<String, Programme> bySlug = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String name = (String) row[0];
            String slug = ProgrammeSlug.of(name);
            if (slug != null) {
                bySlug.merge(slug, new Programme(slug, name, Set.of(name), (Long) row[1]), Programme::join);
            }
        }
        return bySlug.values().stream()
                .sorted(Comparator.comparingLong(Programme::projects).reversed().thenComparing(Programme::name))
                .toList();
    }

    /** The programme with this slug, if a project names it. */
    public java.util.Optional<Programme> programme(String slug) {
        return programmes().stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    /**
     * The page of projects a query asks for, by name, and the counts of each filter's values. A programme
     * no project names, or a page beyond the last, is a {@link BadProjectQuery}.
     */
    public ProjectListing list(ProjectQuery query, Locale locale) {
        List<Programme> programmes = programmes();
        Set<String> names = Set.of();
        if (query.programme() != null) {
            names = programmes.stream().filter(p -> p.slug().equals(query.programme())).findFirst()
                    .map(Programme::names).orElseThrow(() -> new BadProjectQuery(List.of(
                            Violation.of("programme", "programmeHome.problem.programme", query.programme()))));
        }
        ProjectConditions conditions = new ProjectConditions(query, names, today());
        Page<ProjectCard> page = page(query, conditions, programmes);
        Facets facets = new Facets(
                withChosen(programmeCounts(conditions, programmes), query.programme(), programmes.stream()
                        .filter(p -> p.slug().equals(query.programme())).map(Programme::name).findFirst().orElse(null)),
                withChosen(countryCounts(conditions, locale), query.country(), Countries.name(query.country(), locale)),
                themeCounts(query, conditions, page.getTotalElements()), statusCounts(conditions, locale));
        return new ProjectListing(query, page, facets);
    }

    private Today today() {
        List<String> zones = entityManager.createQuery("select distinct l.timeZone from Partner l"
                + " where l.role = eu.practicehub.project.PartnerRole.LEAD", String.class).getResultList();
        return Today.of(clock.instant(), zones);
    }

    private Page<ProjectCard> page(ProjectQuery query, ProjectConditions conditions, List<Programme> programmes) {
        String where = conditions.where(null);
        long total = conditions.bind(entityManager.createQuery("select count(p) from Project p" + where, Long.class))
                .getSingleResult();
        int pages = (int) Math.max(1, (total + query.size() - 1) / query.size());
        if (query.page() > pages) {
            throw new BadProjectQuery(List.of(Violation.of("page", "programmeHome.problem.pageBeyond", query.page(), pages)));
        }
        PageRequest request = PageRequest.of(query.page() - 1, query.size());
        if (total == 0) {
            return new PageImpl<>(List.of(), request, 0);
        }
        List<Object[]> rows = conditions.bind(entityManager.createQuery("select p.key, p.name, p.programme, p.startDate, "
                + ProjectConditions.END + ", " + ProjectConditions.STATUS_ORDINAL
                + ", (select count(x) from Partner x where x.project = p) from Project p" + where
                + " order by lower(p.name), p.id", Object[].class))
                .setFirstResult((int) request.getOffset()).setMaxResults(query.size()).getResultList();
        List<ProjectCard> cards = rows.stream().map(row -> new ProjectCard((String) row[0], (String) row[1],
                (String) row[2], ProgrammeSlug.of((String) row[2]), (LocalDate) row[3], (LocalDate) row[4],
                ProjectStatus.values()[((Number) row[5]).intValue()], ((Number) row[6]).longValue())).toList();
        return new PageImpl<>(cards, request, total);
    }

    private List<FacetValue> programmeCounts(ProjectConditions conditions, List<Programme> programmes) {
        List<Object[]> rows = conditions.bind(entityManager.createQuery("select p.programme, count(p) from Project p"
                + conditions.where(PROGRAMME) + " group by p.programme", Object[].class)).getResultList();
        Map<String, Long> bySlug = new LinkedHashMap<>();
        rows.stream().filter(row -> ProgrammeSlug.of((String) row[0]) != null)
                .forEach(row -> bySlug.merge(ProgrammeSlug.of((String) row[0]), (Long) row[1], Long::sum));
        return programmes.stream().filter(p -> bySlug.containsKey(p.slug()))
                .map(p -> new FacetValue(p.slug(), p.name(), bySlug.get(p.slug()))).sorted(MOST_FIRST).toList();
    }

    private List<FacetValue> countryCounts(ProjectConditions conditions, Locale locale) {
        String where = conditions.where(COUNTRY);
        List<Object[]> rows = conditions.bind(entityManager.createQuery("select c.country, count(distinct p.id)"
                + " from Partner c join c.project p" + where + " group by c.country", Object[].class)).getResultList();
        return rows.stream().map(row -> new FacetValue((String) row[0], Countries.name((String) row[0], locale),
                (Long) row[1])).sorted(MOST_FIRST).toList();
    }

    private List<FacetValue> themeCounts(ProjectQuery query, ProjectConditions conditions, long chosen) {
        String where = conditions.where(THEME);
        List<Object[]> rows = conditions.bind(entityManager.createQuery("select t.name, count(distinct p.id)"
                + " from Theme t join t.project p" + where + " group by t.name"
                + " order by count(distinct p.id) desc, t.name", Object[].class)).setMaxResults(THEMES).getResultList();
        List<FacetValue> themes = new ArrayList<>(rows.stream()
                .map(row -> new FacetValue((String) row[0], (String) row[0], (Long) row[1])).toList());
        if (query.theme() != null && themes.stream().noneMatch(t -> t.value().equals(query.theme()))) {
            themes.add(new FacetValue(query.theme(), query.theme(), chosen));
        }
        return List.copyOf(themes);
    }

    private List<FacetValue> statusCounts(ProjectConditions conditions, Locale locale) {
        Object[] row = conditions.bind(entityManager.createQuery("select count(case when "
                + ProjectConditions.NOT_STARTED + " then 1 end), count(case when " + ProjectConditions.RUNNING
                + " then 1 end), count(case when " + ProjectConditions.ENDED + " then 1 end) from Project p"
                + conditions.where(STATUS), Object[].class)).getSingleResult();
        List<FacetValue> statuses = new ArrayList<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            statuses.add(new FacetValue(status.name(),
                    messages.getMessage("enum.ProjectStatus." + status.name(), null, status.name(), locale),
                    ((Number) row[status.ordinal()]).longValue()));
        }
        return List.copyOf(statuses);
    }

    /** The counts with the value chosen among them, counting none when no project has it. */
    private static List<FacetValue> withChosen(List<FacetValue> counts, String chosen, String label) {
        if (chosen == null || counts.stream().anyMatch(c -> c.value().equals(chosen))) {
            return counts;
        }
        List<FacetValue> all = new ArrayList<>(counts);
        all.add(new FacetValue(chosen, label, 0));
        return List.copyOf(all);
    }

    private static final Comparator<FacetValue> MOST_FIRST = Comparator.comparingLong(FacetValue::count).reversed()
            .thenComparing(FacetValue::label);

    /** A programme: its slug, its name (the first by name when several names share the slug) and its projects. */
    public record Programme(String slug, String name, Set<String> names, long projects) {

        Programme join(Programme other) {
            Set<String> all = new java.util.TreeSet<>(names);
            all.addAll(other.names);
            return new Programme(slug, all.iterator().next(), all, projects + other.projects);
        }
    }
}
