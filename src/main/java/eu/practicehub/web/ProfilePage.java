package eu.practicehub.web;

import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.TimeZones;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the profile page: the account, its roles by name, and its three forms and tokens. */
@Component
class ProfilePage {

    static final String PROFILE_VIEW = "account/profile";

    private final AccountService accounts;
    private final AccountRoles roles;

    ProfilePage(AccountService accounts, AccountRoles roles) {
        this.accounts = accounts;
        this.roles = roles;
    }

    /** The page with the given forms as sent (null: as stored, or empty); password fields are never filled in. */
    String show(Model model, ProfileForm profileForm, PasswordForm passwordForm) {
        Account account = accounts.me();
        model.addAttribute("account", account);
        model.addAttribute("roles", roles.rows(accounts.membershipsOf(account.getId())));
        model.addAttribute("languages", AccountService.LANGUAGES);
        model.addAttribute("tokens", accounts.tokens());
        if (profileForm == null) {
            profileForm = new ProfileForm();
            profileForm.setName(account.getName());
            profileForm.setLanguage(account.getLanguage());
            profileForm.setTimeZone(account.getTimeZone());
            profileForm.setVersion(account.getVersion());
        }
        model.addAttribute("timeZones", TimeZones.offeredWith(account.getTimeZone()));
        model.addAttribute("profileForm", profileForm);
        model.addAttribute("passwordForm", passwordForm == null ? new PasswordForm() : passwordForm);
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        return PROFILE_VIEW;
    }
}
