package eu.practicehub.planning.web;

import eu.practicehub.account.Access;
import eu.practicehub.common.FormErrors;
import eu.practicehub.common.NotFoundException;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.common.Violation;
import eu.practicehub.planning.Measure;
import eu.practicehub.planning.PlanningService;
import eu.practicehub.planning.SemesterProgress;
import eu.practicehub.planning.TargetValues;
import eu.practicehub.planning.Targets;
import eu.practicehub.project.Phase;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page of each semester with its targets and progress, and the forms for a semester's targets and the whole plan. */
@Controller
class PlanningPagesController {

    static final String SEMESTER_VIEW = "planning/semester";
    static final String FORM_VIEW = "planning/targets-form";

    private final Access access;
    private final ProjectService projects;
    private final PlanningService planning;
    private final MessageSource messages;
    private final Clock clock;

    PlanningPagesController(ProjectService projects, PlanningService planning, MessageSource messages, Clock clock, Access access) {
        this.access = access;
        this.projects = projects;
        this.planning = planning;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/projects/{key}/semesters/{number}")
    String semester(@PathVariable String key, @PathVariable int number, Model model) {
        Project project = projects.project(key);
        SemesterProgress progress = planning.semesterProgress(key, number);
        int last = project.semesters().size();
        model.addAttribute("project", project);
        model.addAttribute("section", "timeline");
        model.addAttribute("semester", progress.semester());
        model.addAttribute("phase", project.phaseOn(progress.semester().start()).map(Phase::name).orElse(null));
        model.addAttribute("current", project.runningSemester(LocalDate.now(clock))
                .filter(s -> s.number() == number).isPresent());
        model.addAttribute("inSemester", progress.inSemester());
        model.addAttribute("projectSoFar", progress.projectSoFar());
        model.addAttribute("hasTargets", progress.inSemester().stream().anyMatch(p -> p.target() != null));
        model.addAttribute("hasPlan", progress.projectSoFar().stream().anyMatch(p -> p.target() != null));
        model.addAttribute("previous", number > 1 ? number - 1 : null);
        model.addAttribute("next", number < last ? number + 1 : null);
        return SEMESTER_VIEW;
    }

    @GetMapping("/projects/{key}/semesters/{number}/targets")
    String semesterForm(@PathVariable String key, @PathVariable int number, Model model) {
        checkSemester(number);
        access.requireCoordinator(projects.project(key).getId());
        return showForm(projects.project(key), number, TargetForm.of(planning.targets(key, number)), model);
    }

    @PostMapping("/projects/{key}/semesters/{number}/targets")
    String saveSemester(@PathVariable String key, @PathVariable int number, @ModelAttribute TargetForm targetForm,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        checkSemester(number);
        return save(key, number, targetForm, result, model, redirect, response, locale);
    }

    @GetMapping("/projects/{key}/targets")
    String planForm(@PathVariable String key, Model model) {
        access.requireCoordinator(projects.project(key).getId());
        return showForm(projects.project(key), Targets.WHOLE_PROJECT,
                TargetForm.of(planning.targets(key, Targets.WHOLE_PROJECT)), model);
    }

    @PostMapping("/projects/{key}/targets")
    String savePlan(@PathVariable String key, @ModelAttribute TargetForm targetForm, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return save(key, Targets.WHOLE_PROJECT, targetForm, result, model, redirect, response, locale);
    }

    private String save(String key, int semester, TargetForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        // Reading the targets first answers an unknown semester with the 404 page.
        planning.targets(key, semester);
        // Refused before the input is even read: the same rule as the service applies.
        access.requireCoordinator(project.getId());
        TargetValues.Read read = TargetValues.read(form.getValues(), "values[");
        List<Violation> problems = new ArrayList<>(read.problems().stream()
                .map(v -> new Violation(v.field() + "]", v.code(), v.args())).toList());
        if (form.getVersion() == null) {
            problems.add(Violation.of("", "form.version.missing"));
        }
        if (!problems.isEmpty()) {
            FormErrors.reject(result, problems);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(project, semester, form, model);
        }
        try {
            planning.saveTargets(key, semester, form.getVersion(), read.targets());
        } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
            // The next save is made knowingly over the other person's targets; the input is kept.
            form.setVersion(planning.targets(key, semester).version());
            result.reject("targetsForm.stale");
            response.setStatus(HttpStatus.CONFLICT.value());
            return showForm(project, semester, form, model);
        } catch (RuleViolationException e) {
            FormErrors.reject(result, e.violations().stream()
                    .map(v -> new Violation("values[" + v.field() + "]", v.code(), v.args())).toList());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(project, semester, form, model);
        }
        redirect.addFlashAttribute("flash", semester == Targets.WHOLE_PROJECT
                ? messages.getMessage("targetsForm.plan.saved", null, locale)
                : messages.getMessage("targetsForm.semester.saved", new Object[] {semester}, locale));
        return semester == Targets.WHOLE_PROJECT ? "redirect:/projects/" + project.getKey() + "/targets"
                : "redirect:/projects/" + project.getKey() + "/semesters/" + semester;
    }

    /** Semester numbers start at 1; 0 stands for the whole project only inside the service. */
    private static void checkSemester(int number) {
        if (number < 1) {
            throw new NotFoundException("semester", number);
        }
    }

    private String showForm(Project project, int semester, TargetForm form, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("section", "timeline");
        model.addAttribute("semesterNumber", semester);
        model.addAttribute("semester", semester == Targets.WHOLE_PROJECT ? null : project.semester(semester));
        model.addAttribute("targetForm", form);
        model.addAttribute("maxTarget", PlanningService.MAX_TARGET);
        List<eu.practicehub.planning.MeasureProgress> achieved = semester == Targets.WHOLE_PROJECT
                ? planning.projectProgress(project.getKey(), LocalDate.now(clock)).measures()
                : planning.inSemesterProgress(project, semester);
        model.addAttribute("rows", achieved.stream().map(p -> new FieldRow(p.measure(), p.measure().name(), p.achieved()))
                .toList());
        model.addAttribute("today", LocalDate.now(clock));
        return FORM_VIEW;
    }

    /** One field of the targets form: the measure, its name as the field names it, and what was achieved. */
    record FieldRow(Measure measure, String name, int achieved) {
    }
}
