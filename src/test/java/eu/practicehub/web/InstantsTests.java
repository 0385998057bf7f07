package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.Role;
import eu.practicehub.account.TestAccounts;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferService;
import eu.practicehub.transfer.TransferStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every moment is shown in the reader's zone, named: the account's, else the project's (its lead partner's,
 * Genoa's Europe/Rome for BETTER), else UTC. The transfers here move on {@link PageTest#TODAY}, 10:00 UTC.
 */
@PageTest
class InstantsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ProjectService projects;

    @Autowired
    TransferService transfers;

    String key;
    Project project;
    Transfer transfer;

    @BeforeEach
    void aTransferStartedToday() {
        key = ApiTestProjects.copyOfBetter(mvc, "MOMENTS");
        project = projects.project(key);
        transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));
    }

    @Test
    void aReaderWithAZoneOfTheirOwnSeesTransferMovesAndHistoryInIt() {
        Account reader = viewerWithZone("America/New_York");

        String page = mainText("/projects/" + key + "/transfers/" + transfer.getId(), reader);
        String list = mainText("/projects/" + key + "/transfers", reader);
        String history = mainText("/projects/" + key + "/transfers/" + transfer.getId() + "/history", reader);

        assertThat(page).contains("15 January 2022, 05:00 (America/New_York)").doesNotContain("(Europe/Rome)", "(UTC)");
        assertThat(list).contains("15 January 2022 (America/New_York)");
        assertThat(history).contains("times in America/New_York", "(America/New_York) by").doesNotContain("(Europe/Rome)");
    }

    @Test
    void aReaderWithoutAZoneSeesTheProjectsZone() {
        Account reader = viewerWithZone(null);

        assertThat(mainText("/projects/" + key + "/transfers/" + transfer.getId(), reader))
                .contains("When", "15 January 2022, 11:00 (Europe/Rome)").doesNotContain("(UTC)");
        assertThat(mainText("/projects/" + key + "/transfers/" + transfer.getId() + "/history", reader))
                .contains("times in Europe/Rome", "(Europe/Rome) by");
        assertThat(PageText.ofMain(PageText.html(mvc.get().uri("/projects/" + key + "/transfers").with(anonymous()).exchange())))
                .as("nobody signed in").contains("15 January 2022 (Europe/Rome)");
    }

    @Test
    void theTokensOfAnAccountWithoutAZoneAreInUtcAndInTheAccountsZoneOnceItHasOne() {
        Account reader = TestAccounts.create(accounts, "tokens-zone", false);
        TestAccounts.as(reader, () -> accounts.createToken("Scripts"));

        assertThat(mainText("/profile", reader)).contains("Account since 15 January 2022, 10:00 (UTC)",
                "Scripts 15 January 2022, 10:00 (UTC) never");

        setZone(reader, "Europe/Tallinn");
        assertThat(mainText("/profile", reader)).contains("Scripts 15 January 2022, 12:00 (Europe/Tallinn) never");
    }

    private Account viewerWithZone(String zone) {
        Account reader = TestAccounts.withRole(accounts, "reader", project.getId(),
                projects.partner(project, "Tartu").orElseThrow().getId(), Role.VIEWER);
        if (zone != null) {
            setZone(reader, zone);
        }
        return reader;
    }

    private void setZone(Account account, String zone) {
        TestAccounts.as(account, () -> accounts.updateProfile(accounts.account(account.getId()).getVersion(),
                account.getName(), account.getLanguage(), zone));
    }

    /** The page's main text as the reader sees it, signed in as the account is stored now. */
    private String mainText(String page, Account reader) {
        Account stored = accounts.account(reader.getId());
        return PageText.ofMain(PageText.html(mvc.get().uri(page).with(user(TestAccounts.principal(stored))).exchange()));
    }
}
