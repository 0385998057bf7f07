package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import eu.practicehub.account.Account;
import eu.practicehub.account.AccountAdministration;
import eu.practicehub.account.AccountLinks.IssuedLink;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.Role;
import eu.practicehub.account.TestAccounts;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The time zone of a new account: chosen by who invites, confirmed or changed by the invited person. */
@PageTest
class AccountTimeZoneFieldsTests {

    private static final String UNKNOWN_ZONE =
            "id=\"timeZone-error\">“Mars/Olympus” is not a time zone; use a name such as Europe/Rome</div>";
    private static final String PASSWORD = "a brand new passphrase";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    ProjectService projects;

    @Test
    void anAdministratorInvitesInTheirOwnZoneByDefaultEvenOutsideEuropeAndTheChosenZoneIsStored() {
        Account admin = accounts.create(new AccountService.NewAccount(TestAccounts.email("zoned-admin"), "Zoned admin", "en",
                true, TestAccounts.PASSWORD, "America/New_York"));
        var asAdmin = user(TestAccounts.principal(admin));

        String page = PageText.html(mvc.get().uri("/admin/accounts").with(asAdmin).exchange());
        assertThat(page).contains("<label class=\"form-label\" for=\"timeZone\">Time zone</label>",
                "<option value=\"America/New_York\" selected=\"selected\">America/New_York</option>",
                "<option value=\"\">None: the project’s time zone</option>", "<option value=\"UTC\">UTC</option>",
                "id=\"timeZone-help\">The person reads the times of changes");

        String email = TestAccounts.email("invited-zone");
        assertThat(mvc.post().uri("/admin/accounts/invite").with(asAdmin).param("email", email).param("name", "Invitee")
                .param("language", "sv").param("timeZone", "Europe/Stockholm")).hasStatusOk();
        assertThat(accounts.accountByEmail(email).orElseThrow().getTimeZone()).isEqualTo("Europe/Stockholm");

        String none = TestAccounts.email("invited-none");
        assertThat(mvc.post().uri("/admin/accounts/invite").with(asAdmin).param("email", none).param("name", "Invitee")
                .param("language", "en").param("timeZone", "")).hasStatusOk();
        assertThat(accounts.accountByEmail(none).orElseThrow().getTimeZone()).as("none: each project's").isNull();
    }

    @Test
    void anInvitationInAZoneThatDoesNotExistIsRefusedNextToTheFieldKeepingWhatWasTyped() {
        String email = TestAccounts.email("invited-mars");

        MvcTestResult refused = mvc.post().uri("/admin/accounts/invite").param("email", email).param("name", "Kept name")
                .param("language", "it").param("timeZone", "Mars/Olympus").exchange();

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        String html = PageText.html(refused);
        assertThat(html).contains("<a class=\"alert-link\" href=\"#timeZone\">Time zone</a>", UNKNOWN_ZONE, "value=\"" + email + "\"",
                "value=\"Kept name\"", "<option value=\"it\" selected=\"selected\">").doesNotContain("??");
        assertThat(html).doesNotContain("<option value=\"Mars/Olympus\"");
        assertThat(accounts.accountByEmail(email)).isEmpty();
    }

    @Test
    void aCoordinatorInvitesInTheProjectsZoneByDefaultAndAnUnknownZoneIsAFieldMessage() {
        Project better = projects.project("BETTER");
        Partner tartu = projects.partner(better, "Tartu").orElseThrow();
        Account coordinator = TestAccounts.withRole(accounts, "zone-coordinator", better.getId(), null, Role.COORDINATOR);
        var asCoordinator = user(TestAccounts.principal(coordinator));

        assertThat(PageText.html(mvc.get().uri("/projects/BETTER/members").with(asCoordinator).exchange()))
                .as("BETTER's lead partner is Genoa")
                .contains("<option value=\"Europe/Rome\" selected=\"selected\">Europe/Rome</option>");

        String email = TestAccounts.email("member-zone");
        MvcTestResult refused = mvc.post().uri("/projects/BETTER/members/invite").with(asCoordinator).param("email", email)
                .param("name", "Tartu editor").param("language", "et").param("timeZone", "Mars/Olympus")
                .param("place", "partner:" + tartu.getId()).param("role", "EDITOR").exchange();
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.html(refused)).contains(UNKNOWN_ZONE, "value=\"Tartu editor\"",
                "<option value=\"partner:" + tartu.getId() + "\" selected=\"selected\">");
        assertThat(accounts.accountByEmail(email)).isEmpty();

