package eu.practicehub.programme.api;

import eu.practicehub.common.Text;
import eu.practicehub.common.Violation;
import eu.practicehub.indicators.Figures;
import eu.practicehub.programme.BadProjectQuery;
import eu.practicehub.programme.Facets;
import eu.practicehub.programme.ProgrammeService;
import eu.practicehub.programme.ProgrammeService.CountryCount;
import eu.practicehub.programme.ProgrammeService.ProgrammeFacts;
import eu.practicehub.programme.ProjectCard;
import eu.practicehub.programme.ProjectDirectory;
import eu.practicehub.programme.ProjectListing;
import eu.practicehub.programme.ProjectQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Programmes", description = "The projects of the instance, filtered with counts, and the programmes they belong to")
class ProgrammeApiController {

    private static final Pattern PAGE_INDEX = Pattern.compile("^\\d{1,9}$");

    private final ProjectDirectory directory;
    private final ProgrammeService programmes;
    private final MessageSource messages;

    ProgrammeApiController(ProjectDirectory directory, ProgrammeService programmes, MessageSource messages) {
        this.directory = directory;
        this.programmes = programmes;
        this.messages = messages;
    }

    @GetMapping("/api/v1/projects")
    @Operation(summary = "List the projects", description = "Paged by name (page from 0, at most "
            + ProjectQuery.MAX_SIZE + " per page), filtered by programme slug, partner country (ISO code), theme name,"
            + " status (NOT_STARTED, RUNNING, ENDED: in the project's own time zone) and words of the name or key;"
            + " facets count the projects each filter value would list, the other filters applied.")
    ProjectPage projects(
            @Parameter(description = "A programme's slug, e.g. interreg-europe-2014-2020") @RequestParam(required = false) String programme,
            @Parameter(description = "A partner's country, ISO 3166-1 alpha-2") @RequestParam(required = false) String country,
            @Parameter(description = "A theme's name") @RequestParam(required = false) String theme,
            @Parameter(description = "NOT_STARTED, RUNNING or ENDED") @RequestParam(required = false) String status,
            @Parameter(description = "Words of the name or key") @RequestParam(required = false) String q,
            @Parameter(description = "Page from 0") @RequestParam(required = false) String page,
            @Parameter(description = "Projects per page, 1 to " + ProjectQuery.MAX_SIZE) @RequestParam(required = false) String size,
            Locale locale) {
        ProjectListing listing = directory.list(ProjectQuery.of(programme, country, theme, status, q, pageFromOne(page),
                size), locale);
        return new ProjectPage(listing.page().getContent(), new PagedModel<>(listing.page()).getMetadata(), listing.facets());
    }

    @GetMapping("/api/v1/programmes")
    @Operation(summary = "List the programmes", description = "Each programme the projects name, with its slug and number of projects, most projects first.")
    List<ProjectDirectory.Programme> programmes() {
        return directory.programmes();
    }

    @GetMapping("/api/v1/programmes/{slug}")
    @Operation(summary = "Read one programme", description = "Its partners by country and its projects' programme"
            + " indicators added up, counting only what the reader may see; its projects are listed by"
            + " /api/v1/projects?programme={slug}.")
    ProgrammeView programme(@PathVariable String slug, Locale locale) {
        ProgrammeFacts facts = programmes.facts(slug, locale);
        return new ProgrammeView(facts.programme().slug(), facts.programme().name(), facts.programme().projects(),
                facts.partners(), facts.partnersByCountry(), facts.figures());
    }

    /** The API counts pages from 0, the query from 1: a page that is not a number is left for the query to refuse. */
    private static String pageFromOne(String page) {
        if (page == null || page.isBlank()) {
            return null;
        }
        if (!PAGE_INDEX.matcher(page.strip()).matches()) {
            throw new BadProjectQuery(List.of(Violation.of("page", "programmeApi.problem.page", page)));
        }
        return String.valueOf(Long.parseLong(page.strip()) + 1);
    }

    @ExceptionHandler(BadProjectQuery.class)
    ProblemDetail badQuery(BadProjectQuery e, Locale locale) {
        List<ParameterError> errors = e.problems().stream().map(v -> error(v, locale)).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                String.join(" ", errors.stream().map(ParameterError::message).toList()));
        problem.setTitle(messages.getMessage("api.problem.badRequest.title", null, locale));
        problem.setProperty("errors", errors);
        return problem;
    }

    private ParameterError error(Violation violation, Locale locale) {
        // Pages beyond the last are told as the API counts them, from 0.
        boolean beyond = violation.code().equals("programmeHome.problem.pageBeyond");
        Object[] args = beyond
                ? new Object[] {((Number) violation.args().get(0)).intValue() - 1, ((Number) violation.args().get(1)).intValue() - 1}
                : violation.args().stream().map(a -> a instanceof String s ? Text.shown(s) : a).toArray();
        String code = beyond ? "programmeApi.problem.pageBeyond" : violation.code();
        return new ParameterError(violation.field(), code, messages.getMessage(code, args, locale));
    }

    /** A parameter that cannot be read and why. */
    record ParameterError(String parameter, String code, String message) {
    }

    /** One page of projects, the page's metadata (number from 0) and the counts of each filter's values. */
    record ProjectPage(List<ProjectCard> content, PagedModel.PageMetadata page, Facets facets) {
    }

    /** A programme with its partners by country and its projects' indicators added up. */
    record ProgrammeView(String slug, String name, long projects, long partners, List<CountryCount> partnersByCountry,
            Figures figures) {
    }
}
