package eu.practicehub.indicators.web;

import eu.practicehub.common.NotFoundException;
import eu.practicehub.common.PageRequests;
import eu.practicehub.indicators.IndicatorReport;
import eu.practicehub.indicators.IndicatorService;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The semester report of the programme indicators, and its CSV and XLSX downloads. */
@Controller
class IndicatorPagesController {

    static final String REPORT_VIEW = "indicators/report";
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=utf-8");
    /** Held events listed per page; the XLSX download has them all. */
    static final int EVENTS_PER_PAGE = 50;
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ProjectService projects;
    private final IndicatorService indicators;
    private final MessageSource messages;

    IndicatorPagesController(ProjectService projects, IndicatorService indicators, MessageSource messages) {
        this.projects = projects;
        this.indicators = indicators;
        this.messages = messages;
    }

    @GetMapping("/projects/{key}/reports")
    String reports(@PathVariable String key) {
        return "redirect:/projects/" + projects.project(key).getKey() + "/reports/indicators";
    }

    @GetMapping("/projects/{key}/reports/indicators")
    String report(@PathVariable String key, @RequestParam(required = false) Integer semester,
            @RequestParam(required = false) String page, Model model, Locale locale) {
        Project project = projects.project(key);
        IndicatorReport report = report(project, semester);
        model.addAttribute("heldEvents", onePage(report.heldEvents(), PageRequests.pageNumber(page)));
        model.addAttribute("pageLink", "/projects/" + project.getKey() + "/reports/indicators"
                + (semester == null ? "" : "?semester=" + semester));
        model.addAttribute("project", project);
        model.addAttribute("section", "reports");
        model.addAttribute("sectionIndex", true);
        model.addAttribute("report", report);
        model.addAttribute("table", IndicatorTable.of(report, messages, locale));
        model.addAttribute("semesters", project.semesters());
        return REPORT_VIEW;
    }

    @GetMapping("/projects/{key}/reports/indicators.csv")
    ResponseEntity<byte[]> csv(@PathVariable String key, @RequestParam(required = false) Integer semester, Locale locale) {
        IndicatorReport report = report(projects.project(key), semester);
        byte[] body = IndicatorCsv.write(IndicatorTable.of(report, messages, locale),
                messages.getMessage("indicators.csv.code", null, locale),
                messages.getMessage("indicators.csv.indicator", null, locale));
        return download(body, CSV, report.fileName("csv"));
    }

    @GetMapping("/projects/{key}/reports/indicators.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String key, @RequestParam(required = false) Integer semester, Locale locale) {
        IndicatorReport report = report(projects.project(key), semester);
        byte[] body = IndicatorWorkbook.write(report, IndicatorTable.of(report, messages, locale), messages, locale);
        return download(body, XLSX, report.fileName("xlsx"));
    }

    private static <T> Page<T> onePage(List<T> all, int number) {
        int from = (int) Math.min((long) (number - 1) * EVENTS_PER_PAGE, all.size());
        int to = Math.min(from + EVENTS_PER_PAGE, all.size());
        return new PageImpl<>(all.subList(from, to), PageRequest.of(number - 1, EVENTS_PER_PAGE), all.size());
    }

    /** A semester the project does not have is a page that does not exist. */
    private IndicatorReport report(Project project, Integer semester) {
        if (!IndicatorService.hasSemester(project, semester)) {
            throw new NotFoundException("semester", semester);
        }
        return indicators.report(project, semester);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
