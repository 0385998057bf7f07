package eu.practicehub.programme;

import eu.practicehub.account.Access;
import eu.practicehub.common.Countries;
import eu.practicehub.common.NotFoundException;
import eu.practicehub.indicators.Figures;
import eu.practicehub.indicators.IndicatorService;
import eu.practicehub.programme.ProjectDirectory.Programme;
import eu.practicehub.project.ProgrammeScope;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's page: its projects a page at a time, its partners by country and its projects' indicators
 * added up by the database, counting only what the reader may see.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

    private final ProjectDirectory directory;
    private final IndicatorService indicators;
    private final EntityManager entityManager;
    private final Access access;

    ProgrammeService(ProjectDirectory directory, IndicatorService indicators, EntityManager entityManager,
            Access access) {
        this.directory = directory;
        this.indicators = indicators;
        this.entityManager = entityManager;
        this.access = access;
    }

    /** The programme with this slug and the page of its projects asked for; a slug no project names is not found. */
    public ProgrammeOverview overview(String slug, int page, Locale locale) {
        ProgrammeFacts facts = facts(slug, locale);
        ProjectQuery query = ProjectQuery.all().with("programme", slug).onPage(page);
        return new ProgrammeOverview(facts, directory.list(query, locale));
    }

    /** The programme with this slug, its partners by country and its figures; a slug no project names is not found. */
    public ProgrammeFacts facts(String slug, Locale locale) {
        Programme programme = directory.programme(slug).orElseThrow(() -> new NotFoundException("programme", slug));
        ProgrammeScope scope = new ProgrammeScope(programme.names(), access.isAdmin(), access.memberProjectIds());
        return new ProgrammeFacts(programme, partnersByCountry(scope, locale), indicators.figures(scope));
    }

    private List<CountryCount> partnersByCountry(ProgrammeScope scope, Locale locale) {
        List<Object[]> rows = scope.bind(entityManager.createQuery("select c.country, count(c), count(distinct c.project.id)"
                + " from Partner c where " + scope.projectIn("c.project") + " group by c.country"
                + " order by count(c) desc, c.country", Object[].class)).getResultList();
        return rows.stream().map(row -> new CountryCount((String) row[0], Countries.name((String) row[0], locale),
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue())).toList();
    }

    /** A programme, its partners by country and its figures (added up over its projects). */
    public record ProgrammeFacts(Programme programme, List<CountryCount> partnersByCountry, Figures figures) {

        public long partners() {
            return partnersByCountry.stream().mapToLong(CountryCount::partners).sum();
        }
    }

    /** A programme's facts with one page of its projects. */
    public record ProgrammeOverview(ProgrammeFacts facts, ProjectListing projects) {
    }

    /** The partners of a programme's projects in one country and the projects they take part in. */
    public record CountryCount(String country, String name, long partners, long projects) {
    }
}