        assertThat(mvc.post().uri("/projects/BETTER/members/invite").with(asCoordinator).param("email", email)
                .param("name", "Tartu editor").param("language", "et").param("timeZone", "Europe/Tallinn")
                .param("place", "partner:" + tartu.getId()).param("role", "EDITOR")).hasStatusOk();
        assertThat(accounts.accountByEmail(email).orElseThrow().getTimeZone()).isEqualTo("Europe/Tallinn");
    }

    @Test
    void theInvitedPersonKeepsOrChangesTheZoneWhenChoosingAPassword() {
        String email = TestAccounts.email("setup-zone");
        IssuedLink link = administration.invite(email, "Invited", "en", "Europe/Rome", false, null);
        String page = "/account/setup?token=" + link.secret();

        assertThat(PageText.html(mvc.get().uri(page).with(anonymous()).exchange())).contains(
                "<label class=\"form-label\" for=\"timeZone\">Your time zone</label>",
                "<option value=\"Europe/Rome\" selected=\"selected\">Europe/Rome</option>");

        MvcTestResult refused = mvc.post().uri("/account/setup").with(anonymous()).param("token", link.secret())
                .param("password", PASSWORD).param("repeatPassword", PASSWORD).param("timeZone", "Mars/Olympus").exchange();
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.html(refused)).contains(UNKNOWN_ZONE, "value=\"" + link.secret() + "\"").doesNotContain(PASSWORD);
        assertThat(accounts.accountByEmail(email).orElseThrow()).satisfies(a -> {
            assertThat(a.hasPassword()).isFalse();
            assertThat(a.getTimeZone()).isEqualTo("Europe/Rome");
        });

        assertThat(mvc.post().uri("/account/setup").with(anonymous()).param("token", link.secret()).param("password", PASSWORD)
                .param("repeatPassword", PASSWORD).param("timeZone", "Europe/Budapest"))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?passwordSet");
        assertThat(accounts.accountByEmail(email).orElseThrow()).satisfies(a -> {
            assertThat(a.hasPassword()).isTrue();
            assertThat(a.getTimeZone()).isEqualTo("Europe/Budapest");
        });
    }

    @Test
    void aSetUpFormWithoutTheZoneFieldKeepsTheZoneOfTheInvitation() {
        String email = TestAccounts.email("setup-no-zone");
        IssuedLink link = administration.invite(email, "Invited", "en", "Europe/Tallinn", false, null);

        assertThat(mvc.post().uri("/account/setup").with(anonymous()).param("token", link.secret()).param("password", PASSWORD)
                .param("repeatPassword", PASSWORD)).as("a page from before the field, or another client")
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?passwordSet");
        assertThat(accounts.accountByEmail(email).orElseThrow().getTimeZone()).isEqualTo("Europe/Tallinn");
    }

    @Test
    void aPasswordResetNeitherAsksForNorChangesTheZone() {
        Account account = accounts.create(new AccountService.NewAccount(TestAccounts.email("reset-zone"), "Reset", "en", false,
                TestAccounts.PASSWORD, "Europe/London"));
        IssuedLink link = administration.resetPassword(account.getId());

        assertThat(PageText.html(mvc.get().uri("/account/setup?token=" + link.secret()).with(anonymous()).exchange()))
                .contains("Choose a new password").doesNotContain("id=\"timeZone\"");
        assertThat(mvc.post().uri("/account/setup").with(anonymous()).param("token", link.secret()).param("password", PASSWORD)
                .param("repeatPassword", PASSWORD).param("timeZone", "Mars/Olympus")).hasStatus(HttpStatus.FOUND);
        assertThat(accounts.account(account.getId()).getTimeZone()).isEqualTo("Europe/London");
    }
}
