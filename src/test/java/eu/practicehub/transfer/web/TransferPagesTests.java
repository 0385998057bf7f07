package eu.practicehub.transfer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.PartnershipDocuments;
import eu.practicehub.account.AccountUser;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeStatus;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferService;
import eu.practicehub.transfer.TransferStage;
import eu.practicehub.transfer.TransferStart;
import eu.practicehub.web.ConfirmationPage;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PageTest
class TransferPagesTests {

    /** An administrator signed in, as the security context holds them; no stored account is needed. */
    static final AccountUser KALLE = new AccountUser(4711, "kalle.kask@example.org", "Kalle Kask", "en", true);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    PracticeService practices;

    @Autowired
    TransferService transfers;

    String key;
    Project project;

    @BeforeEach
    void copyBetter() {
        key = ApiTestProjects.copyOfBetter(mvc, "TRANSFER-PAGES");
        project = projects.project(key);
    }

    @Test
    void startingATransferShowsItsPageAndThePracticePageListsIt() {
        MvcTestResult result = mvc.post().uri("/projects/" + key + "/transfers/new").with(user(KALLE))
                .formField("practice", "Segnalaci").formField("importer", "Tartu")
                .exchange();

        Transfer created = transfers.transfers(project, new eu.practicehub.transfer.TransferFilter(null, null),
                org.springframework.data.domain.Pageable.unpaged()).getContent().stream()
                .filter(t -> t.getPractice().getTitle().equals("Segnalaci")).findFirst().orElseThrow();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/projects/" + key + "/transfers/" + created.getId());
        assertThat(result).flash().containsEntry("flash", "The transfer of “Segnalaci” to Tartu has started.");

        String page = PageText.of(PageText.html(mvc.get().uri("/projects/" + key + "/transfers/" + created.getId()).exchange()));
        assertThat(page).contains("Segnalaci to Tartu", "Started at Understand", "Kalle Kask",
                "15 January 2022, 11:00 (Europe/Rome)", "Move the transfer on or drop it");
        assertThat(created.getMoves()).singleElement().satisfies(m -> {
            assertThat(m.getMovedBy()).isEqualTo("Kalle Kask");
            assertThat(m.getMovedByAccountId()).isEqualTo(4711L);
        });

        String practicePage = PageText.of(PageText.html(mvc.get().uri("/projects/" + key + "/practices/"
                + created.getPractice().getId()).exchange()));
        assertThat(practicePage).contains("Transfers of “Segnalaci”", "Tartu", "In transfer");
    }

    @Test
    void startingATransferOfItsOwnPracticeShowsTheFieldErrorAndKeepsTheInput() {
        MvcTestResult result = mvc.post().uri("/projects/" + key + "/transfers/new")
                .formField("practice", "Segnalaci").formField("importer", "Genoa")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("transfer/form");
        String html = PageText.html(result);
        assertThat(html).contains("id=\"error-summary\"")
                .contains("<div class=\"invalid-feedback\" id=\"importer-error\">Genoa owns “Segnalaci” and cannot import its own good practice</div>")
                .contains("<option value=\"Segnalaci\" selected=\"selected\">Segnalaci</option>");
    }

