package eu.practicehub.challenge.api;

import eu.practicehub.challenge.Challenge;
import eu.practicehub.challenge.ChallengeService;
import eu.practicehub.challenge.api.ChallengeBodies.ChallengeBody;
import eu.practicehub.challenge.api.ChallengeBodies.ChallengeView;
import eu.practicehub.challenge.api.ChallengeBodies.StartBody;
import eu.practicehub.challenge.api.ChallengeBodies.StartedTransfer;
import eu.practicehub.challenge.api.ChallengeBodies.SuggestionView;
import eu.practicehub.common.PublicAddress;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.Transfer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
@RequestMapping("/api/v1/projects/{key}/challenges")
@Tag(name = "Challenges", description = "The partners' innovation challenges and the good practices suggested for them")
@ApiResponse(responseCode = "404", description = "No such project, challenge or practice", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class ChallengeApiController {

    private final ChallengeService challenges;
    private final ProjectService projects;
    private final PublicAddress address;

    ChallengeApiController(ChallengeService challenges, ProjectService projects, PublicAddress address) {
        this.challenges = challenges;
        this.projects = projects;
        this.address = address;
    }

    @GetMapping
    @Operation(summary = "The project's challenges", description = "By partner, then title.")
    List<ChallengeView> list(@PathVariable String key) {
        return challenges.challenges(projects.project(key)).stream().map(ChallengeView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one challenge", description = "With the version to send with an update.")
    ChallengeView challenge(@PathVariable String key, @PathVariable long id) {
        return ChallengeView.of(challenges.challenge(projects.project(key), id));
    }

    @PostMapping
    @Operation(summary = "Record a challenge", description = "partner by short name, themes by name.")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new challenge")
    @ApiResponse(responseCode = "422", description = "Rules broken, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ChallengeView> create(@PathVariable String key, @RequestBody ChallengeBody body) {
        Challenge created = challenges.create(projects.project(key), body.toSpec());
        var location = address.link("/api/v1/projects/{key}/challenges/{id}", key, created.getId());
        return ResponseEntity.created(location).body(ChallengeView.of(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a challenge", description = "The body carries the version that was read.")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Rules broken, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ChallengeView update(@PathVariable String key, @PathVariable long id, @RequestBody ChallengeBody body) {
        Project project = projects.project(key);
        return ChallengeView.of(challenges.update(project, id, requireVersion(body.version()), body.toSpec()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a challenge", description = "With the version that was read.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> delete(@PathVariable String key, @PathVariable long id, @RequestParam long version) {
        challenges.delete(projects.project(key), id, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/suggestions")
    @Operation(summary = "The good practices suggested for a challenge", description = "Other partners' practices, best first: 3 points per shared theme, 1 per matching term. transferId and transferStage name the partner's open or adopted transfer of the practice, if any.")
    List<SuggestionView> suggestions(@PathVariable String key, @PathVariable long id) {
        return challenges.suggestions(projects.project(key), id).stream().map(SuggestionView::of).toList();
    }

    @GetMapping("/{id}/suggestions/elsewhere")
    @Operation(summary = "Good practices of other projects for a challenge", description = "From the good-practice database, those the caller may see: sharing the challenge's themes first, then holding its words; best first, at most 20. They cannot become a transfer, which is between partners of one project.")
    List<ElsewhereView> suggestionsElsewhere(@PathVariable String key, @PathVariable long id) {
        return challenges.suggestionsElsewhere(projects.project(key), id, 20).stream()
                .map(hit -> new ElsewhereView(hit.projectKey(), hit.id(), hit.title(), hit.owner(), hit.themes(), hit.score()))
                .toList();
    }

    /** A practice of another project suggested for a challenge. */
    record ElsewhereView(String project, long practiceId, String title, String owner, List<String> themes, float score) {
    }

    @PostMapping("/{id}/suggestions/{practiceId}/transfer")
    @Operation(summary = "Turn a suggestion into a transfer", description = "Starts the transfer of the practice to the challenge's partner, recorded as started by the account of the token."
            + " No body is needed; a body that names who starts it (`by`) is refused (422).")
    @ApiResponse(responseCode = "201", description = "Started; Location names the new transfer")
    @ApiResponse(responseCode = "422", description = "Refused, with the reason in errors (e.g. a transfer is already open)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<StartedTransfer> startTransfer(@PathVariable String key, @PathVariable long id,
            @PathVariable long practiceId, @RequestBody(required = false) StartBody body) {
        if (body != null && body.by() != null) {
            throw new RuleViolationException(Violation.of("by", "transfer.by.refused"));
        }
        Transfer transfer = challenges.startTransfer(projects.project(key), id, practiceId);
        var location = address.link("/api/v1/projects/{key}/transfers/{id}", key, transfer.getId());
        return ResponseEntity.created(location).body(StartedTransfer.of(transfer));
    }

    private static long requireVersion(Long version) {
        if (version == null) {
            throw new RuleViolationException(Violation.of("version", "validation.required"));
        }
        return version;
    }
}
