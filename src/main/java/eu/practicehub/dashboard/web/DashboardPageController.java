package eu.practicehub.dashboard.web;

import eu.practicehub.dashboard.Dashboard;
import eu.practicehub.dashboard.DashboardService;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The project dashboard page: each section reads its part of the model, so a new one is an attribute and a fragment. */
@Controller
class DashboardPageController {

    static final String DASHBOARD_VIEW = "dashboard/dashboard";

    private final ProjectService projects;
    private final DashboardService dashboards;
    private final DashboardCharts charts;

    DashboardPageController(ProjectService projects, DashboardService dashboards, DashboardCharts charts) {
        this.projects = projects;
        this.dashboards = dashboards;
        this.charts = charts;
    }

    @GetMapping("/projects/{key}/dashboard")
    String dashboard(@PathVariable String key, Model model) {
        Project project = projects.project(key);
        Dashboard dashboard = dashboards.dashboard(project, dashboards.today());
        model.addAttribute("project", project);
        model.addAttribute("section", "dashboard");
        model.addAttribute("sectionIndex", true);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("position", dashboard.position());
        model.addAttribute("charts", charts.counts(dashboard));
        model.addAttribute("progress", charts.progress(dashboard));
        return DASHBOARD_VIEW;
    }
}
