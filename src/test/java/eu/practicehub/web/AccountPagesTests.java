package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.Role;
import eu.practicehub.account.TestAccounts;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Phase;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.project.ProjectSpec;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The profile, the administrators' accounts page and a project's members page, as their users see them. */
@PageTest
class AccountPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ProjectService projects;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theProfileShowsTheEmailAndTheRolesWithTheirProjectAndPartnerNames() {
        Project better = projects.project("BETTER");
        Partner gavle = projects.partner(better, "Gävle").orElseThrow();
        Account editor = TestAccounts.withRole(accounts, "profile", better.getId(), gavle.getId(), Role.EDITOR);
        accounts.grant(editor.getId(), better.getId(), null, Role.COORDINATOR);

        MvcTestResult result = mvc.get().uri("/profile").with(user(TestAccounts.principal(editor))).exchange();

        assertThat(result).hasStatusOk();
        String html = PageText.html(result);
        assertThat(PageText.ofMain(html)).contains(editor.getEmail(), "BETTER Gävle Editor", "BETTER The whole project Coordinator",
                "You have no tokens.");
        assertThat(html).doesNotContain("??");
    }

    @Test
    void theProfileSavesNameAndLanguageAndRefusesAStaleVersionWithA409() {
        Account account = TestAccounts.create(accounts, "rename", false);
        long version = accounts.account(account.getId()).getVersion();

        assertThat(mvc.post().uri("/profile").with(user(TestAccounts.principal(account))).param("name", "New name")
                .param("language", "sv").param("version", String.valueOf(version)))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/profile");
        assertThat(accounts.account(account.getId())).satisfies(a -> {
            assertThat(a.getName()).isEqualTo("New name");
            assertThat(a.getLanguage()).isEqualTo("sv");
        });

        MvcTestResult stale = mvc.post().uri("/profile").with(user(TestAccounts.principal(account))).param("name", "Other name")
                .param("language", "en").param("version", String.valueOf(version)).exchange();
        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        assertThat(PageText.ofMain(PageText.html(stale))).contains("Your profile was changed elsewhere");
        assertThat(accounts.account(account.getId()).getName()).isEqualTo("New name");

        MvcTestResult invalid = mvc.post().uri("/profile").with(user(TestAccounts.principal(account))).param("name", "")
                .param("language", "xx").param("version", String.valueOf(version + 1)).exchange();
        assertThat(invalid).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.ofMain(PageText.html(invalid))).contains("Name: is required",
                "Preferred language: must be one of the languages offered");
    }

    @Test
    void theProfileSavesATimeZoneAndRefusesOneThatDoesNotExistWithAFieldMessage() {
        Account account = TestAccounts.create(accounts, "zone", false);
        long version = accounts.account(account.getId()).getVersion();

        String form = PageText.html(mvc.get().uri("/profile").with(user(TestAccounts.principal(account))).exchange());
        assertThat(form).contains("<option value=\"\" selected=\"selected\">None: the project’s time zone</option>",
                "<option value=\"UTC\">UTC</option>", "<option value=\"Europe/Tallinn\">Europe/Tallinn</option>");

        MvcTestResult refused = mvc.post().uri("/profile").with(user(TestAccounts.principal(account))).param("name", "Zoned")
                .param("language", "en").param("timeZone", "Mars/Olympus").param("version", String.valueOf(version))
                .exchange();
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.html(refused)).contains("<a class=\"alert-link\" href=\"#timeZone\">Time zone</a>",
                "id=\"timeZone-error\">“Mars/Olympus” is not a time zone; use a name such as Europe/Rome</div>");
        assertThat(accounts.account(account.getId()).getTimeZone()).isNull();

        assertThat(mvc.post().uri("/profile").with(user(TestAccounts.principal(account))).param("name", "Zoned")
                .param("language", "en").param("timeZone", "Europe/Tallinn").param("version", String.valueOf(version)))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/profile");
        assertThat(accounts.account(account.getId()).getTimeZone()).isEqualTo("Europe/Tallinn");
        assertThat(PageText.html(mvc.get().uri("/profile").with(user(TestAccounts.principal(account))).exchange()))
                .contains("<option value=\"Europe/Tallinn\" selected=\"selected\">Europe/Tallinn</option>");

        long saved = accounts.account(account.getId()).getVersion();
        assertThat(mvc.post().uri("/profile").with(user(TestAccounts.principal(account))).param("name", "Zoned")
                .param("language", "en").param("timeZone", "").param("version", String.valueOf(saved)))
                .hasStatus(HttpStatus.FOUND);
        assertThat(accounts.account(account.getId()).getTimeZone()).as("none again").isNull();
    }

    @Test
    void aNewPasswordLongerThanBcryptReadsIsAFieldMessageNotAnError() {
        Account account = TestAccounts.create(accounts, "long-password", false);
        String hashBefore = jdbc.queryForObject("select password_hash from account where id = ?", String.class, account.getId());

        for (String password : new String[] {"y".repeat(73), "é".repeat(37)}) {
            MvcTestResult refused = mvc.post().uri("/profile/password").with(user(TestAccounts.principal(account)))
                    .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", password)
                    .param("repeatPassword", password).exchange();

            assertThat(refused).as(password).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            assertThat(PageText.ofMain(PageText.html(refused))).contains("must be at most 72 bytes long");
        }
        assertThat(jdbc.queryForObject("select password_hash from account where id = ?", String.class, account.getId()))
                .isEqualTo(hashBefore);
        assertThat(mvc.post().uri("/profile/password").with(user(TestAccounts.principal(account)))
                .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "y".repeat(72))
                .param("repeatPassword", "y".repeat(72))).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void theProfileNeedsSigningIn() {
        assertThat(mvc.get().uri("/profile").with(anonymous())).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
    }

    /**
     * The next request of the browser that made {@code previous}, in its session: the server's own, or
     * under the postgres profile the one in the database, which the cookie it was sent names.
     */
    private static MockMvcTester.MockMvcRequestBuilder sameBrowser(MockMvcTester.MockMvcRequestBuilder next,
            MvcTestResult previous) {
        if (previous.getRequest().getSession(false) instanceof MockHttpSession session) {
            next.session(session);
        }
        Cookie[] cookies = previous.getResponse().getCookies();
        if (cookies.length > 0) {
            next.cookie(cookies);
        }
        return next;
    }

    @Test
    void theSignInPageKeepsTheEmailAfterAFailedAttemptButNeverThePassword() {
        Project better = projects.project("BETTER");
        Account editor = TestAccounts.withRole(accounts, "sign-in-again", better.getId(),
                projects.partner(better, "Tartu").orElseThrow().getId(), Role.EDITOR);

        MvcTestResult failed = mvc.post().uri("/login").with(anonymous()).param("username", editor.getEmail())
                .param("password", "a wrong guess").exchange();

        assertThat(failed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?error");
        String again = PageText.html(sameBrowser(mvc.get().uri("/login?error").with(anonymous()), failed).exchange());
        assertThat(again).contains("The email or password is wrong")
                .containsPattern("id=\"username\"[^>]*value=\"" + java.util.regex.Pattern.quote(editor.getEmail()) + "\"")
                .containsPattern("id=\"password\"[^>]*autofocus")
                .doesNotContain("a wrong guess");
        assertThat(PageText.html(sameBrowser(mvc.get().uri("/login").with(anonymous()), failed).exchange()))
                .as("kept for the one page after the attempt").doesNotContain(editor.getEmail());
    }

    @Test
    void theEmailKeptAfterAFailedSignInIsShownAsTextNotAsMarkup() {
        MvcTestResult failed = mvc.post().uri("/login").with(anonymous())
                .param("username", "\"><b>bold</b>@practicehub.test").param("password", "a wrong guess").exchange();

        assertThat(PageText.html(sameBrowser(mvc.get().uri("/login?error").with(anonymous()), failed).exchange()))
                .contains("value=\"&quot;&gt;&lt;b&gt;bold&lt;/b&gt;@practicehub.test\"").doesNotContain("<b>bold");
    }

    @Test
    void anAdministratorInvitesAPersonWithAFirstRoleAndSeesTheOneTimeLinkOnce() {
        Project better = projects.project("BETTER");
        Partner tartu = projects.partner(better, "Tartu").orElseThrow();
        String email = "invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@practicehub.test";

        MvcTestResult result = mvc.post().uri("/admin/accounts/invite").param("email", email).param("name", "Invitee")
                .param("language", "et").param("place", "partner:" + tartu.getId()).param("role", "VIEWER").exchange();

        assertThat(result).hasStatusOk();
        String text = PageText.ofMain(PageText.html(result));
        assertThat(text).contains("Invitation for " + email, "No mail server is configured", "/account/setup?token=");
        Account invited = accounts.accountByEmail(email).orElseThrow();
        assertThat(invited.hasPassword()).isFalse();
        assertThat(accounts.membershipsOf(invited.getId())).singleElement()
                .satisfies(m -> assertThat(m.getRole()).isEqualTo(Role.VIEWER))
                .satisfies(m -> assertThat(m.getPartnerId()).isEqualTo(tartu.getId()));
        String secret = text.replaceAll("(?s).*token=([A-Za-z0-9_-]+).*", "$1");
        assertThat(jdbc.queryForList("select token_hash from account_link where account_id = ?", String.class, invited.getId()))
                .singleElement().isNotEqualTo(secret).asString().hasSize(64);
        assertThat(PageText.html(mvc.get().uri("/admin/accounts?page=1").exchange())).doesNotContain(secret);
    }

    @Test
    void anInvitationWithARoleThatDoesNotFitItsPlaceOrATakenEmailIsRefusedWithFieldMessages() {
        Project better = projects.project("BETTER");
        Account taken = TestAccounts.create(accounts, "taken", false);

        MvcTestResult result = mvc.post().uri("/admin/accounts/invite").param("email", taken.getEmail()).param("name", "")
                .param("language", "en").param("place", "partner:" + projects.partners(better).get(0).getId())
                .param("role", "COORDINATOR").exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.ofMain(PageText.html(result))).contains("First role in: does not fit the role");
        MvcTestResult taken2 = mvc.post().uri("/admin/accounts/invite").param("email", taken.getEmail()).param("name", "X")
                .param("language", "en").exchange();
        assertThat(PageText.ofMain(PageText.html(taken2))).contains("Email: belongs to an account already", "Name");
    }

    @Test
    void administratorsListAccountsByPageDisableThemResetPasswordsAndMakeAdministrators() {
        Account account = TestAccounts.create(accounts, "aaa-managed", false);

        MvcTestResult list = mvc.get().uri("/admin/accounts").exchange();
        assertThat(list).hasStatusOk();
        String html = PageText.html(list);
        assertThat(html).contains(account.getEmail()).doesNotContain("??");

        assertThat(mvc.post().uri("/admin/accounts/" + account.getId() + "/enabled").param("enabled", "false"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(accounts.account(account.getId()).isEnabled()).isFalse();
        assertThat(mvc.post().uri("/admin/accounts/" + account.getId() + "/admin").param("admin", "true"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(accounts.account(account.getId()).isAdmin()).isTrue();

        MvcTestResult reset = mvc.post().uri("/admin/accounts/" + account.getId() + "/reset").exchange();
        assertThat(PageText.ofMain(PageText.html(reset))).contains("Password reset for " + account.getEmail());
    }

    @Test
    void disablingAnAccountIsAskedFirstOnAPageThatNamesThePersonAndSaysHowToUndoIt() {
        Account account = TestAccounts.create(accounts, "aaa-to-disable", false);
        String link = "/admin/accounts/" + account.getId() + "/enabled?version=" + account.getVersion();
        assertThat(PageText.html(mvc.get().uri("/admin/accounts").exchange())).contains("href=\"" + link + "\"");

        ConfirmationPage confirmation = ConfirmationPage.of(mvc.get().uri(link).exchange());

        assertThat(confirmation.heading()).isEqualTo("Disable the account of aaa-to-disable?");
        assertThat(confirmation.text()).contains("Email " + account.getEmail(),
                "aaa-to-disable (" + account.getEmail() + ") will no longer be able to sign in",
                "To undo it, choose “Enable” next to the account on the accounts page");
        assertThat(confirmation.button()).isEqualTo("Disable the account of aaa-to-disable");
        assertThat(confirmation.cancel()).isEqualTo("/admin/accounts");
        assertThat(accounts.account(account.getId()).isEnabled()).isTrue();

        assertThat(confirmation.confirm(mvc)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/accounts");
        assertThat(accounts.account(account.getId()).isEnabled()).isFalse();
        assertThat(mvc.get().uri(link).exchange()).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/accounts");
    }

    @Test
    void makingAnAdministratorIsAskedFirstAndAConfirmationOfAnOlderVersionIsRefused() {
        Account account = TestAccounts.create(accounts, "aaa-to-promote", false);
        String link = "/admin/accounts/" + account.getId() + "/admin?version=" + account.getVersion();
        assertThat(PageText.html(mvc.get().uri("/admin/accounts").exchange())).contains("href=\"" + link + "\"");

        ConfirmationPage confirmation = ConfirmationPage.of(mvc.get().uri(link).exchange());
        assertThat(confirmation.heading()).isEqualTo("Make aaa-to-promote an administrator?");
        assertThat(confirmation.text()).contains("will be able to do everything in this PracticeHub",
                "To undo it, choose “Remove administrator”");
        assertThat(confirmation.button()).isEqualTo("Make aaa-to-promote an administrator");
        assertThat(accounts.account(account.getId()).isAdmin()).isFalse();

        mvc.post().uri("/admin/accounts/" + account.getId() + "/enabled").param("enabled", "false").exchange();
        MvcTestResult stale = confirmation.confirmStale(mvc);
        assertThat(PageText.ofMain(PageText.html(stale))).contains("Someone else changed this account after you opened the page");
        assertThat(accounts.account(account.getId()).isAdmin()).isFalse();

        ConfirmationPage again = ConfirmationPage.of(mvc.get().uri("/admin/accounts/" + account.getId() + "/admin").exchange());
        assertThat(again.confirm(mvc)).hasStatus(HttpStatus.FOUND);
        assertThat(accounts.account(account.getId()).isAdmin()).isTrue();
    }

    @Test
    void revokingATokenIsAskedFirstOnAPageThatNamesTheToken() {
        Account account = TestAccounts.create(accounts, "revoker", false);
        long tokenId = TestAccounts.as(account, () -> accounts.createToken("Nightly export")).token().getId();
        var asOwner = user(TestAccounts.principal(account));
        String link = "/profile/tokens/" + tokenId + "/revoke";
        assertThat(PageText.html(mvc.get().uri("/profile").with(asOwner).exchange())).contains("href=\"" + link + "\"")
                .doesNotContain("action=\"" + link + "\"");

        ConfirmationPage confirmation = ConfirmationPage.of(mvc.get().uri(link).with(asOwner).exchange());

        assertThat(confirmation.heading()).isEqualTo("Revoke the token “Nightly export”?");
        assertThat(confirmation.text()).contains("Every program that uses the token “Nightly export” is refused from now on.",
                "This cannot be undone: a revoked token stays revoked.");
        assertThat(confirmation.button()).isEqualTo("Revoke “Nightly export”");
        assertThat(TestAccounts.as(account, () -> accounts.tokens())).singleElement().satisfies(t -> assertThat(t.isRevoked()).isFalse());
        assertThat(mvc.get().uri(link).exchange()).as("another person's token").hasStatus(HttpStatus.NOT_FOUND);

        var press = mvc.post().uri(confirmation.action()).with(asOwner);
        confirmation.fields().forEach(press::formField);
        assertThat(press.exchange()).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/profile#tokens");
        assertThat(TestAccounts.as(account, () -> accounts.tokens())).singleElement().satisfies(t -> assertThat(t.isRevoked()).isTrue());
    }

    @Test
    void anAdministratorCannotDisableThemselves() {
        Account admin = TestAccounts.create(accounts, "self", true);

        assertThat(mvc.post().uri("/admin/accounts/" + admin.getId() + "/enabled").param("enabled", "false")
                .with(user(TestAccounts.principal(admin)))).hasStatus(HttpStatus.FOUND)
                .flash().containsKey("problems");
        assertThat(accounts.account(admin.getId()).isEnabled()).isTrue();
    }

    @Test
    void theAccountsPageIsForAdministratorsOnly() {
        Account someone = TestAccounts.create(accounts, "not-admin", false);

        assertThat(mvc.get().uri("/admin/accounts").with(user(TestAccounts.principal(someone)))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/accounts/" + someone.getId() + "/admin").param("admin", "true")
                .with(user(TestAccounts.principal(someone)))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(accounts.account(someone.getId()).isAdmin()).isFalse();
    }

    @Test
    @Transactional
    void theLastCoordinatorOfAProjectCannotRemoveTheirRoleUntilAnotherCoordinatorHoldsIt() {
        Project solo = projects.createOrUpdate(new ProjectSpec("SOLO", "Solo project", "Interreg Europe", null,
                LocalDate.of(2024, 1, 1), 6, null,
                List.of(new Phase("Learning phase", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))));
        Account coordinator = TestAccounts.withRole(accounts, "last-coordinator", solo.getId(), null, Role.COORDINATOR);
        long own = accounts.membershipsOf(coordinator.getId()).get(0).getId();
        var asCoordinator = user(TestAccounts.principal(coordinator));

        MvcTestResult refused = mvc.post().uri("/projects/SOLO/members/" + own + "/remove").with(asCoordinator).exchange();

        assertThat(refused).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/projects/SOLO/members");
        assertThat(refused.getMvcResult().getFlashMap().get("problems")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly("The project needs at least one coordinator: give the role to somebody else before removing this one.");
        assertThat(refused.getMvcResult().getFlashMap().get("flash")).isNull();
        assertThat(accounts.membershipsOf(coordinator.getId())).singleElement()
                .satisfies(m -> assertThat(m.getRole()).isEqualTo(Role.COORDINATOR));
        assertThatThrownBy(() -> accounts.revoke(solo.getId(), own)).isInstanceOf(RuleViolationException.class);

        TestAccounts.withRole(accounts, "next-coordinator", solo.getId(), null, Role.COORDINATOR);
        MvcTestResult removed = mvc.post().uri("/projects/SOLO/members/" + own + "/remove").with(asCoordinator).exchange();
        assertThat(removed).hasStatus(HttpStatus.FOUND);
        assertThat(removed.getMvcResult().getFlashMap().get("flash")).isEqualTo("The role is removed.");
        assertThat(accounts.membershipsOf(coordinator.getId())).isEmpty();
    }

    @Test
    void aCoordinatorManagesTheMembersOfTheProject() {
        Project better = projects.project("BETTER");
        Partner genoa = projects.partner(better, "Genoa").orElseThrow();
        Account coordinator = TestAccounts.withRole(accounts, "members-coordinator", better.getId(), null, Role.COORDINATOR);
        Account newcomer = TestAccounts.create(accounts, "newcomer", false);
        var asCoordinator = user(TestAccounts.principal(coordinator));

        assertThat(PageText.html(mvc.get().uri("/projects/BETTER").with(asCoordinator).exchange()))
                .contains("href=\"/projects/BETTER/members\"");
        MvcTestResult page = mvc.get().uri("/projects/BETTER/members").with(asCoordinator).exchange();
        assertThat(page).hasStatusOk();
        assertThat(PageText.html(page)).contains(coordinator.getEmail(), "editor.genoa@better.example").doesNotContain("??");

        MvcTestResult unknown = mvc.post().uri("/projects/BETTER/members").with(asCoordinator)
                .param("memberEmail", "nobody-" + UUID.randomUUID() + "@practicehub.test").param("memberRole", "EDITOR")
                .param("memberPartner", String.valueOf(genoa.getId())).exchange();
        assertThat(unknown).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.ofMain(PageText.html(unknown))).contains("Email of the account: belongs to no account");

        assertThat(mvc.post().uri("/projects/BETTER/members").with(asCoordinator).param("memberEmail", newcomer.getEmail())
                .param("memberRole", "EDITOR").param("memberPartner", String.valueOf(genoa.getId())))
                .hasStatus(HttpStatus.FOUND);
        assertThat(accounts.membershipsOf(newcomer.getId())).singleElement()
                .satisfies(m -> assertThat(m.getPartnerId()).isEqualTo(genoa.getId()));

        long membership = accounts.membershipsOf(newcomer.getId()).get(0).getId();
        assertThat(mvc.post().uri("/projects/BETTER/members/" + membership + "/remove").with(asCoordinator))
                .hasStatus(HttpStatus.FOUND);
        assertThat(accounts.membershipsOf(newcomer.getId())).isEmpty();

        String email = "member-invite-" + UUID.randomUUID().toString().substring(0, 8) + "@practicehub.test";
        MvcTestResult invited = mvc.post().uri("/projects/BETTER/members/invite").with(asCoordinator).param("email", email)
                .param("name", "Invited editor").param("language", "en").param("place", "partner:" + genoa.getId())
                .param("role", "EDITOR").exchange();
        assertThat(PageText.ofMain(PageText.html(invited))).contains("Invitation for " + email, "Back to the members");
        assertThat(accounts.accountByEmail(email)).isPresent();
    }

    @Test
    void removingARoleIsAskedFirstOnAPageThatNamesThePersonTheRoleAndHowToGiveItBack() {
        Project better = projects.project("BETTER");
        Partner genoa = projects.partner(better, "Genoa").orElseThrow();
        Account coordinator = TestAccounts.withRole(accounts, "removing-coordinator", better.getId(), null, Role.COORDINATOR);
        Account editor = TestAccounts.withRole(accounts, "maria-rossi", better.getId(), genoa.getId(), Role.EDITOR);
        var asCoordinator = user(TestAccounts.principal(coordinator));
        var membership = accounts.membershipsOf(editor.getId()).get(0);
        String link = "/projects/BETTER/members/" + membership.getId() + "/remove?version=" + membership.getVersion();
        String page = PageText.html(mvc.get().uri("/projects/BETTER/members").with(asCoordinator).exchange());
        assertThat(page).contains("href=\"" + link + "\"")
                .doesNotContain("action=\"/projects/BETTER/members/" + membership.getId() + "/remove\"");

        ConfirmationPage confirmation = ConfirmationPage.of(mvc.get().uri(link).with(asCoordinator).exchange());

        assertThat(confirmation.heading()).isEqualTo("Remove the role “Editor” of maria-rossi?");
        assertThat(confirmation.text()).contains("Email " + editor.getEmail(),
                "maria-rossi (" + editor.getEmail() + ") loses the role “Editor” (Genoa) in BETTER",
                "To undo it, give the role again under “Give a role to an existing account”");
        assertThat(confirmation.button()).isEqualTo("Remove the role “Editor” of maria-rossi");
        assertThat(confirmation.cancel()).isEqualTo("/projects/BETTER/members");
        assertThat(accounts.membershipsOf(editor.getId())).hasSize(1);

        var press = mvc.post().uri(confirmation.action()).with(asCoordinator);
        confirmation.fields().forEach(press::formField);
        assertThat(press.exchange()).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/projects/BETTER/members");
        assertThat(accounts.membershipsOf(editor.getId())).isEmpty();
    }

    @Test
    void aViewerNeitherSeesNorOpensTheMembersPage() {
        Project better = projects.project("BETTER");
        Partner genoa = projects.partner(better, "Genoa").orElseThrow();
        Account viewer = TestAccounts.withRole(accounts, "members-viewer", better.getId(), genoa.getId(), Role.VIEWER);
        var asViewer = user(TestAccounts.principal(viewer));

        assertThat(PageText.html(mvc.get().uri("/projects/BETTER").with(asViewer).exchange()))
                .doesNotContain("/projects/BETTER/members");
        assertThat(mvc.get().uri("/projects/BETTER/members").with(asViewer)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/projects/BETTER/members").with(asViewer).param("memberEmail", viewer.getEmail())
                .param("memberRole", "COORDINATOR")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/projects/BETTER/members/invite").with(asViewer).param("email", "x@practicehub.test")
                .param("name", "X").param("language", "en").param("place", "partner:" + genoa.getId())
                .param("role", "EDITOR")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(accounts.accountByEmail("x@practicehub.test")).isEmpty();
        assertThat(accounts.membershipsOf(viewer.getId())).hasSize(1);
    }
}
