package eu.practicehub.challenge.web;

import eu.practicehub.account.Access;
import eu.practicehub.challenge.Challenge;
import eu.practicehub.challenge.ChallengeService;
import eu.practicehub.common.CleanTextEditor;
import eu.practicehub.common.FormErrors;
import eu.practicehub.common.PageWrites;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.Theme;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a challenge and editing it. */
@Controller
class ChallengeFormController {

    static final String FORM_VIEW = "challenge/form";

    private final Access access;
    private final ProjectService projects;
    private final PracticeService practices;
    private final ChallengeService challenges;
    private final MessageSource messages;

    ChallengeFormController(ProjectService projects, PracticeService practices, ChallengeService challenges,
            MessageSource messages, Access access) {
        this.access = access;
        this.projects = projects;
        this.practices = practices;
        this.challenges = challenges;
        this.messages = messages;
    }

    @InitBinder("challengeForm")
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CleanTextEditor());
    }

    /** The form, with the partner already chosen when the partner page links to it. */
    @GetMapping("/projects/{key}/challenges/new")
    String createForm(@PathVariable String key, @RequestParam(required = false) Long partner, Model model) {
        Project project = projects.project(key);
        ChallengeForm form = new ChallengeForm();
        if (partner != null) {
            access.requireWrite(project.getId(), partner);
            form.setPartner(projects.partner(project, partner).getShortName());
        }
        if (!access.mayWriteSomething(project.getId())) {
            throw new AccessDeniedException("Not allowed for this account");
        }
        List<Partner> writable = projects.writablePartners(project);
        if (form.getPartner() == null && writable.size() == 1) {
            // An editor of one partner writes its challenges: the one choice there is, made already.
            form.setPartner(writable.get(0).getShortName());
        }
        return showForm(project, null, form, model);
    }

    @PostMapping("/projects/{key}/challenges/new")
    String create(@PathVariable String key, @ModelAttribute ChallengeForm challengeForm, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        // Refused before the input is even read: the same rule as the service applies.
        if (!access.mayWriteSomething(project.getId())) {
            throw new AccessDeniedException("Not allowed for this account");
        }
        if (result.hasErrors()) {
            FormErrors.rejectWhereFree(result, challenges.problems(project, challengeForm.toSpec()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(project, null, challengeForm, model);
        }
        return PageWrites.save(() -> challenges.create(project, challengeForm.toSpec()), result, response, () -> { })
                .map(created -> saved(project, created, "challengeForm.created", redirect, locale))
                .orElseGet(() -> showForm(project, null, challengeForm, model));
    }

    @GetMapping("/projects/{key}/challenges/{id}/edit")
    String editForm(@PathVariable String key, @PathVariable long id, Model model) {
        Project project = projects.project(key);
        Challenge challenge = challenges.challenge(project, id);
        access.requireWrite(project.getId(), challenge.getPartner().getId());
        return showForm(project, challenge, ChallengeForm.of(challenge), model);
    }

    @PostMapping("/projects/{key}/challenges/{id}/edit")
    String update(@PathVariable String key, @PathVariable long id, @ModelAttribute ChallengeForm challengeForm,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        Challenge stored = challenges.challenge(project, id);
        // Refused before the input is even read: the same rule as the service applies.
        access.requireWrite(project.getId(), stored.getPartner().getId());
        if (result.hasErrors() || challengeForm.getVersion() == null) {
            if (challengeForm.getVersion() == null) {
                result.reject("form.version.missing");
            }
            FormErrors.rejectWhereFree(result, challenges.problems(project, challengeForm.toSpec()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(project, stored, challengeForm, model);
        }
        Long version = challengeForm.getVersion();
        Runnable tellStale = () -> {
            Challenge current = challenges.challenge(project, id);
            // The next save is made knowingly over the other person's version.
            challengeForm.setVersion(current.getVersion());
            result.reject("form.stale", new Object[] {current.getTitle()}, "form.stale");
        };
        return PageWrites.save(() -> challenges.update(project, id, version, challengeForm.toSpec()), result, response,
                        tellStale)
                .map(updated -> saved(project, updated, "challengeForm.updated", redirect, locale))
                .orElseGet(() -> showForm(project, challenges.challenge(project, id), challengeForm, model));
    }

    private String saved(Project project, Challenge challenge, String code, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("flash", messages.getMessage(code, new Object[] {challenge.getTitle()}, locale));
        return "redirect:/projects/" + project.getKey() + "/challenges/" + challenge.getId();
    }

    private String showForm(Project project, Challenge stored, ChallengeForm form, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("section", "challenges");
        model.addAttribute("stored", stored);
        model.addAttribute("challengeForm", form);
        // Only the partners the person may write for: choosing another would be refused.
        model.addAttribute("partnerNames", projects.writablePartners(project).stream().map(Partner::getShortName).toList());
        List<String> themeNames = new ArrayList<>(form.getThemes());
        practices.themes(project).stream().map(Theme::getName).filter(n -> !themeNames.contains(n)).forEach(themeNames::add);
        model.addAttribute("themeNames", themeNames);
        return FORM_VIEW;
    }
}
