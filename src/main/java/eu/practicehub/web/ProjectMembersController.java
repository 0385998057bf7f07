package eu.practicehub.web;

import eu.practicehub.account.Access;
import eu.practicehub.account.Account;
import eu.practicehub.account.AccountAdministration.FirstRole;
import eu.practicehub.account.AccountAdministration;
import eu.practicehub.account.AccountLinks.IssuedLink;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.AccountUser;
import eu.practicehub.account.Role;
import eu.practicehub.account.TimeZones;
import eu.practicehub.common.CleanTextEditor;
import eu.practicehub.common.Confirmation;
import eu.practicehub.common.FormErrors;
import eu.practicehub.common.NotFoundException;
import eu.practicehub.common.PublicAddress;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.servlet.http.HttpServletResponse;
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
 * A project's members, for its coordinators (and administrators): who holds which role, adding a role
 * to an existing account, inviting a new person, removing a role. The account module checks who may.
 */
@Controller
class ProjectMembersController {

    static final String MEMBERS_VIEW = "account/members";

    private final ProjectService projects;
    private final AccountService accounts;
    private final AccountAdministration administration;
    private final AccountRoles roles;
    private final Access access;
    private final MessageSource messages;
    private final Environment environment;
    private final PublicAddress address;

    ProjectMembersController(ProjectService projects, AccountService accounts, AccountAdministration administration,
            AccountRoles roles, Access access, MessageSource messages, Environment environment, PublicAddress address) {
        this.projects = projects;
        this.accounts = accounts;
        this.administration = administration;
        this.roles = roles;
        this.access = access;
        this.messages = messages;
        this.environment = environment;
        this.address = address;
    }

