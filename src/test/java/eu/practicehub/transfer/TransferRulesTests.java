package eu.practicehub.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.practicehub.ApiTestProjects;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;

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
        assertThat(codes(() -> transfers.start(project, new TransferStart("Segnalaci", "Genoa", "Maria"))))
                .containsExactly("importer:transfer.importer.owner");
    }

    @Test
    void refusesASecondOpenTransferOfAPracticeToTheSameImporterButAllowsOneAfterTheFirstIsDropped() {
        Transfer first = transfers.start(project, new TransferStart("Segnalaci", "Tartu", "Kalle"));

        assertThat(codes(() -> transfers.start(project, new TransferStart("Segnalaci", "Tartu", "Kalle"))))
                .containsExactly("importer:transfer.duplicate");
        transfers.start(project, new TransferStart("Segnalaci", "Gävle", "Anna"));
        transfers.move(project, first.getId(), first.getVersion(), TransferStage.DROPPED, "Kalle", "No budget");
        assertThat(transfers.start(project, new TransferStart("Segnalaci", "Tartu", "Kalle")).getStage())
                .isEqualTo(TransferStage.UNDERSTAND);
    }

    @Test
    void refusesUnknownPracticesAndPartnersAndAStartWithoutWho() {
        assertThat(codes(() -> transfers.start(project, new TransferStart("Atlantis app", "Atlantis", " "))))
                .containsExactly("practice:transfer.practice.unknown", "importer:transfer.importer.unknown",
                        "by:transfer.move.by.required");
    }

    @Test
    void refusesAMoveBasedOnAnOutdatedVersion() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu", "Kalle"));
        transfers.move(project, transfer.getId(), transfer.getVersion(), TransferStage.ADAPT, "Kalle", null);

        assertThat(catchThrowableOfType(StaleVersionException.class, () -> transfers.move(project, transfer.getId(),
                transfer.getVersion(), TransferStage.REUSE, "Kalle", null))).isNotNull();
        assertThat(transfers.transfer(project, transfer.getId()).getStage()).isEqualTo(TransferStage.ADAPT);
    }

    @Test
    void thePracticeIsInTransferWhileATransferIsOpenAndAdoptedOnceOneIsReUsed() {
        Transfer toTartu = transfers.start(project, new TransferStart("Segnalaci", "Tartu", "Kalle"));
        assertThat(status("Segnalaci")).isEqualTo(PracticeStatus.IN_TRANSFER);

        Transfer toGavle = transfers.start(project, new TransferStart("Segnalaci", "Gävle", "Anna"));
        toTartu = transfers.move(project, toTartu.getId(), toTartu.getVersion(), TransferStage.ADAPT, "Kalle", null);
        transfers.move(project, toTartu.getId(), toTartu.getVersion(), TransferStage.REUSE, "Kalle", null);
        assertThat(status("Segnalaci")).isEqualTo(PracticeStatus.ADOPTED);

        transfers.move(project, toGavle.getId(), toGavle.getVersion(), TransferStage.DROPPED, "Anna", "Not needed");
        assertThat(status("Segnalaci")).isEqualTo(PracticeStatus.ADOPTED);
    }

    @Test
    void thePracticeIsExaminedAgainWhenItsLastOpenTransferIsDroppedAndNoneWasAdopted() {
        Transfer toTartu = transfers.start(project, new TransferStart("Digital Citizen Folder", "Tartu", "Kalle"));
        Transfer toGavle = transfers.start(project, new TransferStart("Digital Citizen Folder", "Gävle", "Anna"));

        transfers.move(project, toTartu.getId(), toTartu.getVersion(), TransferStage.DROPPED, "Kalle", "No budget");
        assertThat(status("Digital Citizen Folder")).isEqualTo(PracticeStatus.IN_TRANSFER);
        transfers.move(project, toGavle.getId(), toGavle.getVersion(), TransferStage.DROPPED, "Anna", "No staff");
        assertThat(status("Digital Citizen Folder")).isEqualTo(PracticeStatus.EXAMINED);
    }

    @Test
    void linksAnImportWorkshopWhereTheOwnerAndTheImporterTakePart() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu", "Kalle"));
        Event workshop = events.create(project, workshop("Import workshop Segnalaci", EventType.IMPORT_WORKSHOP, "Tartu", "Genoa"));

        Transfer linked = transfers.linkWorkshop(project, transfer.getId(), transfer.getVersion(), workshop.getId());

        assertThat(linked.getWorkshops()).extracting(Event::getTitle).containsExactly("Import workshop Segnalaci");
        assertThat(codes(() -> transfers.linkWorkshop(project, transfer.getId(), linked.getVersion(), workshop.getId())))
                .containsExactly("event:transfer.workshop.linked");
    }

    @Test
    void refusesToLinkAnEventThatIsNoImportWorkshopOrMissesAPartnerOrIsUnknown() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu", "Kalle"));
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
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu", "Kalle"));

        Transfer linked = transfers.createWorkshop(project, transfer.getId(), transfer.getVersion(),
                workshop("Segnalaci in Tartu", null, "Tartu", "Genoa"));

        assertThat(linked.getWorkshops()).singleElement().satisfies(e -> {
            assertThat(e.getType()).isEqualTo(EventType.IMPORT_WORKSHOP);
            assertThat(e.getHost().getShortName()).isEqualTo("Tartu");
        });
    }

    @Test
    void refusesAssessmentFitsOutsideOneToFive() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu", "Kalle"));

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
        transfers.start(project, new TransferStart("Open budget portal", "Tartu", "Kalle"));

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
