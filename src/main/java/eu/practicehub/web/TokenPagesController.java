package eu.practicehub.web;

import eu.practicehub.account.AccountService;
import eu.practicehub.account.AccountService.NewToken;
import eu.practicehub.account.AccessToken;
import eu.practicehub.common.CleanTextEditor;
import eu.practicehub.common.Confirmation;
import eu.practicehub.common.NotFoundException;
import eu.practicehub.common.FormErrors;
import eu.practicehub.common.PublicAddress;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Personal access tokens in the profile: created (the secret shown once, on the answer's page) and revoked. */
@Controller
class TokenPagesController {

    static final String CREATED_VIEW = "account/token-created";

    private final AccountService accounts;
    private final ProfilePage page;
    private final MessageSource messages;
    private final PublicAddress address;
    private final AccountRoles roles;
    private final ProjectService projects;
    private final Instants instants;

    TokenPagesController(AccountService accounts, ProfilePage page, MessageSource messages, PublicAddress address,
            AccountRoles roles, ProjectService projects, Instants instants) {
        this.instants = instants;
        this.roles = roles;
        this.projects = projects;
        this.accounts = accounts;
        this.page = page;
        this.messages = messages;
        this.address = address;
    }

    @InitBinder("tokenForm")
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CleanTextEditor());
    }

    /** The secret is on this answer only: it is not kept anywhere it could be shown again, nor cached. */
    @PostMapping("/profile/tokens")
    String create(@ModelAttribute TokenForm tokenForm, BindingResult result, Model model, HttpServletResponse response) {
        Optional<NewToken> created = Optional.empty();
        if (!result.hasErrors()) {
            try {
                created = Optional.of(accounts.createToken(tokenForm.getTokenName()));
            } catch (RuleViolationException e) {
                FormErrors.reject(result, e.violations().stream()
                        .map(v -> "name".equals(v.field()) ? Violation.of("tokenName", v.code(), v.args().toArray()) : v)
                        .toList());
            }
        }
        if (created.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page.show(model, null, null);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("token", created.get().token());
        model.addAttribute("secret", created.get().secret());
        model.addAttribute("baseUrl", address.base().toString());
        // The example reads the practices of one of the person's own projects (else of the instance's first, the
        // one created first), or else the list of projects.
        model.addAttribute("examplePath", roles.rows(accounts.membershipsOf(accounts.me().getId())).stream()
                .map(AccountRoles.RoleRow::projectKey).filter(java.util.Objects::nonNull).findFirst()
                .or(() -> projects.projects().stream().min(java.util.Comparator.comparing(Project::getId)).map(Project::getKey))
                .map(projectKey -> "/api/v1/projects/" + projectKey + "/practices").orElse("/api/v1/projects"));
        return CREATED_VIEW;
    }

    /** Asks before revoking one of the person's own tokens: a revoked token stays revoked. */
    @GetMapping("/profile/tokens/{id}/revoke")
    String confirmRevoke(@PathVariable long id, Model model, Locale locale) {
        AccessToken token = accounts.tokens().stream().filter(t -> t.getId() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("token", id));
        if (token.isRevoked()) {
            return "redirect:/profile#tokens";
        }
        return Confirmation.of(messages, locale)
                .heading("tokenConfirm.revoke.heading", token.getName())
                .fact("profile.tokens.name", token.getName())
                .fact("profile.tokens.created", instants.of(token.getCreatedAt()))
                .fact("profile.tokens.lastUsed", token.getLastUsedAt() == null
                        ? messages.getMessage("profile.tokens.neverUsed", null, locale) : instants.of(token.getLastUsedAt()))
                .says("tokenConfirm.revoke.what", token.getName())
                .undo("tokenConfirm.revoke.undo")
                .button("tokenConfirm.revoke.button", token.getName())
                .destructive()
                .posts("/profile/tokens/" + id + "/revoke")
                .cancel("/profile#tokens")
                .show(model);
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        accounts.revokeToken(id);
        redirect.addFlashAttribute("flash", messages.getMessage("profile.tokens.revoked", null, locale));
        return "redirect:/profile#tokens";
    }
}
