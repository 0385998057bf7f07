package eu.practicehub.history.web;

import eu.practicehub.ApiTestProjects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.AccountUser;
import eu.practicehub.account.Role;
import eu.practicehub.account.TestAccounts;
import eu.practicehub.history.HistoryFixtures;
import eu.practicehub.history.HistoryService;
import eu.practicehub.history.RecordKind;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PageTest
class HistoryPagesTests {

    private static String key;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    PracticeService practices;

    @Autowired
    HistoryService history;

    @Autowired
    AccountService accounts;

    @Test
    void historyPageShowsWhoChangedWhatAndWhenInTheLeadPartnersZone() {
        Practice practice = changedPractice("Page");

        MvcTestResult result = mvc.get().uri("/projects/" + key() + "/practices/{id}/history", practice.getId()).exchange();

        assertThat(result).hasStatusOk();
        String text = PageText.of(PageText.html(result));
        assertThat(text).contains("History of " + practice.getTitle(), "times in Europe/Rome", "(Europe/Rome) by PracticeHub itself (no one signed in)",
                "Changed", "Created", "Summary First summary Second summary", "Owner Genoa Gävle",
                "Themes Digital services to citizens Security and resilience", "Restore this version");
    }

    @Test
    void theRecordPagesLinkToTheirHistory() {
        Practice practice = changedPractice("Linked");

        assertThat(mvc.get().uri("/projects/" + key() + "/practices/{id}", practice.getId())).hasStatusOk().bodyText()
                .contains("/projects/" + key() + "/practices/" + practice.getId() + "/history");
    }

    @Test
    void restoreButtonBringsBackTheVersionAndRecordsTheRestore() {
        Practice practice = changedPractice("Button");
        long first = firstRevision(practice);

        MvcTestResult result = mvc.post().uri("/projects/" + key() + "/practices/{id}/history/{rev}/restore", practice.getId(), first)
                .param("version", String.valueOf(practice.getVersion())).exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl()
                .isEqualTo("/projects/" + key() + "/practices/" + practice.getId() + "/history");
        assertThat(practices.practice(project(), practice.getId()).getSummary()).isEqualTo("First summary");
        assertThat(history.history(project(), RecordKind.PRACTICE, practice.getId(), PageRequest.of(0, 20)).getTotalElements())
                .isEqualTo(3);
    }

    @Test
    void aRestoreButtonForRevisionZeroOrBelowAnswersTheNotFoundPageAndChangesNothing() {
        Practice practice = changedPractice("Button zero");

        for (long revision : new long[] {0, -7}) {
            MvcTestResult result = mvc.post().uri("/projects/" + key() + "/practices/{id}/history/{rev}/restore",
                    practice.getId(), revision).param("version", String.valueOf(practice.getVersion())).exchange();
            assertThat(result).as("revision " + revision).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(PageText.of(PageText.html(result))).contains("Not found");
        }
        assertThat(practices.practice(project(), practice.getId()).getVersion()).isEqualTo(practice.getVersion());
    }

    @Test
    void aStaleRestoreButtonAnswers409WithAMessageAndChangesNothing() {
        Practice practice = changedPractice("Stale button");

        MvcTestResult result = mvc.post().uri("/projects/" + key() + "/practices/{id}/history/{rev}/restore", practice.getId(),
                firstRevision(practice)).param("version", String.valueOf(practice.getVersion() - 1)).exchange();

        assertThat(result).hasStatus(HttpStatus.CONFLICT);
        assertThat(PageText.of(PageText.html(result))).contains("Somebody else changed this record");
        assertThat(practices.practice(project(), practice.getId()).getSummary()).isEqualTo("Second summary");
    }

    @Test
    void auditLogListsTheChangesAndLinksToTheRecordsHistory() {
        Practice practice = changedPractice("Audit page");

        MvcTestResult result = mvc.get().uri("/projects/" + key() + "/audit").exchange();

        assertThat(result).hasStatusOk();
        String html = PageText.html(result);
        assertThat(html).contains("/projects/" + key() + "/practices/" + practice.getId() + "/history");
        assertThat(PageText.of(html)).contains("Audit log", "Good practice: " + practice.getTitle(), "PracticeHub itself (no one signed in)",
                "Test administrator (test-admin@practicehub.test)");
        assertThat(mvc.get().uri("/projects/" + key() + "/audit?kind=EVENT")).hasStatusOk().bodyText()
                .doesNotContain(practice.getTitle());
    }

    @Test
    void historyOfAnEventATransferAndAnActionPlanShowsToo() {
        Project better = project();
        long event = history.auditLog(better, RecordKind.EVENT, PageRequest.of(0, 1)).getContent().get(0).recordId();
        long transfer = history.auditLog(better, RecordKind.TRANSFER, PageRequest.of(0, 1)).getContent().get(0).recordId();
        long plan = history.auditLog(better, RecordKind.ACTION_PLAN, PageRequest.of(0, 1)).getContent().get(0).recordId();

        assertThat(mvc.get().uri("/projects/" + key() + "/events/{id}/history", event)).hasStatusOk();
        assertThat(mvc.get().uri("/projects/" + key() + "/transfers/{id}/history", transfer)).hasStatusOk().bodyText()
                .contains("transferability assessment");
        assertThat(mvc.get().uri("/projects/" + key() + "/action-plans/{id}/history", plan)).hasStatusOk().bodyText()
                .contains("Parts I and II");
        assertThat(mvc.get().uri("/projects/" + key() + "/practices/{id}/history", 999_999)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyMembersSeeAHistoryAndTheAnonymousAreSentToSignIn() {
        Practice practice = changedPractice("Members only");
        String page = "/projects/" + key() + "/practices/" + practice.getId() + "/history";

        assertThat(mvc.get().uri(page).with(anonymous())).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/api/v1" + page).with(anonymous())).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri(page).with(user(new AccountUser(999_999, "nobody@example.org", "Nobody", "en", false))))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void onlyCoordinatorsSeeTheAuditLog() {
        Project copy = project();
        String page = "/projects/" + key() + "/audit";
        Long genoa = projects.partners(copy).get(0).getId();
        Account editor = TestAccounts.withRole(accounts, "editor", copy.getId(), genoa, Role.EDITOR);
        Account coordinator = TestAccounts.withRole(accounts, "coordinator", copy.getId(), null, Role.COORDINATOR);

        assertThat(mvc.get().uri(page).with(anonymous())).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(page).with(user(TestAccounts.principal(editor)))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(page).with(user(TestAccounts.principal(coordinator)))).hasStatusOk();
    }

    private Practice changedPractice(String prefix) {
        return HistoryFixtures.practiceChangedOnce(practices, project(), HistoryFixtures.freshTitle(prefix));
    }

    private long firstRevision(Practice practice) {
        return history.history(project(), RecordKind.PRACTICE, practice.getId(), PageRequest.of(0, 20)).getContent().get(1)
                .revision();
    }

    /** A copy of BETTER of this class's own, so that the demo project's figures stay as other tests expect them. */
    private String key() {
        if (key == null || projects.projects().stream().noneMatch(p -> p.getKey().equals(key))) {
            key = ApiTestProjects.copyOfBetter(mvc, "HISTORY-PAGES");
        }
        return key;
    }

    private Project project() {
        return projects.project(key());
    }
}
