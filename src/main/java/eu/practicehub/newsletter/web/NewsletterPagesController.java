package eu.practicehub.newsletter.web;

import eu.practicehub.account.Access;
import eu.practicehub.common.CleanTextEditor;
import eu.practicehub.common.Confirmation;
import eu.practicehub.common.DateTexts;
import eu.practicehub.common.FormErrors;
import eu.practicehub.common.PageRequests;
import eu.practicehub.common.PageWrites;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.event.EventType;
import eu.practicehub.newsletter.Markdown;
import eu.practicehub.newsletter.Newsletter;
import eu.practicehub.newsletter.NewsletterDraft;
import eu.practicehub.newsletter.NewsletterService;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.project.Semester;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
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

/** The coordinator's newsletter pages: the list, writing a draft from the data, editing, publishing, deleting. */
@Controller
class NewsletterPagesController {

    static final String LIST_VIEW = "newsletter/list";
    static final String GENERATE_VIEW = "newsletter/generate";
    static final String NEWSLETTER_VIEW = "newsletter/newsletter";
    static final String FORM_VIEW = "newsletter/form";
    static final String PREVIEW_FRAGMENT = "newsletter/parts :: preview";
    static final int PAGE_SIZE = 20;

    private final Access access;
    private final ProjectService projects;
    private final NewsletterService newsletters;
    private final MessageSource messages;

    NewsletterPagesController(ProjectService projects, NewsletterService newsletters, MessageSource messages, Access access) {
        this.access = access;
        this.projects = projects;
        this.newsletters = newsletters;
        this.messages = messages;
    }

