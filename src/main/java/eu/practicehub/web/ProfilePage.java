package eu.practicehub.web;

import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the profile page: the account, its roles by name, and its three forms and tokens. */
@Component
class ProfilePage {

    static final String PROFILE_VIEW = "account/profile";
    /** The zones the form offers: UTC and Europe's, by name. */
    static final List<String> ZONES = Stream.concat(Stream.of("UTC"),
            ZoneId.getAvailableZoneIds().stream().filter(zone -> zone.startsWith("Europe/")).sorted()).toList();

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
        model.addAttribute("timeZones", zonesOffered(account.getTimeZone()));
        model.addAttribute("profileForm", profileForm);
        model.addAttribute("passwordForm", passwordForm == null ? new PasswordForm() : passwordForm);
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        return PROFILE_VIEW;
    }

    /** The zones of the form, and the account's own when it is another (chosen before, or restored from a backup). */
    private static List<String> zonesOffered(String stored) {
        return stored == null || ZONES.contains(stored) ? ZONES : Stream.concat(Stream.of(stored), ZONES.stream()).toList();
    }
}
