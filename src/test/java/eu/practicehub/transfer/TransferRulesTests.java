package eu.practicehub.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.PartnershipDocuments;
import eu.practicehub.account.AccountUser;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.common.Violation;
import eu.practicehub.event.DatePrecision;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventSpec;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeStatus;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.PageTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.node.ObjectNode;

/** The rules of transfers and how the practice's status follows them, on a copy of BETTER of its own. */
@PageTest
class TransferRulesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    PracticeService practices;

    @Autowired
    EventService events;

    @Autowired
    TransferService transfers;

    Project project;

    @BeforeEach
    void copyBetter() {
        project = projects.project(ApiTestProjects.copyOfBetter(mvc, "TRANSFER-RULES"));
    }

    @Test
    void refusesAPartnerImportingItsOwnPractice() {
        assertThat(codes(() -> transfers.start(project, new TransferStart("Segnalaci", "Genoa"))))
                .containsExactly("importer:transfer.importer.owner");
    }

    @Test
    void refusesASecondOpenTransferOfAPracticeToTheSameImporterButAllowsOneAfterTheFirstIsDropped() {
        Transfer first = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));

        assertThat(codes(() -> transfers.start(project, new TransferStart("Segnalaci", "Tartu"))))
                .containsExactly("importer:transfer.duplicate");
        transfers.start(project, new TransferStart("Segnalaci", "Gävle"));
        transfers.move(project, first.getId(), first.getVersion(), TransferStage.DROPPED, "No budget");
        assertThat(transfers.start(project, new TransferStart("Segnalaci", "Tartu")).getStage())
                .isEqualTo(TransferStage.UNDERSTAND);
    }

    @Test
    void refusesUnknownPracticesAndPartners() {
        assertThat(codes(() -> transfers.start(project, new TransferStart("Atlantis app", "Atlantis"))))
                .containsExactly("practice:transfer.practice.unknown", "importer:transfer.importer.unknown");
    }

    @Test
    void recordsTheSignedInPersonAsWhoStartsAndMovesATransfer() {
        AccountUser maria = new AccountUser(4711, "maria.rossi@example.org", "Maria Rossi", "en", true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(maria, null, maria.getAuthorities()));
        Transfer moved;
        try {
            Transfer started = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));
            moved = transfers.move(project, started.getId(), started.getVersion(), TransferStage.ADAPT, null);
        } finally {
            SecurityContextHolder.clearContext();
        }

        assertThat(moved.getMoves()).extracting(TransferMove::getMovedBy, TransferMove::getMovedByAccountId)
                .containsExactly(tuple("Maria Rossi", 4711L), tuple("Maria Rossi", 4711L));
    }

    @Test
    void aTransferStartsUntilTheLastDayOfItsProjectButNotAfter() {
        // Today is 15 January 2022 in the lead partner's zone (Alba, Europe/Rome).
        Project endsToday = projects.project(advisoryEndingOn("2022-01-15"));
        Project endedYesterday = projects.project(advisoryEndingOn("2022-01-14"));

        assertThat(transfers.start(endsToday, new TransferStart("Open budget", "Västra")).getStage())
                .isEqualTo(TransferStage.UNDERSTAND);
        assertThat(codes(() -> transfers.start(endedYesterday, new TransferStart("Open budget", "Västra"))))
                .containsExactly(":transfer.start.afterEnd");
        assertThat(transfers.mayStartNow(endsToday)).isTrue();
        assertThat(transfers.mayStartNow(endedYesterday)).isFalse();
    }

    @Test
    void aDocumentsTransferIsJudgedByTheSameRuleOnTheDayItStartedInTheProjectsZone() {
        String late = ApiTestProjects.freshKey("ENDED-IMPORT");
        String lastEvening = ApiTestProjects.freshKey("ENDED-IMPORT");

        // The project ends on 31 March 2021; 1 April 2021, 08:00 UTC is after its end, 31 March, 22:00 UTC still
        // on its last day in Alba (Europe/Rome, 00:00 on 1 April would be the next).
        assertThat(ApiTestProjects.importDocument(mvc, advisoryWithTransferStartedAt(late, "2021-04-01T08:00:00Z")))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().isLenientlyEqualTo("""
                        {"errors": [{"field": "transfers[0].moves[0].at", "code": "transfer.start.afterEnd"}]}""");
        assertThat(ApiTestProjects.importDocument(mvc, advisoryWithTransferStartedAt(lastEvening, "2021-03-31T21:59:00Z")))
                .hasStatus(HttpStatus.CREATED);
    }

    private static ObjectNode advisoryWithTransferStartedAt(String key, String at) {
        ObjectNode document = (ObjectNode) ApiTestProjects.tree(PartnershipDocuments.advisory(key));
        document.set("transfers", ApiTestProjects.tree("""
                [{"practice": "Open budget", "importer": "Västra", "stage": "UNDERSTAND",
                  "moves": [{"to": "UNDERSTAND", "at": "%s", "by": "Västra team"}]}]""".formatted(at)));
        return document;
    }

    /** The project with an advisory partner, ending (with its one phase) on {@code end}, under a fresh key. */
    private String advisoryEndingOn(String end) {
        String key = ApiTestProjects.freshKey("ENDS");
        assertThat(ApiTestProjects.importDocument(mvc, ApiTestProjects.tree(
                PartnershipDocuments.advisory(key).replace("2021-03-31", end)))).hasStatus(HttpStatus.CREATED);
        return key;
    }

    @Test
    void refusesAMoveBasedOnAnOutdatedVersion() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));
        transfers.move(project, transfer.getId(), transfer.getVersion(), TransferStage.ADAPT, null);

        assertThat(catchThrowableOfType(StaleVersionException.class, () -> transfers.move(project, transfer.getId(),
                transfer.getVersion(), TransferStage.REUSE, null))).isNotNull();
        assertThat(transfers.transfer(project, transfer.getId()).getStage()).isEqualTo(TransferStage.ADAPT);
    }

    @Test
    void thePracticeIsInTransferWhileATransferIsOpenAndAdoptedOnceOneIsReUsed() {
        Transfer toTartu = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));
        assertThat(status("Segnalaci")).isEqualTo(PracticeStatus.IN_TRANSFER);

        Transfer toGavle = transfers.start(project, new TransferStart("Segnalaci", "Gävle"));
        toTartu = transfers.move(project, toTartu.getId(), toTartu.getVersion(), TransferStage.ADAPT, null);
        transfers.move(project, toTartu.getId(), toTartu.getVersion(), TransferStage.REUSE, null);
        assertThat(status("Segnalaci")).isEqualTo(PracticeStatus.ADOPTED);

        transfers.move(project, toGavle.getId(), toGavle.getVersion(), TransferStage.DROPPED, "Not needed");
        assertThat(status("Segnalaci")).isEqualTo(PracticeStatus.ADOPTED);
    }

    @Test
    void thePracticeIsExaminedAgainWhenItsLastOpenTransferIsDroppedAndNoneWasAdopted() {
        Transfer toTartu = transfers.start(project, new TransferStart("Digital Citizen Folder", "Tartu"));
        Transfer toGavle = transfers.start(project, new TransferStart("Digital Citizen Folder", "Gävle"));

        transfers.move(project, toTartu.getId(), toTartu.getVersion(), TransferStage.DROPPED, "No budget");
        assertThat(status("Digital Citizen Folder")).isEqualTo(PracticeStatus.IN_TRANSFER);
        transfers.move(project, toGavle.getId(), toGavle.getVersion(), TransferStage.DROPPED, "No staff");
        assertThat(status("Digital Citizen Folder")).isEqualTo(PracticeStatus.EXAMINED);
    }

    @Test
    void linksAnImportWorkshopWhereTheOwnerAndTheImporterTakePart() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));
        Event workshop = events.create(project, workshop("Import workshop Segnalaci", EventType.IMPORT_WORKSHOP, "Tartu", "Genoa"));

        Transfer linked = transfers.linkWorkshop(project, transfer.getId(), transfer.getVersion(), workshop.getId());

        assertThat(linked.getWorkshops()).extracting(Event::getTitle).containsExactly("Import workshop Segnalaci");
        assertThat(codes(() -> transfers.linkWorkshop(project, transfer.getId(), linked.getVersion(), workshop.getId())))
                .containsExactly("event:transfer.workshop.linked");
    }

    @Test
    void refusesToLinkAnEventThatIsNoImportWorkshopOrMissesAPartnerOrIsUnknown() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));
        Event visit = events.create(project, workshop("A study visit", EventType.STUDY_VISIT, "Tartu", "Genoa"));
        Event withoutOwner = events.create(project, workshop("Workshop without Genoa", EventType.IMPORT_WORKSHOP, "Tartu", "Gävle"));

        assertThat(codes(() -> transfers.linkWorkshop(project, transfer.getId(), transfer.getVersion(), visit.getId())))
                .containsExactly("event:transfer.workshop.type");
        assertThat(codes(() -> transfers.linkWorkshop(project, transfer.getId(), transfer.getVersion(), withoutOwner.getId())))
                .containsExactly("event:transfer.workshop.absent");
        assertThat(codes(() -> transfers.linkWorkshop(project, transfer.getId(), transfer.getVersion(), Long.MAX_VALUE)))
                .containsExactly("event:transfer.workshop.unknown");
    }

    @Test
    void createsAnImportWorkshopForTheTransferAndLinksIt() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));

        Transfer linked = transfers.createWorkshop(project, transfer.getId(), transfer.getVersion(),
                workshop("Segnalaci in Tartu", null, "Tartu", "Genoa"));

        assertThat(linked.getWorkshops()).singleElement().satisfies(e -> {
            assertThat(e.getType()).isEqualTo(EventType.IMPORT_WORKSHOP);
            assertThat(e.getHost().getShortName()).isEqualTo("Tartu");
        });
    }

    @Test
    void refusesAssessmentFitsOutsideOneToFive() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));

        assertThat(codes(() -> transfers.assess(project, transfer.getId(), transfer.getVersion(),
                new Assessment(7, null, null, null, null, null, null, null, null, null, null))))
                .containsExactly("legalFit:transfer.assessment.fit.range");
        Transfer assessed = transfers.assess(project, transfer.getId(), transfer.getVersion(),
                new Assessment(4, "Same law", 3, null, 5, null, 2, "Costly", "The app", "The language", "Go"));
        assertThat(assessed.getAssessment().verdict()).isEqualTo("Go");
    }

    @Test
    void aPracticeWithTransfersCannotBeDeleted() {
        var practice = practices.create(project, new eu.practicehub.practice.PracticeSpec("Open budget portal", "Genoa",
                List.of(), null, null, null, null, null, null, null, null, null, null));
        transfers.start(project, new TransferStart("Open budget portal", "Tartu"));

        assertThat(codes(() -> practices.delete(project, practice.getId(), practices.practice(project, practice.getId()).getVersion())))
                .containsExactly(":practice.delete.transferred");
    }

    private PracticeStatus status(String title) {
        return practices.byTitles(project, List.of(title)).get(0).getStatus();
    }

    private static EventSpec workshop(String title, EventType type, String host, String visitor) {
        LocalDate day = LocalDate.of(2022, 3, 10);
        return new EventSpec(type, title, day, null, day, null, DatePrecision.DAY, null, host, List.of(visitor),
                EventMode.VIRTUAL, null, null, List.of(), null, null, null, EventStatus.PLANNED);
    }

    private static List<String> codes(Runnable call) {
        RuleViolationException e = catchThrowableOfType(RuleViolationException.class, call::run);
        assertThat(e).as("refused").isNotNull();
        return e.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
    }
}