    @InitBinder({"memberForm", "inviteForm"})
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CleanTextEditor());
    }

    @GetMapping("/projects/{key}/members")
    String members(@PathVariable String key, Model model) {
        Project project = projects.project(key);
        return show(project, new MemberForm(), blankInvite(project), model);
    }

    @PostMapping("/projects/{key}/members")
    String add(@PathVariable String key, @ModelAttribute MemberForm memberForm, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        accounts.memberships(project.getId());
        Optional<Account> account = Optional.ofNullable(memberForm.getMemberEmail()).flatMap(accounts::accountByEmail);
        if (account.isEmpty()) {
            result.rejectValue("memberEmail", memberForm.getMemberEmail() == null ? "validation.required" : "members.email.unknown");
        }
        Role role = Places.role(memberForm.getMemberRole());
        if (role == null) {
            result.rejectValue("memberRole", "validation.required");
        }
        Long partner = role == null || role == Role.COORDINATOR ? null : partnerOf(project, memberForm.getMemberPartner(), result);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(project, memberForm, blankInvite(project), model);
        }
        accounts.grant(account.get().getId(), project.getId(), partner, role);
        redirect.addFlashAttribute("flash", messages.getMessage("members.added", new Object[] {account.get().getEmail()}, locale));
        return "redirect:/projects/" + project.getKey() + "/members";
    }

    @PostMapping("/projects/{key}/members/invite")
    String invite(@PathVariable String key, @ModelAttribute InviteForm inviteForm, BindingResult result, Model model,
            HttpServletResponse response) {
        Project project = projects.project(key);
        accounts.memberships(project.getId());
        Optional<FirstRole> role = Places.firstRole(inviteForm, projects.partnersOfProjects(List.of(project.getId())), result);
        if (role.isEmpty() && !result.hasErrors()) {
            result.rejectValue("place", "validation.required");
            result.rejectValue("role", "validation.required");
        }
        if (!result.hasErrors()) {
            try {
                IssuedLink link = administration.invite(inviteForm.getEmail(), inviteForm.getName(),
                        inviteForm.getLanguage(), inviteForm.getTimeZone(), false, role.orElseThrow());
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                model.addAttribute("link", link);
                model.addAttribute("project", project);
                model.addAttribute("address", link.address(address.base().toString()));
                model.addAttribute("mailConfigured", environment.containsProperty("spring.mail.host"));
                return AdminAccountsController.LINK_VIEW;
            } catch (RuleViolationException e) {
                FormErrors.rejectWhereFree(result, e.violations());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(project, new MemberForm(), inviteForm, model);
    }

    /** Asks before removing a role, naming the person and the role; {@code version} is the one read on the list. */
    @GetMapping("/projects/{key}/members/{id}/remove")
    String confirmRemove(@PathVariable String key, @PathVariable long id, @RequestParam(required = false) Long version,
            Model model, Locale locale) {
        Project project = projects.project(key);
        AccountRoles.RoleRow role = roles.rows(accounts.memberships(project.getId())).stream()
                .filter(r -> r.membershipId() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("membership", id));
        String roleName = messages.getMessage("enum.Role." + role.role(), null, locale);
        String place = role.partnerName() != null ? role.partnerName()
                : messages.getMessage("profile.roles.wholeProject", null, locale);
        String page = "/projects/" + project.getKey() + "/members";
        model.addAttribute("project", project);
        return Confirmation.of(messages, locale)
                .heading("membersConfirm.remove.heading", roleName, role.accountName())
                .fact("members.name", role.accountName())
                .fact("members.email", role.email())
                .fact("members.role", roleName)
                .fact("members.partner", place)
                .says("membersConfirm.remove.what", role.accountName(), role.email(), roleName, place, project.getName())
                .undo("membersConfirm.remove.undo")
                .button("membersConfirm.remove.button", roleName, role.accountName())
                .destructive()
                .posts(page + "/" + id + "/remove").with("version", version != null ? version : role.version())
                .cancel(page)
                .show(model);
    }

    @PostMapping("/projects/{key}/members/{id}/remove")
    String remove(@PathVariable String key, @PathVariable long id, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        try {
            accounts.revoke(project.getId(), id, version);
            redirect.addFlashAttribute("flash", messages.getMessage("members.removed", null, locale));
        } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problems", List.of(messages.getMessage("membersConfirm.stale", null, locale)));
            return show(project, new MemberForm(), blankInvite(project), model);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problems", e.violations().stream()
                    .map(v -> messages.getMessage(FormErrors.message(v), locale)).toList());
        }
        return "redirect:/projects/" + project.getKey() + "/members";
    }

    /** An invitation in the project's zone (its lead partner's), else in the zone of the coordinator who invites. */
    private InviteForm blankInvite(Project project) {
        return InviteForm.inZone(project.leadZone().or(() -> access.currentUser().flatMap(AccountUser::zone)));
    }

    private Long partnerOf(Project project, Long partnerId, BindingResult result) {
        Optional<Partner> partner = partnerId == null ? Optional.empty()
                : projects.partners(project).stream().filter(p -> p.getId().equals(partnerId)).findFirst();
        if (partner.isEmpty()) {
            result.rejectValue("memberPartner", "validation.required");
            return null;
        }
        return partner.get().getId();
    }

    private String show(Project project, MemberForm memberForm, InviteForm inviteForm, Model model) {
        List<Partner> partners = projects.partnersOfProjects(List.of(project.getId()));
        model.addAttribute("project", project);
        model.addAttribute("members", roles.rows(accounts.memberships(project.getId())));
        model.addAttribute("partners", partners);
        model.addAttribute("places", Places.of(partners));
        model.addAttribute("roleNames", List.of("COORDINATOR", "EDITOR", "VIEWER"));
        model.addAttribute("languages", AccountService.LANGUAGES);
        model.addAttribute("timeZones", TimeZones.offeredWith(inviteForm.getTimeZone()));
        model.addAttribute("memberForm", memberForm);
        model.addAttribute("inviteForm", inviteForm);
        return MEMBERS_VIEW;
    }
}
