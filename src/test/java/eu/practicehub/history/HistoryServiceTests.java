package eu.practicehub.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.AccountUser;
import eu.practicehub.account.Role;
import eu.practicehub.actionplan.ActionPlan;
import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.actionplan.PlanSpec;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventSpec;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeSpec;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.Assessment;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferService;
import eu.practicehub.transfer.TransferStart;
import eu.practicehub.web.PageTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PageTest
class HistoryServiceTests {

    private static final PageRequest FIRST = PageRequest.of(0, 20);

    private static String key;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    HistoryService history;

    @Autowired
    ProjectService projects;

    @Autowired
    PracticeService practices;

    @Autowired
    EventService events;

    @Autowired
    TransferService transfers;

    @Autowired
    ActionPlanService plans;

    @Autowired
    AccountService accounts;

    @Test
    void historyListsEachVersionNewestFirstWithWhoAndTheFieldsThatChanged() {
        Project better = project();
        Practice practice = HistoryFixtures.practiceChangedOnce(practices, better, HistoryFixtures.freshTitle("Versions"));

        Page<Version> versions = history.history(better, RecordKind.PRACTICE, practice.getId(), FIRST);

        assertThat(versions.getTotalElements()).isEqualTo(2);
        Version changed = versions.getContent().get(0);
        Version created = versions.getContent().get(1);
        assertThat(changed.revision()).isGreaterThan(created.revision());
        assertThat(changed.type()).isEqualTo(ChangeType.CHANGED);
        assertThat(changed.actor()).isEqualTo("system");
        assertThat(changed.changes()).extracting(Change::field, Change::oldValue, Change::newValue).containsExactly(
                tuple("owner", "Genoa", "Gävle"),
                tuple("summary", "First summary", "Second summary"),
                tuple("themes", List.of("Digital services to citizens"), List.of("Security and resilience")));
        assertThat(created.type()).isEqualTo(ChangeType.CREATED);
        assertThat(created.changes()).extracting(Change::field).contains("title", "owner", "summary", "themes", "status");
    }

    @Test
    void whetherAPracticeIsPublicIsRecordedAndRestored() {
        Project better = project();
        String title = HistoryFixtures.freshTitle("Visibility");
        Practice created = practices.create(better, withVisibility(title, false));
        Practice shown = practices.update(better, created.getId(), created.getVersion(), withVisibility(title, true));

        List<Version> versions = history.history(better, RecordKind.PRACTICE, shown.getId(), FIRST).getContent();
        assertThat(versions.get(0).changes()).extracting(Change::field, Change::oldValue, Change::newValue)
                .containsExactly(tuple("publicVisible", false, true));

        history.restore(better, RecordKind.PRACTICE, shown.getId(), versions.get(1).revision(), shown.getVersion());
        assertThat(practices.practice(better, shown.getId()).isPublicVisible()).isFalse();
    }

    private static PracticeSpec withVisibility(String title, boolean publicVisible) {
        return new PracticeSpec(title, "Genoa", List.of(), "Summary", null, null, null, null, null, null, "Genoa", null,
                null, null, publicVisible);
    }

    @Test
    void restoreBringsBackTheEarlierValuesAsANewVersion() {
        Project better = project();
        Practice practice = HistoryFixtures.practiceChangedOnce(practices, better, HistoryFixtures.freshTitle("Restore"));
        long first = history.history(better, RecordKind.PRACTICE, practice.getId(), FIRST).getContent().get(1).revision();

        long version = history.restore(better, RecordKind.PRACTICE, practice.getId(), first, practice.getVersion());

        Practice restored = practices.practice(better, practice.getId());
        assertThat(restored.getVersion()).isEqualTo(version).isGreaterThan(practice.getVersion());
        assertThat(restored.getSummary()).isEqualTo("First summary");
        assertThat(restored.getOwner().getShortName()).isEqualTo("Genoa");
        assertThat(restored.getThemes()).extracting(t -> t.getName()).containsExactly("Digital services to citizens");
        Page<Version> versions = history.history(better, RecordKind.PRACTICE, practice.getId(), FIRST);
        assertThat(versions.getTotalElements()).isEqualTo(3);
        assertThat(versions.getContent().get(0).changes()).extracting(Change::field, Change::oldValue, Change::newValue)
                .contains(tuple("summary", "Second summary", "First summary"));
    }

