package eu.practicehub.newsletter.api;

import eu.practicehub.common.PageRequests;
import eu.practicehub.common.PublicAddress;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.newsletter.Newsletter;
import eu.practicehub.newsletter.NewsletterService;
import eu.practicehub.newsletter.api.NewsletterBodies.GenerateBody;
import eu.practicehub.newsletter.api.NewsletterBodies.NewsletterBody;
import eu.practicehub.newsletter.api.NewsletterBodies.NewsletterSummary;
import eu.practicehub.newsletter.api.NewsletterBodies.NewsletterView;
import eu.practicehub.newsletter.api.NewsletterBodies.VersionBody;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{key}/newsletters")
@Tag(name = "Newsletters", description = "Newsletters written from the project's data, edited as Markdown and published")
@ApiResponse(responseCode = "404", description = "No such project or newsletter", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class NewsletterApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final NewsletterService newsletters;
    private final ProjectService projects;
    private final PublicAddress address;

    NewsletterApiController(NewsletterService newsletters, ProjectService projects, PublicAddress address) {
        this.newsletters = newsletters;
        this.projects = projects;
        this.address = address;
    }

    @GetMapping
    @Operation(summary = "The project's newsletters", description = "Drafts and published ones, the latest period first; paged, at most "
            + MAX_PAGE_SIZE + " per page.")
    PagedModel<NewsletterSummary> list(@PathVariable String key, @ParameterObject @PageableDefault(size = 20) Pageable pageable) {
        Pageable page = PageRequests.checked(pageable, MAX_PAGE_SIZE, Set.of());
        return new PagedModel<>(newsletters.newsletters(projects.project(key), page).map(NewsletterSummary::of));
    }

    @PostMapping("/generate")
    @Operation(summary = "Write a newsletter from the data", description = "Stores a draft written from the events held from `from` to `to` (the current semester when left out) of the `types` given (every type held when none): the table of dates, good practices examined and participants, what the partners will do next, the partners and the project's mission and links.")
    @ApiResponse(responseCode = "201", description = "Written; Location names the new draft")
    @ApiResponse(responseCode = "422", description = "Rules broken, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<NewsletterView> generate(@PathVariable String key, @RequestBody(required = false) GenerateBody body) {
        GenerateBody request = body == null ? new GenerateBody(null, null, null) : body;
        Newsletter created = newsletters.generate(projects.project(key), request.toRequest());
        var location = address.link("/api/v1/projects/{key}/newsletters/{id}", key, created.getId());
        return ResponseEntity.created(location).body(NewsletterView.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one newsletter", description = "Its Markdown, the same rendered as HTML, and the version to send with a change.")
    NewsletterView newsletter(@PathVariable String key, @PathVariable long id) {
        return NewsletterView.of(newsletters.newsletter(projects.project(key), id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a newsletter", description = "Replaces the title and the Markdown text; the body carries the version that was read."
            + " For a published newsletter, `publishedOn` dates its publication as readers should read it: a day (2022-01-31), a month (2022-01) or a year;"
            + " left out, the date stays as it is. It may not lie in the future nor before the period the newsletter reports on.")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Rules broken, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    NewsletterView update(@PathVariable String key, @PathVariable long id, @RequestBody NewsletterBody body) {
        Project project = projects.project(key);
        return NewsletterView.of(newsletters.update(project, id, requireVersion(body.version()), body.toSpec()));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft", description = "With the version that was read: {\"version\": 3}. It then appears on the news page and in the Atom feed.")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Already published", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    NewsletterView publish(@PathVariable String key, @PathVariable long id, @RequestBody VersionBody body) {
        return NewsletterView.of(newsletters.publish(projects.project(key), id, requireVersion(body.version())));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a draft", description = "With the version that was read; a published newsletter cannot be deleted.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Published, so it stays", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> delete(@PathVariable String key, @PathVariable long id, @RequestParam long version) {
        newsletters.delete(projects.project(key), id, version);
        return ResponseEntity.noContent().build();
    }

    private static long requireVersion(Long version) {
        if (version == null) {
            throw new RuleViolationException(Violation.of("version", "validation.required"));
        }
        return version;
    }
}
