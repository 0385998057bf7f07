package eu.practicehub.challenge.web;

import eu.practicehub.account.Access;
import eu.practicehub.challenge.Challenge;
import eu.practicehub.challenge.ChallengeService;
import eu.practicehub.common.CleanTextEditor;
import eu.practicehub.common.Confirmation;
import eu.practicehub.common.FormErrors;
import eu.practicehub.common.PageWrites;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.Transfer;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The challenges of a project, one challenge with its suggestions, starting a transfer from one, deleting. */
@Controller
class ChallengePagesController {

    static final String LIST_VIEW = "challenge/list";
    static final String CHALLENGE_VIEW = "challenge/challenge";
    static final int ELSEWHERE = 10;

    private final Access access;
    private final ProjectService projects;
    private final ChallengeService challenges;
    private final MessageSource messages;

    ChallengePagesController(ProjectService projects, ChallengeService challenges, MessageSource messages, Access access) {
        this.access = access;
        this.projects = projects;
        this.challenges = challenges;
        this.messages = messages;
    }

    /** All partners' challenges, or one partner's. */
    @GetMapping("/projects/{key}/challenges")
    String list(@PathVariable String key, @RequestParam(required = false) Long partner, Model model) {
        Project project = projects.project(key);
        Partner chosen = partner == null ? null : projects.partner(project, partner);
        model.addAttribute("project", project);
        model.addAttribute("section", "challenges");
        model.addAttribute("sectionIndex", chosen == null);
        model.addAttribute("partner", chosen);
        model.addAttribute("challenges", chosen == null ? challenges.challenges(project) : challenges.challengesOf(chosen));
        return LIST_VIEW;
    }

    @GetMapping("/projects/{key}/challenges/{id}")
    String challenge(@PathVariable String key, @PathVariable long id, Model model) {
        return show(projects.project(key), id, null, model);
    }

    @PostMapping("/projects/{key}/challenges/{id}/suggestions/{practiceId}/transfer")
    String startTransfer(@PathVariable String key, @PathVariable long id, @PathVariable long practiceId,
            Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        // Refused before anything else: the same rule as the service applies.
        access.requireWrite(project.getId(), challenges.challenge(project, id).getPartner().getId());
        try {
            // The signed-in person starts it.
            Transfer started = challenges.startTransfer(project, id, practiceId);
            redirect.addFlashAttribute("flash", messages.getMessage("challengePage.start.done",
                    new Object[] {started.getPractice().getTitle(), started.getImporter().getShortName()}, locale));
            return "redirect:/projects/" + project.getKey() + "/transfers/" + started.getId();
        } catch (RuleViolationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", e.violations().stream()
                    .map(v -> messages.getMessage(FormErrors.message(v), locale)).toList());
            return show(project, id, practiceId, model);
        }
    }

    /** Asks before deleting; {@code version} is the one read on the challenge's page, checked on confirming. */
    @GetMapping("/projects/{key}/challenges/{id}/delete")
    String confirmDelete(@PathVariable String key, @PathVariable long id, @RequestParam(required = false) Long version,
            Model model, Locale locale) {
        Project project = projects.project(key);
        Challenge challenge = challenges.challenge(project, id);
        access.requireWrite(project.getId(), challenge.getPartner().getId());
        String page = "/projects/" + project.getKey() + "/challenges/" + id;
        model.addAttribute("project", project);
        model.addAttribute("section", "challenges");
        return Confirmation.of(messages, locale)
                .heading("challengeConfirm.delete.heading", challenge.getTitle())
                .fact("confirm.fact.title", challenge.getTitle())
                .fact("confirm.fact.partner", challenge.getPartner().getShortName())
                .says("challengeConfirm.delete.what", challenge.getTitle(), challenge.getPartner().getShortName())
                .undo("challengeConfirm.delete.undo")
                .button("challengeConfirm.delete.button", challenge.getTitle())
                .destructive()
                .posts(page + "/delete").with("version", version != null ? version : challenge.getVersion())
                .cancel(page)
                .show(model);
    }

    @PostMapping("/projects/{key}/challenges/{id}/delete")
    String delete(@PathVariable String key, @PathVariable long id, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        Challenge challenge = challenges.challenge(project, id);
        long sent = version == null ? -1 : version;
        List<String> problems = PageWrites.delete(() -> challenges.delete(project, id, sent), "challengePage.delete.stale",
                messages, locale, response);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return show(project, id, null, model);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("challengePage.deleted",
                new Object[] {challenge.getTitle()}, locale));
        return "redirect:/projects/" + project.getKey() + "/challenges";
    }

    private String show(Project project, long id, Long failedPractice, Model model) {
        Challenge challenge = challenges.challenge(project, id);
        model.addAttribute("project", project);
        model.addAttribute("section", "challenges");
        model.addAttribute("challenge", challenge);
        model.addAttribute("suggestions", challenges.suggestions(project, id));
        model.addAttribute("elsewhere", challenges.suggestionsElsewhere(project, id, ELSEWHERE));
        model.addAttribute("failedPractice", failedPractice);
        return CHALLENGE_VIEW;
    }
}