    @Test
    void theFormsOfferNoFieldForWhoAndSayTheSignedInPersonIsRecorded() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));

        String form = PageText.html(mvc.get().uri("/projects/" + key + "/transfers/new").with(user(KALLE)).exchange());
        String page = PageText.html(mvc.get().uri("/projects/" + key + "/transfers/" + transfer.getId()).with(user(KALLE)).exchange());

        assertThat(form).doesNotContain("name=\"by\"").doesNotContain("Started by")
                .contains("The transfer will be recorded as started by you, Kalle Kask, today.");
        assertThat(page).doesNotContain("name=\"by\"")
                .contains("The move will be recorded as made by you, Kalle Kask.");
    }

    @Test
    void aMoveIsRecordedAsMadeByTheSignedInPersonWhateverNameTheFormSends() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/transfers/" + transfer.getId() + "/moves").with(user(KALLE))
                .formField("to", "ADAPT").formField("by", "Somebody Else, Genoa")
                .formField("version", String.valueOf(transfer.getVersion())).exchange();

        assertThat(result).hasStatus3xxRedirection();
        assertThat(transfers.transfer(project, transfer.getId()).getMoves()).last().satisfies(m -> {
            assertThat(m.getMovedBy()).isEqualTo("Kalle Kask");
            assertThat(m.getMovedByAccountId()).isEqualTo(4711L);
        });
        String page = PageText.of(PageText.html(mvc.get().uri("/projects/" + key + "/transfers/" + transfer.getId()).exchange()));
        assertThat(page).contains("Understand → Adapt", "Kalle Kask").doesNotContain("Somebody Else");
    }

    @Test
    void theMovesOfADocumentKeepTheNamesItGaveAndAMoveWithoutAnyoneSignedInIsPracticeHubs() {
        // The demo's example transfer was imported with moves "by" "Example data".
        Transfer example = transfers.transfers(project).stream()
                .filter(t -> t.getImporter().getShortName().equals("Tartu")).findFirst().orElseThrow();
        Transfer started = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));

        assertThat(example.getMoves()).allSatisfy(m -> {
            assertThat(m.getMovedBy()).isEqualTo("Example data");
            assertThat(m.getMovedByAccountId()).isNull();
        });
        assertThat(PageText.of(PageText.html(mvc.get().uri("/projects/" + key + "/transfers/" + example.getId()).exchange())))
                .contains("Example data");
        assertThat(PageText.of(PageText.html(mvc.get().uri("/projects/" + key + "/transfers/" + started.getId()).exchange())))
                .contains("PracticeHub itself (no one signed in)");
    }

    @Test
    void aTransferCannotStartAfterItsProjectHasEndedAndTheFormSaysSo() {
        // Ended on 31 March 2021, before today (15 January 2022).
        String ended = PartnershipDocuments.importAdvisory(mvc);

        String form = PageText.of(PageText.html(mvc.get().uri("/projects/" + ended + "/transfers/new").exchange()));
        MvcTestResult result = mvc.post().uri("/projects/" + ended + "/transfers/new")
                .formField("practice", "Open budget").formField("importer", "Västra").exchange();

        assertThat(form).contains("Advisory test project ended on 31 March 2021: no transfer can start after the end of its project.");
        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("transfer/form");
        assertThat(PageText.html(result)).contains("id=\"error-summary\"")
                .contains("Advisory test project ended on 2021-03-31; a transfer cannot start after the end of its project")
                .contains("<option value=\"Open budget\" selected=\"selected\">Open budget</option>");
        assertThat(transfers.transfers(projects.project(ended))).isEmpty();
    }

    @Test
    void theListShowsTransfersFilteredByStageAndPartner() {
        Transfer toTartu = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));
        transfers.start(project, new TransferStart("Lego education innovation studio", "Gävle"));
        transfers.move(project, toTartu.getId(), toTartu.getVersion(), TransferStage.ADAPT, null);
        long tartu = projects.partner(project, "Tartu").orElseThrow().getId();

        String all = PageText.of(PageText.html(mvc.get().uri("/projects/" + key + "/transfers").exchange()));
        // The demo's example transfer (Gävle → Tartu, at Adapt) is the third.
        assertThat(all).contains("3 transfers found", "Genoa → Tartu", "Nyíregyháza → Gävle", "Adapt", "15 January 2022");

        String filtered = PageText.of(PageText.html(mvc.get().uri("/projects/" + key + "/transfers?stage=ADAPT&partner=" + tartu).exchange()));
        assertThat(filtered).contains("2 transfers found", "Genoa → Tartu", "Gävle → Tartu").doesNotContain("Nyíregyháza → Gävle");
    }

    @Test
    void theMoveFormMovesTheTransferOnAndThePracticeFollows() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/transfers/" + transfer.getId() + "/moves")
                .formField("to", "DROPPED").formField("reason", "No budget this year")
                .formField("version", String.valueOf(transfer.getVersion())).exchange();

        assertThat(result).hasStatus3xxRedirection();
        assertThat(transfers.transfer(project, transfer.getId()).getStage()).isEqualTo(TransferStage.DROPPED);
        assertThat(practices.byTitles(project, List.of("Segnalaci")).get(0).getStatus()).isEqualTo(PracticeStatus.EXAMINED);
        String page = PageText.of(PageText.html(mvc.get().uri("/projects/" + key + "/transfers/" + transfer.getId()).exchange()));
        assertThat(page).contains("No budget this year", "Understand → Dropped", "This transfer is closed");
    }

    @Test
    void aMoveOnAnOutdatedVersionIsRefusedWith409AndKeepsTheInput() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));
        transfers.assess(project, transfer.getId(), transfer.getVersion(),
                new eu.practicehub.transfer.Assessment(3, null, null, null, null, null, null, null, null, null, null));

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/transfers/" + transfer.getId() + "/moves")
                .formField("to", "ADAPT").formField("reason", "Kalle typed this")
                .formField("version", String.valueOf(transfer.getVersion())).exchange();

        assertThat(result).hasStatus(HttpStatus.CONFLICT).hasViewName("transfer/transfer");
        String html = PageText.html(result);
        assertThat(html).contains("Someone else changed this transfer after you opened the page")
                .contains(">Kalle typed this</textarea>");
        assertThat(transfers.transfer(project, transfer.getId()).getStage()).isEqualTo(TransferStage.UNDERSTAND);
    }

    @Test
    void theMoveFormAsksFirstOnAPageThatSaysAMoveCannotBeUndoneAndTheConfirmationMoves() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));
        String base = "/projects/" + key + "/transfers/" + transfer.getId();
        assertThat(PageText.html(mvc.get().uri(base).exchange())).contains("id=\"move-form\" method=\"get\"")
                .doesNotContainPattern("method=\"post\"[^>]*action=\"" + base + "/moves\"");

        ConfirmationPage confirmation = ConfirmationPage.of(mvc.get().uri(base + "/moves").param("to", "ADAPT")
                .param("version", String.valueOf(transfer.getVersion())).exchange());

        assertThat(confirmation.heading()).isEqualTo("Move the transfer of “Segnalaci” to Tartu on to “Adapt”?");
        assertThat(confirmation.text()).contains("Owner → importer Genoa → Tartu", "Moved by Test administrator",
                "The transfer moves from “Understand” to “Adapt”",
                "This cannot be undone: a transfer only moves forward");
        assertThat(confirmation.button()).isEqualTo("Move the transfer to “Adapt”");
        assertThat(confirmation.cancel()).isEqualTo(base);
        assertThat(transfers.transfer(project, transfer.getId()).getStage()).isEqualTo(TransferStage.UNDERSTAND);

        assertThat(confirmation.confirm(mvc)).hasStatus3xxRedirection().hasRedirectedUrl(base);
        Transfer moved = transfers.transfer(project, transfer.getId());
        assertThat(moved.getStage()).isEqualTo(TransferStage.ADAPT);
        assertThat(moved.getMoves()).last().satisfies(m -> assertThat(m.getMovedBy()).isEqualTo("Test administrator"));
    }

    @Test
    void aMoveThatBreaksARuleIsShownOnTheTransferPageWithTheInputBeforeAnythingIsAsked() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));

        MvcTestResult result = mvc.get().uri("/projects/" + key + "/transfers/" + transfer.getId() + "/moves")
                .param("to", "DROPPED").param("reason", " ")
                .param("version", String.valueOf(transfer.getVersion())).exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("transfer/transfer");
        assertThat(PageText.html(result)).contains("id=\"reason-error\">say why the transfer is dropped</div>",
                "<option value=\"DROPPED\" selected=\"selected\"");
        assertThat(transfers.transfer(project, transfer.getId()).getStage()).isEqualTo(TransferStage.UNDERSTAND);
    }

    @Test
    void droppingIsAskedWithTheReasonAndAConfirmationOfAnOlderVersionIsRefused() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));

        ConfirmationPage confirmation = ConfirmationPage.of(mvc.get().uri("/projects/" + key + "/transfers/"
                + transfer.getId() + "/moves").param("to", "DROPPED").param("reason", "No budget this year")
                .param("version", String.valueOf(transfer.getVersion())).exchange());

        assertThat(confirmation.heading()).isEqualTo("Drop the transfer of “Segnalaci” to Tartu?");
        assertThat(confirmation.text()).contains("Reason for dropping No budget this year",
                "is closed at the stage “Understand” with the reason given and cannot move any more",
                "This cannot be undone: a dropped transfer is not reopened. Tartu can start a new transfer");
        assertThat(confirmation.button()).isEqualTo("Drop the transfer of “Segnalaci” to Tartu");
        assertThat(confirmation.fields()).containsEntry("reason", "No budget this year")
                .containsEntry("version", String.valueOf(transfer.getVersion()));

        transfers.assess(project, transfer.getId(), transfer.getVersion(),
                new eu.practicehub.transfer.Assessment(3, null, null, null, null, null, null, null, null, null, null));
        MvcTestResult stale = confirmation.confirmStale(mvc);
        assertThat(PageText.html(stale)).contains("Someone else changed this transfer after you opened the page");
        assertThat(transfers.transfer(project, transfer.getId()).getStage()).isEqualTo(TransferStage.UNDERSTAND);
    }

    @Test
    void anAssessmentWithAFitOutOfRangeShowsTheFieldError() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/transfers/" + transfer.getId() + "/assessment")
                .formField("legalFit", "8").formField("verdict", "Kept verdict")
                .formField("version", String.valueOf(transfer.getVersion())).exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.html(result))
                .contains("<div class=\"invalid-feedback\" id=\"legalFit-error\">must be a whole number from 1 (poor fit) to 5 (very good fit)</div>")
                .contains(">Kept verdict</textarea>");
    }

    @Test
    void aFitThatIsNoNumberAndAFitOutOfRangeAreShownOnTheFirstSave() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/transfers/" + transfer.getId() + "/assessment")
                .formField("legalFit", "good").formField("technicalFit", "8").formField("verdict", "Kept verdict")
                .formField("version", String.valueOf(transfer.getVersion())).exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.html(result))
                .contains("id=\"legalFit-error\">")
                .contains("<div class=\"invalid-feedback\" id=\"technicalFit-error\">must be a whole number from 1 (poor fit) to 5 (very good fit)</div>")
                .contains(">Kept verdict</textarea>");
    }

    @Test
    void aNewWorkshopWithADateThatIsNoDateAndABrokenEventRuleShowsBothOnTheFirstSave() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/transfers/" + transfer.getId() + "/workshops/new")
                .formField("title", "Segnalaci import workshop").formField("startDate", "2022-02-30")
                .formField("endDate", "2022-03-10").formField("host", "Tartu").formField("participants", "Tartu", "Genoa")
                .formField("mode", "VIRTUAL").formField("version", String.valueOf(transfer.getVersion())).exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.html(result))
                .contains("id=\"startDate-error\">must be a date such as 2021-07-17</div>")
                .contains("Tartu hosts the event and cannot also be one of its visitors");
        assertThat(transfers.transfer(project, transfer.getId()).getWorkshops()).isEmpty();
    }

    @Test
    void planningAnImportWorkshopFromTheTransferPageLinksIt() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu"));

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/transfers/" + transfer.getId() + "/workshops/new")
                .formField("title", "Segnalaci import workshop").formField("startDate", "2022-03-10")
                .formField("endDate", "2022-03-10").formField("host", "Tartu").formField("participants", "Genoa")
                .formField("mode", "VIRTUAL").formField("version", String.valueOf(transfer.getVersion())).exchange();

        assertThat(result).hasStatus3xxRedirection();
        assertThat(transfers.transfer(project, transfer.getId()).getWorkshops()).singleElement()
                .satisfies(e -> assertThat(e.getTitle()).isEqualTo("Segnalaci import workshop"));
    }
}