    @InitBinder("newsletterForm")
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CleanTextEditor());
    }

    @GetMapping("/projects/{key}/newsletters")
    String list(@PathVariable String key, @RequestParam(defaultValue = "1") String page, Model model) {
        Project project = projects.project(key);
        // The list with drafts is the project's own; the public reads the news.
        access.requireMember(project.getId());
        model.addAttribute("project", project);
        model.addAttribute("section", "news");
        model.addAttribute("results", newsletters.newsletters(project, PageRequest.of(PageRequests.pageNumber(page) - 1, PAGE_SIZE)));
        model.addAttribute("pageLink", "/projects/" + project.getKey() + "/newsletters");
        return LIST_VIEW;
    }

    /** The form to choose period and types; given a period (an address of a preview), it shows the newsletter the data would give. */
    @GetMapping("/projects/{key}/newsletters/new")
    String generateForm(@PathVariable String key, @RequestParam(required = false) String from,
            @ModelAttribute GenerateForm generateForm, BindingResult result, Model model, HttpServletResponse response) {
        Project project = projects.project(key);
        access.requireCoordinator(project.getId());
        if (from == null) {
            Semester semester = newsletters.defaultPeriod(project);
            generateForm.setFrom(semester.start());
            generateForm.setTo(semester.end());
            generateForm.setTypes(new ArrayList<>(newsletters.typesHeld(project, semester.start(), semester.end())));
            return showGenerateForm(project, model);
        }
        return showPreview(project, generateForm, result, model, response);
    }

    /**
     * Writes the draft, or with the “Preview” button shows the newsletter the data would give without
     * saving anything. The preview is sent by POST like the form, so its CSRF token stays out of the address.
     */
    @PostMapping("/projects/{key}/newsletters/new")
    String generate(@PathVariable String key, @RequestParam(required = false) String preview,
            @ModelAttribute GenerateForm generateForm, BindingResult result, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        access.requireCoordinator(project.getId());
        if (preview != null) {
            return showPreview(project, generateForm, result, model, response);
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showGenerateForm(project, model);
        }
        return PageWrites.save(() -> newsletters.generate(project, generateForm.toRequest()), result, response, () -> { })
                .map(created -> {
                    redirect.addFlashAttribute("flash", messages.getMessage("newsletterPage.generated",
                            new Object[] {created.getTitle()}, locale));
                    return "redirect:/projects/" + project.getKey() + "/newsletters/" + created.getId() + "/edit";
                })
                .orElseGet(() -> showGenerateForm(project, model));
    }

    @GetMapping("/projects/{key}/newsletters/{id}")
    String newsletter(@PathVariable String key, @PathVariable long id, Model model) {
        return show(projects.project(key), id, model);
    }

    @GetMapping("/projects/{key}/newsletters/{id}/edit")
    String editForm(@PathVariable String key, @PathVariable long id, Model model) {
        Project project = projects.project(key);
        access.requireCoordinator(project.getId());
        Newsletter newsletter = newsletters.newsletter(project, id);
        return showForm(project, newsletter, NewsletterForm.of(newsletter, newsletters.zone(project)), model);
    }

    /** Saves, or with the “Preview” button shows the text as it will read without saving it. */
    @PostMapping("/projects/{key}/newsletters/{id}/edit")
    String update(@PathVariable String key, @PathVariable long id, @RequestParam(required = false) String preview,
            @ModelAttribute NewsletterForm newsletterForm, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        // Newsletters are the coordinators' to write: even a preview of an edit is theirs.
        access.requireCoordinator(project.getId());
        Newsletter stored = newsletters.newsletter(project, id);
        if (preview != null) {
            model.addAttribute("preview", Markdown.toHtml(newsletterForm.getBody(), 3));
            return showForm(project, stored, newsletterForm, model);
        }
        // A published newsletter keeps a publication date: the field cannot be emptied.
        if (stored.isPublished() && newsletterForm.getPublishedOn() == null && !result.hasFieldErrors("publishedOn")) {
            result.rejectValue("publishedOn", "validation.required");
        }
        if (result.hasErrors() || newsletterForm.getVersion() == null) {
            if (newsletterForm.getVersion() == null) {
                result.reject("form.version.missing");
            }
            FormErrors.rejectWhereFree(result, newsletters.problems(project, stored, newsletterForm.toSpec()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(project, stored, newsletterForm, model);
        }
        long version = newsletterForm.getVersion();
        Runnable tellStale = () -> {
            Newsletter current = newsletters.newsletter(project, id);
            // The next save is made knowingly over the other person's version.
            newsletterForm.setVersion(current.getVersion());
            result.reject("form.stale", new Object[] {current.getTitle()}, "form.stale");
        };
        return PageWrites.save(() -> newsletters.update(project, id, version, newsletterForm.toSpec()), result, response,
                        tellStale)
                .map(saved -> {
                    redirect.addFlashAttribute("flash", messages.getMessage("newsletterPage.saved",
                            new Object[] {saved.getTitle()}, locale));
                    return "redirect:/projects/" + project.getKey() + "/newsletters/" + id;
                })
                .orElseGet(() -> showForm(project, newsletters.newsletter(project, id), newsletterForm, model));
    }

    /** The Markdown as it will read, for the live preview next to the text while it is typed. */
    @PostMapping("/projects/{key}/newsletters/preview")
    String preview(@PathVariable String key, @RequestParam(required = false) String body, Model model) {
        access.requireCoordinator(projects.project(key).getId());
        model.addAttribute("preview", Markdown.toHtml(body, 3));
        return PREVIEW_FRAGMENT;
    }

    /**
     * Asks before publishing: a published newsletter cannot be deleted. {@code version} is the one the
     * person read on the newsletter's page, so that a change made since is refused on confirming (409).
     */
    @GetMapping("/projects/{key}/newsletters/{id}/publish")
    String confirmPublish(@PathVariable String key, @PathVariable long id, @RequestParam(required = false) Long version,
            Model model, Locale locale) {
        return askFirst(key, id, version, "/publish", model, locale, (project, newsletter, confirmation) -> confirmation
                .heading("newsletterConfirm.publish.heading", newsletter.getTitle())
                .says("newsletterConfirm.publish.what", newsletter.getTitle(), project.getName())
                .undo("newsletterConfirm.publish.undo")
                .button("newsletterConfirm.publish.button", newsletter.getTitle()));
    }

    @PostMapping("/projects/{key}/newsletters/{id}/publish")
    String publish(@PathVariable String key, @PathVariable long id, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        long sent = version == null ? -1 : version;
        List<String> problems = PageWrites.delete(() -> newsletters.publish(project, id, sent),
                "newsletterPage.stale", messages, locale, response);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return show(project, id, model);
        }
        Newsletter published = newsletters.newsletter(project, id);
        redirect.addFlashAttribute("flash", messages.getMessage("newsletterPage.published",
                new Object[] {published.getTitle()}, locale));
        return "redirect:/projects/" + project.getKey() + "/news/" + id;
    }

    /** Asks before deleting a draft; a published newsletter is not deleted, so there is nothing to ask. */
    @GetMapping("/projects/{key}/newsletters/{id}/delete")
    String confirmDelete(@PathVariable String key, @PathVariable long id, @RequestParam(required = false) Long version,
            Model model, Locale locale) {
        return askFirst(key, id, version, "/delete", model, locale, (project, newsletter, confirmation) -> confirmation
                .heading("newsletterConfirm.delete.heading", newsletter.getTitle())
                .says("newsletterConfirm.delete.what", newsletter.getTitle())
                .undo("newsletterConfirm.delete.undo")
                .button("newsletterConfirm.delete.button", newsletter.getTitle())
                .destructive());
    }

    /**
     * The confirmation page of an action on a draft (publishing, deleting), which sends the action to
     * {@code action} below the newsletter's page with the version read there; a published newsletter has
     * nothing to ask, so its page opens again.
     */
    private String askFirst(String key, long id, Long version, String action, Model model, Locale locale,
            Asks asks) {
        Project project = projects.project(key);
        access.requireCoordinator(project.getId());
        Newsletter newsletter = newsletters.newsletter(project, id);
        String page = "/projects/" + project.getKey() + "/newsletters/" + id;
        if (newsletter.isPublished()) {
            return "redirect:" + page;
        }
        model.addAttribute("project", project);
        model.addAttribute("section", "news");
        return asks.about(project, newsletter, facts(newsletter, locale))
                .posts(page + action).with("version", version != null ? version : newsletter.getVersion())
                .cancel(page)
                .show(model);
    }

    @PostMapping("/projects/{key}/newsletters/{id}/delete")
    String delete(@PathVariable String key, @PathVariable long id, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        Newsletter newsletter = newsletters.newsletter(project, id);
        long sent = version == null ? -1 : version;
        List<String> problems = PageWrites.delete(() -> newsletters.delete(project, id, sent), "newsletterPage.stale",
                messages, locale, response);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return show(project, id, model);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("newsletterPage.deleted",
                new Object[] {newsletter.getTitle()}, locale));
        return "redirect:/projects/" + project.getKey() + "/newsletters";
    }

    /** What a confirmation page adds to the newsletter's facts: its heading, what happens, the button. */
    private interface Asks {
        Confirmation.Builder about(Project project, Newsletter newsletter, Confirmation.Builder confirmation);
    }

    private Confirmation.Builder facts(Newsletter newsletter, Locale locale) {
        Confirmation.Builder confirmation = Confirmation.of(messages, locale);
        return confirmation.fact("confirm.fact.title", newsletter.getTitle())
                .fact("newsletter.period", new DateTexts(messages, locale)
                        .period(newsletter.getPeriodFrom(), newsletter.getPeriodTo(), null))
                .fact("newsletter.status", confirmation.text("enum.NewsletterStatus." + newsletter.getStatus()));
    }

    private String show(Project project, long id, Model model) {
        Newsletter newsletter = newsletters.newsletter(project, id);
        model.addAttribute("project", project);
        model.addAttribute("section", "news");
        model.addAttribute("newsletter", newsletter);
        model.addAttribute("html", Markdown.toHtml(newsletter.getBody()));
        return NEWSLETTER_VIEW;
    }

    private String showForm(Project project, Newsletter stored, NewsletterForm form, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("section", "news");
        model.addAttribute("stored", stored);
        model.addAttribute("newsletterForm", form);
        if (!model.containsAttribute("preview")) {
            model.addAttribute("preview", Markdown.toHtml(form.getBody(), 3));
        }
        return FORM_VIEW;
    }

    private String showPreview(Project project, GenerateForm generateForm, BindingResult result, Model model,
            HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                NewsletterDraft draft = newsletters.preview(project, generateForm.toRequest());
                model.addAttribute("draft", draft);
                model.addAttribute("draftHtml", Markdown.toHtml(draft.markdown(), 3));
            } catch (RuleViolationException e) {
                FormErrors.reject(result, e.violations());
            }
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return showGenerateForm(project, model);
    }

    private String showGenerateForm(Project project, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("section", "news");
        model.addAttribute("eventTypes", EventType.values());
        return GENERATE_VIEW;
    }
}
