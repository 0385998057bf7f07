package eu.practicehub.dashboard.api;

import eu.practicehub.dashboard.Dashboard;
import eu.practicehub.dashboard.DashboardService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dashboard", description = "Where a project stands today and its records counted")
class DashboardApiController {

    private final DashboardService dashboards;

    DashboardApiController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/v1/projects/{key}/dashboard")
    @Operation(summary = "Read the project's dashboard", description = "As the dashboard page shows it, today: phase and "
            + "semester with the days left (counting today), the next " + DashboardService.UPCOMING + " planned events "
            + "with their local dates and time zone, and the good practices by theme and by owner, the transfers by "
            + "stage and the action plans by status, every theme, partner, stage and status present.")
    @ApiResponse(responseCode = "200", description = "The dashboard")
    @ApiResponse(responseCode = "404", description = "No project with this key", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Dashboard dashboard(@PathVariable String key) {
        return dashboards.dashboard(key);
    }
}
