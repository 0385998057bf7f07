package eu.practicehub.web;

import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.AccountUser;
import eu.practicehub.common.CleanTextEditor;
import eu.practicehub.common.Languages;
import eu.practicehub.common.LocalPaths;
import eu.practicehub.common.PageWrites;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's profile: name, language, time zone and password (tokens: {@link TokenPagesController}). */
@Controller
class ProfileController {

    private final AccountService accounts;
    private final ProfilePage page;
    private final MessageSource messages;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    private final LocaleResolver locales;

    ProfileController(AccountService accounts, ProfilePage page, MessageSource messages, LocaleResolver locales) {
        this.accounts = accounts;
        this.locales = locales;
        this.page = page;
        this.messages = messages;
    }

    @InitBinder("profileForm")
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CleanTextEditor());
    }

    @GetMapping("/profile")
    String profile(Model model) {
        return page.show(model, null, null);
    }

    @PostMapping("/profile")
    String update(@ModelAttribute ProfileForm profileForm, BindingResult result, Model model, RedirectAttributes redirect,
            HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (result.hasErrors() || profileForm.getVersion() == null) {
            if (profileForm.getVersion() == null) {
                result.reject("form.version.missing");
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page.show(model, profileForm, null);
        }
        Runnable tellStale = () -> {
            profileForm.setVersion(accounts.me().getVersion());
            result.reject("profile.stale");
        };
        return PageWrites.save(() -> accounts.updateProfile(profileForm.getVersion(), profileForm.getName(),
                        profileForm.getLanguage(), profileForm.getTimeZone()), result, response, tellStale)
                .map(saved -> {
                    showNewName(saved, request, response);
                    Locale chosen = PageLocales.supported(saved.getLanguage());
                    return done(redirect, "profile.saved", chosen == null ? locale : chosen);
                })
                .orElseGet(() -> page.show(model, profileForm, null));
    }

    /**
     * The language switch of a signed-in person: the account keeps the choice (pages follow the
     * account before a cookie), then back to the page the switch was on.
     */
    @PostMapping("/profile/language")
    String chooseLanguage(@RequestParam(required = false) String language,
            @RequestParam(name = "return", required = false) String back, Model model, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        Locale chosen = PageLocales.supported(language);
        if (chosen == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
            model.addAttribute("detail", messages.getMessage("profile.language.unknown",
                    new Object[] {language, String.join(", ", Languages.CODES)}, locale));
            return PageErrorAdvice.ERROR_VIEW;
        }
        keepSignedIn(accounts.chooseLanguage(chosen.getLanguage()), request, response);
        locales.setLocale(request, response, chosen);
        return "redirect:" + LocalPaths.within("/", back).orElse("/");
    }

    @PostMapping("/profile/password")
    String changePassword(@ModelAttribute PasswordForm passwordForm, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Optional<Account> changed = PageWrites.save(() -> {
            accounts.changePassword(passwordForm.getCurrentPassword(), passwordForm.getNewPassword(),
                    passwordForm.getRepeatPassword());
            return accounts.me();
        }, result, response, () -> { });
        if (changed.isPresent()) {
            // Other sessions of the account end at their next request; this one stays signed in with the new password.
            keepSignedIn(changed.get(), request, response);
            return done(redirect, "profile.password.changed", locale);
        }
        return page.show(model, null, passwordForm);
    }

    /** The session's principal takes the new name and language, so that the page header shows them at once. */
    private void showNewName(Account saved, HttpServletRequest request, HttpServletResponse response) {
        keepSignedIn(saved, request, response);
    }

    /** The session's principal becomes the account as saved (name, language, password fingerprint). */
    private void keepSignedIn(Account saved, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof AccountUser)) {
            return;
        }
        AccountUser renamed = AccountUser.signedIn(saved);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(renamed, null, renamed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }

    private String done(RedirectAttributes redirect, String code, Locale locale) {
        redirect.addFlashAttribute("flash", messages.getMessage(code, null, locale));
        return "redirect:/profile";
    }
}
