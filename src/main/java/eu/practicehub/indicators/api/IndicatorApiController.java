package eu.practicehub.indicators.api;

import eu.practicehub.indicators.IndicatorReport;
import eu.practicehub.indicators.IndicatorService;
import eu.practicehub.project.ProjectService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Indicators", description = "Programme indicators per semester and in total")
class IndicatorApiController {

    private final IndicatorService indicators;
    private final ProjectService projects;

    IndicatorApiController(IndicatorService indicators, ProjectService projects) {
        this.indicators = indicators;
        this.projects = projects;
    }

    @GetMapping("/api/v1/projects/{key}/indicators")
    @Operation(summary = "The programme indicators of one semester or of all, and in total",
            description = "Good practices identified, learning events held by type, partner participations and their "
                    + "average per event, action plans produced and endorsed, policy instruments addressed, transfers "
                    + "started and completed; with the held events counted. A semester the project does not have is a 422.")
    @ApiResponse(responseCode = "200", description = "The figures of each semester asked for and the total")
    @ApiResponse(responseCode = "400", description = "The semester is not a whole number", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such project", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The project has no such semester; errors names the parameter", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    IndicatorReport indicators(@PathVariable String key,
            @Parameter(description = "A semester number; all semesters when left out") @RequestParam(required = false) Integer semester) {
        return indicators.report(projects.project(key), semester);
    }
}
