package eu.practicehub.transfer.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeStatus;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferService;
import eu.practicehub.transfer.TransferStage;
import eu.practicehub.transfer.TransferStart;
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
        MvcTestResult result = mvc.post().uri("/projects/" + key + "/transfers/new")
                .formField("practice", "Segnalaci").formField("importer", "Tartu").formField("by", "Kalle Kask, Tartu")
                .exchange();

        Transfer created = transfers.transfers(project, new eu.practicehub.transfer.TransferFilter(null, null),
                org.springframework.data.domain.Pageable.unpaged()).getContent().stream()
                .filter(t -> t.getPractice().getTitle().equals("Segnalaci")).findFirst().orElseThrow();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/projects/" + key + "/transfers/" + created.getId());
        assertThat(result).flash().containsEntry("flash", "The transfer of “Segnalaci” to Tartu has started.");

        String page = PageText.of(PageText.html(mvc.get().uri("/projects/" + key + "/transfers/" + created.getId()).exchange()));
        assertThat(page).contains("Segnalaci to Tartu", "Started at Understand", "Kalle Kask, Tartu",
                "15 January 2022, 11:00 (Europe/Rome)", "Move the transfer on or drop it");

        String practicePage = PageText.of(PageText.html(mvc.get().uri("/projects/" + key + "/practices/"
                + created.getPractice().getId()).exchange()));
        assertThat(practicePage).contains("Transfers of “Segnalaci”", "Tartu", "In transfer");
    }

    @Test
    void startingATransferOfItsOwnPracticeShowsTheFieldErrorAndKeepsTheInput() {
        MvcTestResult result = mvc.post().uri("/projects/" + key + "/transfers/new")
                .formField("practice", "Segnalaci").formField("importer", "Genoa").formField("by", "")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("transfer/form");
        String html = PageText.html(result);
        assertThat(html).contains("id=\"error-summary\"")
                .contains("<div class=\"invalid-feedback\" id=\"importer-error\">Genoa owns “Segnalaci” and cannot import its own good practice</div>")
                .contains("<div class=\"invalid-feedback\" id=\"by-error\">say who makes this move: a name and an organisation</div>")
                .contains("<option value=\"Segnalaci\" selected=\"selected\">Segnalaci</option>");
    }

    @Test
    void theListShowsTransfersFilteredByStageAndPartner() {
        Transfer toTartu = transfers.start(project, new TransferStart("Segnalaci", "Tartu", "Kalle"));
        transfers.start(project, new TransferStart("Lego education innovation studio", "Gävle", "Anna"));
        transfers.move(project, toTartu.getId(), toTartu.getVersion(), TransferStage.ADAPT, "Kalle", null);
        long tartu = projects.partner(project, "Tartu").orElseThrow().getId();

        String all = PageText.of(PageText.html(mvc.get().uri("/projects/" + key + "/transfers").exchange()));
        // The demo's example transfer (Gävle → Tartu, at Adapt) is the third.
        assertThat(all).contains("3 transfers found", "Genoa → Tartu", "Nyíregyháza → Gävle", "Adapt", "15 January 2022");

        String filtered = PageText.of(PageText.html(mvc.get().uri("/projects/" + key + "/transfers?stage=ADAPT&partner=" + tartu).exchange()));
        assertThat(filtered).contains("2 transfers found", "Genoa → Tartu", "Gävle → Tartu").doesNotContain("Nyíregyháza → Gävle");
    }

    @Test
    void theMoveFormMovesTheTransferOnAndThePracticeFollows() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu", "Kalle"));

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/transfers/" + transfer.getId() + "/moves")
                .formField("to", "DROPPED").formField("by", "Kalle").formField("reason", "No budget this year")
                .formField("version", String.valueOf(transfer.getVersion())).exchange();

        assertThat(result).hasStatus3xxRedirection();
        assertThat(transfers.transfer(project, transfer.getId()).getStage()).isEqualTo(TransferStage.DROPPED);
        assertThat(practices.byTitles(project, List.of("Segnalaci")).get(0).getStatus()).isEqualTo(PracticeStatus.EXAMINED);
        String page = PageText.of(PageText.html(mvc.get().uri("/projects/" + key + "/transfers/" + transfer.getId()).exchange()));
        assertThat(page).contains("No budget this year", "Understand → Dropped", "This transfer is closed");
    }

    @Test
    void aMoveOnAnOutdatedVersionIsRefusedWith409AndKeepsTheInput() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu", "Kalle"));
        transfers.assess(project, transfer.getId(), transfer.getVersion(),
                new eu.practicehub.transfer.Assessment(3, null, null, null, null, null, null, null, null, null, null));

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/transfers/" + transfer.getId() + "/moves")
                .formField("to", "ADAPT").formField("by", "Kalle typed this")
                .formField("version", String.valueOf(transfer.getVersion())).exchange();

        assertThat(result).hasStatus(HttpStatus.CONFLICT).hasViewName("transfer/transfer");
        String html = PageText.html(result);
        assertThat(html).contains("Someone else changed this transfer after you opened the page")
                .contains("value=\"Kalle typed this\"");
        assertThat(transfers.transfer(project, transfer.getId()).getStage()).isEqualTo(TransferStage.UNDERSTAND);
    }

    @Test
    void anAssessmentWithAFitOutOfRangeShowsTheFieldError() {
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu", "Kalle"));

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
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu", "Kalle"));

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
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu", "Kalle"));

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
        Transfer transfer = transfers.start(project, new TransferStart("Segnalaci", "Tartu", "Kalle"));

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/transfers/" + transfer.getId() + "/workshops/new")
                .formField("title", "Segnalaci import workshop").formField("startDate", "2022-03-10")
                .formField("endDate", "2022-03-10").formField("host", "Tartu").formField("participants", "Genoa")
                .formField("mode", "VIRTUAL").formField("version", String.valueOf(transfer.getVersion())).exchange();

        assertThat(result).hasStatus3xxRedirection();
        assertThat(transfers.transfer(project, transfer.getId()).getWorkshops()).singleElement()
                .satisfies(e -> assertThat(e.getTitle()).isEqualTo("Segnalaci import workshop"));
    }
}
