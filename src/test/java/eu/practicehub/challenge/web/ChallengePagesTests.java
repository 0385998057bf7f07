package eu.practicehub.challenge.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.challenge.Challenge;
import eu.practicehub.challenge.ChallengeService;
import eu.practicehub.challenge.ChallengeSpec;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferFilter;
import eu.practicehub.transfer.TransferService;
import eu.practicehub.web.ConfirmationPage;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PageTest
class ChallengePagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    PracticeService practices;

    @Autowired
    ChallengeService challenges;

    @Autowired
    TransferService transfers;

    String key;
    Project project;
    Challenge challenge;

    @BeforeEach
    void copyBetter() {
        key = ApiTestProjects.copyOfBetter(mvc, "CHALLENGE-PAGES");
        project = projects.project(key);
        challenge = challenges.create(project, new ChallengeSpec("Tartu", "Digital services for citizens",
                "Citizens should reach the city's e-services online.", List.of("Digital services to citizens")));
    }

    @Test
    void theListShowsEveryPartnersChallengesAndOnePartners() {
        challenges.create(project, new ChallengeSpec("Gävle", "Flood warnings", null, List.of()));
        long tartu = projects.partner(project, "Tartu").orElseThrow().getId();

        String all = PageText.of(PageText.html(mvc.get().uri("/projects/" + key + "/challenges").exchange()));
        assertThat(all).contains("Challenges", "Digital services for citizens", "Tartu", "Flood warnings", "Gävle",
                "Record a challenge");
        String tartus = PageText.ofMain(PageText.html(mvc.get().uri("/projects/" + key + "/challenges?partner=" + tartu).exchange()));
        assertThat(tartus).contains("Challenges of Tartu", "Digital services for citizens").doesNotContain("Flood warnings");
    }

    @Test
    void theChallengePageShowsTheRankedSuggestionsWithTheirReasons() {
        String page = PageText.ofMain(PageText.html(mvc.get().uri("/projects/" + key + "/challenges/" + challenge.getId()).exchange()));

        assertThat(page).contains("Digital services for citizens", "Partner Tartu", "Suggested good practices",
                "1. Digital Citizen Folder", "Owner: Genoa", "Shared themes: Digital services to citizens",
                "Matching terms:", "Start a transfer", "The transfer will be recorded as started by you, Test administrator, today.")
                .doesNotContain("Started by (required)");
    }

    @Test
    void startingATransferFromASuggestionOpensTheNewTransfer() {
        long folder = practices.byTitles(project, List.of("Digital Citizen Folder")).get(0).getId();

        MvcTestResult result = mvc.post()
                .uri("/projects/" + key + "/challenges/" + challenge.getId() + "/suggestions/" + folder + "/transfer")
                .exchange();

        Transfer created = transfers.transfers(project, TransferFilter.ALL, Pageable.unpaged()).stream()
                .filter(t -> t.getPractice().getTitle().equals("Digital Citizen Folder")).findFirst().orElseThrow();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/projects/" + key + "/transfers/" + created.getId());
        assertThat(result).flash().containsEntry("flash", "The transfer of “Digital Citizen Folder” to Tartu has started.");
        String page = PageText.ofMain(PageText.html(mvc.get().uri("/projects/" + key + "/challenges/" + challenge.getId()).exchange()));
        assertThat(page).contains("Tartu already has this practice in a transfer (Understand).", "Open the transfer");
        assertThat(created.getMoves()).singleElement().satisfies(m -> assertThat(m.getMovedBy()).isEqualTo("Test administrator"));
    }

    @Test
    void aRefusedStartSaysWhyAndNothingIsStarted() {
        long folder = practices.byTitles(project, List.of("Digital Citizen Folder")).get(0).getId();
        String uri = "/projects/" + key + "/challenges/" + challenge.getId() + "/suggestions/" + folder + "/transfer";

        mvc.post().uri(uri).exchange();
        MvcTestResult twice = mvc.post().uri(uri).exchange();
        assertThat(twice).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("challenge/challenge");
        assertThat(PageText.html(twice)).contains("role=\"alert\"");
        assertThat(PageText.of(PageText.html(twice)))
                .contains("“Digital Citizen Folder” is already being transferred to Tartu; move that transfer on or drop it first");
    }

    @Test
    void theFormRecordsAChallengeAndShowsEveryErrorNextToItsField() {
        assertThat(mvc.get().uri("/projects/" + key + "/challenges/new").exchange()).hasStatusOk();
        MvcTestResult invalid = mvc.post().uri("/projects/" + key + "/challenges/new")
                .formField("partner", "").formField("title", "").exchange();
        assertThat(invalid).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.html(invalid)).contains("id=\"error-summary\"", "id=\"partner-error\"", "id=\"title-error\"");

        MvcTestResult created = mvc.post().uri("/projects/" + key + "/challenges/new").formField("partner", "Gävle")
                .formField("title", "Flood warnings").formField("themes", "Security and resilience").exchange();

        assertThat(created).hasStatus3xxRedirection();
        assertThat(created).flash().containsEntry("flash", "The challenge “Flood warnings” has been recorded.");
        String page = PageText.ofMain(PageText.html(mvc.get().uri(created.getResponse().getRedirectedUrl()).exchange()));
        assertThat(page).contains("Flood warnings", "Gävle", "Security and resilience",
                "Technological update of the local Police operation Center");
    }

    @Test
    void anEditBasedOnAnOlderVersionIsRefusedAndKeepsTheInput() {
        String uri = "/projects/" + key + "/challenges/" + challenge.getId() + "/edit";
        assertThat(mvc.post().uri(uri).formField("partner", "Tartu").formField("title", "First edit")
                .formField("version", String.valueOf(challenge.getVersion())).exchange()).hasStatus3xxRedirection();

        MvcTestResult stale = mvc.post().uri(uri).formField("partner", "Tartu").formField("title", "Second edit")
                .formField("version", String.valueOf(challenge.getVersion())).exchange();

        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        assertThat(PageText.html(stale)).contains("Someone else saved “First edit”", "value=\"Second edit\"");
    }

    @Test
    void theNavigationAndThePartnerPageLeadToTheChallenges() {
        long tartu = projects.partner(project, "Tartu").orElseThrow().getId();
        String html = PageText.html(mvc.get().uri("/projects/" + key + "/partners/" + tartu).exchange());

        assertThat(html).contains("href=\"/projects/" + key + "/challenges\"")
                .contains("href=\"/projects/" + key + "/challenges?partner=" + tartu + "\"");
        assertThat(PageText.of(html)).contains("Challenges of Tartu", "Record a challenge of Tartu");
    }

    @Test
    void deletingWithAnOlderVersionIsRefusedAndWithTheCurrentOneRemovesTheChallenge() {
        String uri = "/projects/" + key + "/challenges/" + challenge.getId() + "/delete";

        MvcTestResult stale = mvc.post().uri(uri).formField("version", String.valueOf(challenge.getVersion() + 1)).exchange();
        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        assertThat(PageText.of(PageText.html(stale))).contains("Someone else changed this challenge meanwhile");

        MvcTestResult deleted = mvc.post().uri(uri).formField("version", String.valueOf(challenge.getVersion())).exchange();
        assertThat(deleted).hasStatus3xxRedirection().hasRedirectedUrl("/projects/" + key + "/challenges");
        assertThat(deleted).flash().containsEntry("flash", "The challenge “Digital services for citizens” has been deleted.");
        assertThat(mvc.get().uri("/projects/" + key + "/challenges/" + challenge.getId()).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void deletingIsAskedFirstOnAPageThatNamesTheChallengeAndItsPartner() {
        String base = "/projects/" + key + "/challenges/" + challenge.getId();
        String page = PageText.html(mvc.get().uri(base).exchange());
        assertThat(page).doesNotContain("action=\"" + base + "/delete\"");

        ConfirmationPage confirmation = ConfirmationPage.of(mvc.get().uri(ConfirmationPage.link(page, "delete")).exchange());

        assertThat(confirmation.heading()).isEqualTo("Delete the challenge “Digital services for citizens”?");
        assertThat(confirmation.text()).contains("Partner Tartu",
                "The challenge “Digital services for citizens” of Tartu will be deleted", "This cannot be undone");
        assertThat(confirmation.button()).isEqualTo("Delete “Digital services for citizens”");
        assertThat(confirmation.cancel()).isEqualTo(base);
        assertThat(mvc.get().uri(base).exchange()).hasStatusOk();

        assertThat(confirmation.confirm(mvc)).hasStatus3xxRedirection().hasRedirectedUrl("/projects/" + key + "/challenges");
        assertThat(mvc.get().uri(base).exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }
}
