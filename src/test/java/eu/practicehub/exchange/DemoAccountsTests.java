package eu.practicehub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.DemoAccounts;
import eu.practicehub.account.Role;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo's accounts, as the README lists them. */
@Tag("database")
@SpringBootTest
class DemoAccountsTests {

    @Autowired
    DemoData demo;
    @Autowired
    AccountService accounts;
    @Autowired
    ProjectService projects;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void theDemoHasACoordinatorAnEditorPerPartnerAViewerAndAnAdministratorWithTheDocumentedPasswords() {
        Project better = projects.project("BETTER");
        assertRole("coordinator@better.example", DemoAccounts.COORDINATOR_PASSWORD, better, null, Role.COORDINATOR);
        Map<String, String> editors = Map.of("Genoa", "editor.genoa@better.example", "Gävle", "editor.gavle@better.example",
                "Birmingham", "editor.birmingham@better.example", "Tartu", "editor.tartu@better.example",
                "Nyíregyháza", "editor.nyiregyhaza@better.example");
        for (Partner partner : projects.partners(better)) {
            assertRole(editors.get(partner.getShortName()), DemoAccounts.EDITOR_PASSWORD, better, partner, Role.EDITOR);
        }
        assertRole("viewer@better.example", DemoAccounts.VIEWER_PASSWORD, better,
                projects.partner(better, "Tartu").orElseThrow(), Role.VIEWER);
        Account admin = accounts.accountByEmail("admin@better.example").orElseThrow();
        assertThat(admin.isAdmin()).isTrue();
        assertThat(passwords.matches(DemoAccounts.ADMIN_PASSWORD, admin.getPasswordHash())).isTrue();
        assertThat(DemoAccounts.ADMIN_PASSWORD.length()).isGreaterThanOrEqualTo(AccountService.MIN_PASSWORD_LENGTH);
    }

    @Test
    void startingAgainLeavesTheDemoAccountsAsTheyAre() throws Exception {
        Account before = accounts.accountByEmail("viewer@better.example").orElseThrow();

        demo.run(null);

        Account after = accounts.accountByEmail("viewer@better.example").orElseThrow();
        assertThat(after.getPasswordHash()).isEqualTo(before.getPasswordHash());
        assertThat(accounts.membershipsOf(after.getId())).hasSize(1);
    }

    private void assertRole(String email, String password, Project project, Partner partner, Role role) {
        Account account = accounts.accountByEmail(email).orElseThrow();
        assertThat(account.isAdmin()).isFalse();
        assertThat(password.length()).isGreaterThanOrEqualTo(AccountService.MIN_PASSWORD_LENGTH);
        assertThat(passwords.matches(password, account.getPasswordHash())).as(email).isTrue();
        assertThat(accounts.membershipsOf(account.getId())).singleElement().satisfies(m -> {
            assertThat(m.getProjectId()).isEqualTo(project.getId());
            assertThat(m.getPartnerId()).isEqualTo(partner == null ? null : partner.getId());
            assertThat(m.getRole()).isEqualTo(role);
        });
    }

}