    @Test
    void aStaleRestoreIsRefusedAndChangesNothing() {
        Project better = project();
        Practice practice = HistoryFixtures.practiceChangedOnce(practices, better, HistoryFixtures.freshTitle("Stale"));
        long first = history.history(better, RecordKind.PRACTICE, practice.getId(), FIRST).getContent().get(1).revision();

        assertThatThrownBy(() -> history.restore(better, RecordKind.PRACTICE, practice.getId(), first,
                practice.getVersion() - 1)).isInstanceOf(StaleVersionException.class);

        assertThat(practices.practice(better, practice.getId()).getSummary()).isEqualTo("Second summary");
        assertThat(history.history(better, RecordKind.PRACTICE, practice.getId(), FIRST).getTotalElements()).isEqualTo(2);
    }

    @Test
    void anEventIsRestoredWithItsPartnersAndPractices() {
        Project better = project();
        String title = HistoryFixtures.freshTitle("Workshop");
        Event event = events.create(better, event(title, "Genoa", List.of("Tartu"), "First agenda"));
        Event changed = events.update(better, event.getId(), event.getVersion(),
                event(title, "Genoa", List.of("Tartu", "Gävle"), "Second agenda"));
        Version latest = history.history(better, RecordKind.EVENT, event.getId(), FIRST).getContent().get(0);
        assertThat(latest.changes()).extracting(Change::field, Change::oldValue, Change::newValue).containsExactly(
                tuple("agenda", "First agenda", "Second agenda"),
                tuple("participants", List.of("Tartu"), List.of("Tartu", "Gävle")));
        long first = history.history(better, RecordKind.EVENT, event.getId(), FIRST).getContent().get(1).revision();

        history.restore(better, RecordKind.EVENT, event.getId(), first, changed.getVersion());

        Event restored = events.event(better, event.getId());
        assertThat(restored.getAgenda()).isEqualTo("First agenda");
        assertThat(restored.getParticipants()).extracting(p -> p.getShortName()).containsExactly("Tartu");
    }

    @Test
    void aTransferIsRestoredToItsEarlierAssessment() {
        Project better = project();
        String title = HistoryFixtures.freshTitle("Transferred");
        practices.create(better, HistoryFixtures.practice(title, "Genoa", "To transfer", List.of()));
        Transfer transfer = transfers.start(better, new TransferStart(title, "Tartu"));
        Transfer assessed = transfers.assess(better, transfer.getId(), transfer.getVersion(), assessment(4, "Fits well"));
        Transfer reassessed = transfers.assess(better, transfer.getId(), assessed.getVersion(), assessment(2, "Hardly fits"));
        Page<Version> versions = history.history(better, RecordKind.TRANSFER, transfer.getId(), FIRST);
        assertThat(versions.getContent().get(0).changes()).extracting(Change::field, Change::oldValue, Change::newValue)
                .containsExactly(tuple("legalFit", 4, 2), tuple("verdict", "Fits well", "Hardly fits"));

        history.restore(better, RecordKind.TRANSFER, transfer.getId(), versions.getContent().get(1).revision(),
                reassessed.getVersion());

        assertThat(transfers.transfer(better, transfer.getId()).getAssessment()).isEqualTo(assessment(4, "Fits well"));
    }

    @Test
    void anActionPlansPartsOneAndTwoAreRestoredAndItsActionsShowInItsHistory() {
        Project better = project();
        ActionPlan plan = plans.plans(better).stream().filter(p -> p.getPartner().getShortName().equals("Tartu"))
                .findFirst().orElseThrow();
        PlanSpec before = new PlanSpec(plan.getOtherOrganisations(), plan.getContactName(), plan.getContactEmail(),
                plan.getInstrumentName(), plan.getInstrumentType(), plan.getInstrumentImprovement());
        ActionPlan changed = plans.update(better, plan.getId(), plan.getVersion(), new PlanSpec(before.otherOrganisations(),
                "Somebody Else", before.contactEmail(), before.instrumentName(), before.instrumentType(),
                before.instrumentImprovement()));
        Page<Version> versions = history.history(better, RecordKind.ACTION_PLAN, plan.getId(), FIRST);
        assertThat(versions.getContent().get(0).changes()).extracting(Change::field, Change::newValue)
                .containsExactly(tuple("contactName", "Somebody Else"));
        assertThat(versions.getContent()).flatExtracting(Version::changes).extracting(Change::part).contains("ACTION");

        history.restore(better, RecordKind.ACTION_PLAN, plan.getId(), versions.getContent().get(1).revision(),
                changed.getVersion());

        assertThat(plans.plan(better, plan.getId()).getContactName()).isEqualTo(before.contactName());
    }

