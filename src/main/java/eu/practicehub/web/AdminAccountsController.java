package eu.practicehub.web;

import eu.practicehub.account.Access;
import eu.practicehub.account.Account;
import eu.practicehub.account.AccountAdministration.FirstRole;
import eu.practicehub.account.AccountAdministration;
import eu.practicehub.account.AccountLinks.IssuedLink;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.AccountUser;
import eu.practicehub.account.TimeZones;
import eu.practicehub.common.CleanTextEditor;
import eu.practicehub.common.Confirmation;
import eu.practicehub.common.FormErrors;
import eu.practicehub.common.PageRequests;
import eu.practicehub.common.PublicAddress;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/**
 * The administrators' page of accounts: the list, invitations, password resets, disabling and the
 * administrator flag. One-time links are shown on the page, as no mail is sent.
 */
@Controller
class AdminAccountsController {

    static final String LIST_VIEW = "account/admin-accounts";
    static final String LINK_VIEW = "account/invitation-link";

    private final AccountAdministration administration;
    private final Access access;
    private final ProjectService projects;
    private final MessageSource messages;
    private final Environment environment;
    private final PublicAddress address;

    AdminAccountsController(AccountAdministration administration, Access access, ProjectService projects,
            MessageSource messages, Environment environment, PublicAddress address) {
        this.administration = administration;
        this.access = access;
        this.projects = projects;
        this.messages = messages;
        this.environment = environment;
        this.address = address;
    }

    @InitBinder("inviteForm")
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CleanTextEditor());
    }

    @GetMapping("/admin/accounts")
    String list(@RequestParam(required = false) String page, Model model) {
        InviteForm form = InviteForm.inZone(inviterZone());
        return show(PageRequests.pageNumber(page), form, model);
    }

    @PostMapping("/admin/accounts/invite")
    String invite(@ModelAttribute InviteForm inviteForm, BindingResult result, Model model, HttpServletResponse response) {
        List<Partner> partners = allPartners();
        Optional<FirstRole> role = Places.firstRole(inviteForm, partners, result);
        if (!result.hasErrors()) {
            try {
                IssuedLink link = administration.invite(inviteForm.getEmail(), inviteForm.getName(),
                        inviteForm.getLanguage(), inviteForm.getTimeZone(), inviteForm.isAdmin(), role.orElse(null));
                return showLink(link, model, response);
            } catch (RuleViolationException e) {
                FormErrors.rejectWhereFree(result, e.violations());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(1, inviteForm, model);
    }

    @PostMapping("/admin/accounts/{id}/reset")
    String reset(@PathVariable long id, Model model, HttpServletResponse response) {
        return showLink(administration.resetPassword(id), model, response);
    }

    /**
     * Asks before disabling an account; enabling one again is not asked, as it only gives back what disabling
     * took. {@code version} is the one read on the list, checked on confirming.
     */
    @GetMapping("/admin/accounts/{id}/enabled")
    String confirmDisable(@PathVariable long id, @RequestParam(required = false) Long version, Model model,
            RedirectAttributes redirect, Locale locale) {
        Account account = administration.account(id);
        if (!account.isEnabled() || administration.isOwn(id)) {
            return backToList(administration.isOwn(id), redirect, locale);
        }
        return facts(account, locale)
                .heading("accountConfirm.disable.heading", account.getName())
                .says("accountConfirm.disable.what", account.getName(), account.getEmail())
                .undo("accountConfirm.disable.undo")
                .button("accountConfirm.disable.button", account.getName())
                .destructive()
                .posts("/admin/accounts/" + id + "/enabled").with("enabled", false)
                .with("version", version != null ? version : account.getVersion())
                .cancel("/admin/accounts")
                .show(model);
    }

    /**
     * Asks before making someone an administrator; removing the rights is not asked, as it takes nothing away
     * that cannot be given back. {@code version} is the one read on the list, checked on confirming.
     */
    @GetMapping("/admin/accounts/{id}/admin")
    String confirmAdmin(@PathVariable long id, @RequestParam(required = false) Long version, Model model,
            RedirectAttributes redirect, Locale locale) {
        Account account = administration.account(id);
        if (account.isAdmin() || administration.isOwn(id)) {
            return backToList(administration.isOwn(id), redirect, locale);
        }
        return facts(account, locale)
                .heading("accountConfirm.admin.heading", account.getName())
                .says("accountConfirm.admin.what", account.getName(), account.getEmail())
                .undo("accountConfirm.admin.undo")
                .button("accountConfirm.admin.button", account.getName())
                .posts("/admin/accounts/" + id + "/admin").with("admin", true)
                .with("version", version != null ? version : account.getVersion())
                .cancel("/admin/accounts")
                .show(model);
    }

    @PostMapping("/admin/accounts/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return change(() -> administration.setEnabled(id, enabled, version).getEmail(),
                enabled ? "adminAccounts.enabled" : "adminAccounts.disabled", model, redirect, response, locale);
    }

    @PostMapping("/admin/accounts/{id}/admin")
    String admin(@PathVariable long id, @RequestParam boolean admin, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return change(() -> administration.setAdmin(id, admin, version).getEmail(),
                admin ? "adminAccounts.adminGranted" : "adminAccounts.adminRevoked", model, redirect, response, locale);
    }

    private String change(java.util.function.Supplier<String> change, String code, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        try {
            String email = change.get();
            redirect.addFlashAttribute("flash", messages.getMessage(code, new Object[] {email}, locale));
        } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problems", List.of(messages.getMessage("accountConfirm.stale", null, locale)));
            InviteForm form = InviteForm.inZone(inviterZone());
            return show(1, form, model);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problems", List.of(messages.getMessage(FormErrors.message(e.violations().get(0)), locale)));
        }
        return "redirect:/admin/accounts";
    }

    /** Nothing to ask: the account is already as asked, or it is the person's own, which they do not change. */
    private String backToList(boolean own, RedirectAttributes redirect, Locale locale) {
        if (own) {
            redirect.addFlashAttribute("problems", List.of(messages.getMessage("adminAccounts.notYourself", null, locale)));
        }
        return "redirect:/admin/accounts";
    }

    private Confirmation.Builder facts(Account account, Locale locale) {
        return Confirmation.of(messages, locale)
                .fact("adminAccounts.name", account.getName())
                .fact("adminAccounts.email", account.getEmail());
    }

    private String show(int pageNumber, InviteForm form, Model model) {
        model.addAttribute("accounts", administration.accounts(pageNumber - 1));
        model.addAttribute("inviteForm", form);
        model.addAttribute("languages", AccountService.LANGUAGES);
        model.addAttribute("timeZones", TimeZones.offeredWith(form.getTimeZone()));
        model.addAttribute("places", Places.of(allPartners()));
        model.addAttribute("roleNames", List.of("COORDINATOR", "EDITOR", "VIEWER"));
        model.addAttribute("me", access.currentUser().map(AccountUser::accountId).orElse(-1L));
        return LIST_VIEW;
    }

    /** An administrator invites, unless they choose otherwise, into the zone they read moments in themselves. */
    private Optional<ZoneId> inviterZone() {
        return access.currentUser().flatMap(AccountUser::zone);
    }

    private List<Partner> allPartners() {
        return projects.partnersOfProjects(projects.projects().stream().map(Project::getId).toList());
    }

    private String showLink(IssuedLink link, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("link", link);
        model.addAttribute("address", link.address(address.base().toString()));
        model.addAttribute("mailConfigured", environment.containsProperty("spring.mail.host"));
        return LINK_VIEW;
    }
}
