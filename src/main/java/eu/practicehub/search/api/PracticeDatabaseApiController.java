package eu.practicehub.search.api;

import eu.practicehub.account.Access;
import eu.practicehub.common.PublicAddress;
import eu.practicehub.practice.PracticeStatus;
import eu.practicehub.search.PracticeHit;
import eu.practicehub.search.PracticeResults;
import eu.practicehub.search.PracticeSearch;
import eu.practicehub.search.SearchParameters;
import eu.practicehub.search.index.IndexRebuild;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Good-practice database", description = "Every project's good practices in one full-text search, with facets")
class PracticeDatabaseApiController {

    private final PracticeSearch search;
    private final IndexRebuild rebuild;
    private final Access access;
    private final PublicAddress address;

    PracticeDatabaseApiController(PracticeSearch search, IndexRebuild rebuild, Access access, PublicAddress address) {
        this.search = search;
        this.rebuild = rebuild;
        this.access = access;
        this.address = address;
    }

    @GetMapping("/api/v1/practices")
    @Operation(summary = "Search the good-practice database", description = "The practices of every project that the "
            + "caller may see (public ones; all of the projects the caller is a member of), ranked by relevance. Words "
            + "must all match, accents folded and stemmed (\"recycle\" finds \"recycling\", \"goteborg\" finds "
            + "\"Göteborg\"); a word of 5 letters or more may have one typo, of 8 or more two; \"quoted phrases\" "
            + "match as written; -word excludes. Filters of one facet are alternatives, facets together all apply. "
            + "Highlights are HTML: escaped text with the matches in <mark>. Facet counts are those of the search "
            + "without the facet's own filter. Pages from 0, at most " + SearchParameters.MAX_SIZE + " per page and "
            + SearchParameters.MAX_RESULT + " results deep.")
    @ApiResponse(responseCode = "200", description = "Hits, facet counts and paging")
    @ApiResponse(responseCode = "400", description = "A parameter is not understood", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    SearchAnswer practices(
            @Parameter(description = "Words, \"phrases\" and -excluded words") @RequestParam(required = false) String q,
            @Parameter(description = "Programme (repeatable)") @RequestParam(required = false) List<String> programme,
            @Parameter(description = "Project key (repeatable)") @RequestParam(required = false) List<String> project,
            @Parameter(description = "Owner partner's country, ISO 3166 code (repeatable)") @RequestParam(required = false) List<String> country,
            @Parameter(description = "Theme name (repeatable)") @RequestParam(required = false) List<String> theme,
            @Parameter(description = "Status (repeatable)", schema = @Schema(implementation = PracticeStatus.class)) @RequestParam(required = false) List<String> status,
            @Parameter(description = "Owner partner's type of organisation (repeatable)") @RequestParam(required = false) List<String> ownerType,
            @Parameter(description = "relevance (default) or date (latest identified first)") @RequestParam(required = false) String sort,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) String page,
            @Parameter(description = "Page size, 1 to " + SearchParameters.MAX_SIZE + " (default " + SearchParameters.DEFAULT_SIZE + ")") @RequestParam(required = false) String size,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        PracticeResults results = search.search(SearchParameters.strict(parameters));
        Map<String, List<PracticeResults.FacetCount>> facets = new LinkedHashMap<>();
        results.facets().forEach((facet, counts) -> facets.put(facet.parameter(), counts));
        return new SearchAnswer(results.hits().stream().map(this::hit).toList(), results.total(), results.page(),
                results.size(), results.totalPages(), facets, results.rebuilding());
    }

    @PostMapping("/api/v1/practices/index/rebuild")
    @Operation(summary = "Rebuild the good-practice database's index", description = "Reads every practice from the "
            + "database into a new index, in the background; until it ends, searches find only the practices indexed "
            + "so far. Administrators only.")
    @ApiResponse(responseCode = "202", description = "The rebuild started, or one was already running")
    @ApiResponse(responseCode = "403", description = "The account is no administrator", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<RebuildAnswer> rebuild() {
        access.requireAdmin();
        boolean started = rebuild.start();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new RebuildAnswer(started, rebuild.isRunning()));
    }

    private Hit hit(PracticeHit hit) {
        return new Hit(hit.id(), hit.title(), hit.summary(), hit.owner(), hit.country(), hit.themes(), hit.status(),
                hit.publicVisible(), hit.projectKey(), hit.projectName(), hit.programme(),
                address.link("/api/v1/projects/{key}/practices/{id}", hit.projectKey(), hit.id()),
                address.link("/projects/{key}/practices/{id}", hit.projectKey(), hit.id()), hit.score(), hit.highlights());
    }

    /** A page of the search. */
    record SearchAnswer(List<Hit> hits, long total, int page, int size, int totalPages,
            @Schema(description = "For each facet (programme, project, country, theme, status, ownerType): its values with counts")
            Map<String, List<PracticeResults.FacetCount>> facets,
            @Schema(description = "True while the index is being rebuilt: results may be incomplete") boolean rebuilding) {
    }

    /** A practice found. */
    record Hit(long id, String title, String summary, String owner, String country, List<String> themes,
            PracticeStatus status, boolean publicVisible, String project, String projectName, String programme,
            URI link, URI page, float score,
            @Schema(description = "Field name to an HTML passage: escaped text, matches in <mark>") Map<String, String> highlights) {
    }

    /** Whether this request started a rebuild, and whether one is running. */
    record RebuildAnswer(boolean started, boolean running) {
    }
}
