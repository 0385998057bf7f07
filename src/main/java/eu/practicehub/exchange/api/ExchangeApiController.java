package eu.practicehub.exchange.api;

import eu.practicehub.common.PublicAddress;
import eu.practicehub.exchange.ProjectDocument;
import eu.practicehub.exchange.ProjectExporter;
import eu.practicehub.exchange.ProjectImporter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServletServerHttpRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Project documents", description = "A whole project as one JSON document: export, backup, migration and bulk import")
class ExchangeApiController {

    private final ProjectExporter exporter;
    private final ProjectImporter importer;
    private final PublicAddress address;
    private final JsonMapper json;

    ExchangeApiController(ProjectExporter exporter, ProjectImporter importer, PublicAddress address, JsonMapper json) {
        this.json = json;
        this.exporter = exporter;
        this.importer = importer;
        this.address = address;
    }

    @GetMapping("/api/v1/projects/{key}/export")
    @Operation(summary = "Export a project", description = "The project, its partners, themes, good practices, events, transfers and action plans as one document.")
    ProjectDocument export(@PathVariable String key) {
        return exporter.export(key);
    }

    @PostMapping("/api/v1/projects/import")
    @Operation(summary = "Import a project", description = "Creates the project the document names (201) or brings an existing one "
            + "in line with it (200), removing what the document no longer lists. All or nothing: when the document has "
            + "problems, every problem is listed (422) with its path, values of the wrong kind included, and nothing is "
            + "changed. Only a body that is no document at all (not JSON, not an object, a section of the wrong kind) "
            + "is a 400 naming its first problem.")
    @ApiResponse(responseCode = "200", description = "An existing project was updated")
    @ApiResponse(responseCode = "201", description = "A new project was created; Location names it")
    @ApiResponse(responseCode = "422", description = "The document has problems, every one listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectDocument.class)))
    ResponseEntity<ImportOutcome> importDocument(@RequestBody JsonNode body, HttpServletRequest request) {
        DocumentBody.Read read = DocumentBody.read(json, body, new ServletServerHttpRequest(request));
        ProjectImporter.Result result = importer.importDocument(read.document(), read.problems());
        ImportOutcome outcome = new ImportOutcome(result.key(), result.created());
        if (!result.created()) {
            return ResponseEntity.ok(outcome);
        }
        var location = address.link("/api/v1/projects/{key}", result.key());
        return ResponseEntity.created(location).body(outcome);
    }

    /** The key of the imported project and whether the import created it. */
    record ImportOutcome(String key, boolean created) {
    }
}