    @Test
    void theAuditLogListsTheProjectsChangesNewestFirstAndFiltersByKind() {
        Project better = project();
        String title = HistoryFixtures.freshTitle("Audited");
        Practice practice = HistoryFixtures.practiceChangedOnce(practices, better, title);

        Page<AuditEntry> all = history.auditLog(better, null, FIRST);
        assertThat(all.getContent().get(0)).extracting(AuditEntry::kind, AuditEntry::recordId, AuditEntry::type,
                AuditEntry::label).containsExactly(RecordKind.PRACTICE, practice.getId(), ChangeType.CHANGED, title);
        assertThat(all.getContent()).extracting(AuditEntry::revision).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        Page<AuditEntry> plansOnly = history.auditLog(better, RecordKind.ACTION_PLAN, FIRST);
        assertThat(plansOnly.getContent()).isNotEmpty().allSatisfy(e -> assertThat(e.kind()).isEqualTo(RecordKind.ACTION_PLAN));
        assertThat(plansOnly.getTotalElements()).isLessThan(all.getTotalElements());
    }

    @Test
    void aRevisionRecordsTheSignedInPersonAsItsActor() {
        Project project = project();
        Practice practice = practices.create(project, HistoryFixtures.practice(HistoryFixtures.freshTitle("Signed in"),
                "Genoa", "Before", List.of()));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new AccountUser(4711, "maria.rossi@example.org", "Maria Rossi", "en", true), null, List.of()));
        try {
            practices.update(project, practice.getId(), practice.getVersion(), HistoryFixtures.practice(practice.getTitle(),
                    "Genoa", "After", List.of()));
        } finally {
            SecurityContextHolder.clearContext();
        }

        assertThat(history.history(project, RecordKind.PRACTICE, practice.getId(), FIRST).getContent())
                .extracting(Version::actor).containsExactly("Maria Rossi (maria.rossi@example.org)", "system");
    }

    @Test
    void membershipsAreRecordedAndListedInTheAuditLog() {
        Project project = project();
        Account account = accounts.create(new AccountService.NewAccount(HistoryFixtures.freshTitle("editor").replace(' ', '-')
                + "@example.org", "Edith Editor", "en", false, null));
        long genoa = projects.partner(project, "Genoa").orElseThrow().getId();
        accounts.grant(account.getId(), project.getId(), genoa, Role.EDITOR);

        Page<AuditEntry> memberships = history.auditLog(project, RecordKind.MEMBERSHIP, FIRST);

        assertThat(memberships.getContent()).extracting(AuditEntry::type, AuditEntry::label, AuditEntry::partName)
                .containsExactly(tuple(ChangeType.CREATED, "Edith Editor · Genoa", "EDITOR"));
    }

    /** A copy of BETTER of this class's own, so that the demo project's figures stay as other tests expect them. */
    private Project project() {
        if (key == null || projects.projects().stream().noneMatch(p -> p.getKey().equals(key))) {
            key = ApiTestProjects.copyOfBetter(mvc, "HISTORY");
        }
        return projects.project(key);
    }

    private static EventSpec event(String title, String host, List<String> visitors, String agenda) {
        LocalDate day = LocalDate.of(2022, 3, 10);
        return new EventSpec(EventType.STAFF_EXCHANGE, title, day, null, day, null, null, null, host, visitors,
                EventMode.VIRTUAL, null, "https://example.org/meet", List.of(), agenda, null, null, EventStatus.PLANNED);
    }

    private static Assessment assessment(int legalFit, String verdict) {
        return new Assessment(legalFit, null, null, null, null, null, null, null, null, null, verdict);
    }
}
