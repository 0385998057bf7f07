package eu.practicehub.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import tools.jackson.databind.JsonNode;
import eu.practicehub.ApiTestProjects;
import eu.practicehub.account.AccountUser;
import eu.practicehub.actionplan.Action;
import eu.practicehub.actionplan.ActionPlan;
import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.actionplan.ActionSpec;
import eu.practicehub.actionplan.ActionStatus;
import eu.practicehub.actionplan.BackgroundLink;
import eu.practicehub.actionplan.IndicatorSpec;
import eu.practicehub.actionplan.InstrumentType;
import eu.practicehub.actionplan.LinkKind;
import eu.practicehub.actionplan.PlanSpec;
import eu.practicehub.chain.LearningChain.CitingAction;
import eu.practicehub.chain.LearningChain.TransferStep;
import eu.practicehub.event.DatePrecision;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventSpec;
import eu.practicehub.event.EventStatus;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferService;
import eu.practicehub.transfer.TransferStage;
import eu.practicehub.transfer.TransferStart;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * "Segnalaci" of Genoa in a copy of BETTER, transferred to Tartu (understand) and to Birmingham
 * (adapt, with an import workshop); Birmingham's action cites that transfer and Nyíregyháza's the
 * practice itself.
 */
@PageTest
class LearningChainTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    PracticeService practices;

    @Autowired
    TransferService transfers;

    @Autowired
    ActionPlanService plans;

    @Autowired
    ChainService chains;

    static final AccountUser KALLE = new AccountUser(4712, "kalle.kask@example.org", "Kalle Kask, Tartu", "en", true);
    static final AccountUser ANN = new AccountUser(4713, "ann.smith@example.org", "Ann Smith, Birmingham", "en", true);

    String key;
    Project project;
    Practice segnalaci;
    Transfer toTartu;
    Transfer toBirmingham;
    ActionPlan birminghamPlan;
    Action citingTransfer;
    Action citingPractice;

    @BeforeEach
    void twoTransfersOfSegnalaci() {
        key = ApiTestProjects.copyOfBetter(mvc, "CHAIN");
        project = projects.project(key);
        segnalaci = practices.byTitles(project, List.of("Segnalaci")).get(0);
        toTartu = as(KALLE, () -> transfers.start(project, new TransferStart("Segnalaci", "Tartu")));
        Transfer moved = as(ANN, () -> {
            Transfer started = transfers.start(project, new TransferStart("Segnalaci", "Birmingham"));
            return transfers.move(project, started.getId(), started.getVersion(), TransferStage.ADAPT, null);
        });
        LocalDate day = LocalDate.of(2022, 3, 10);
        toBirmingham = transfers.createWorkshop(project, moved.getId(), moved.getVersion(),
                new EventSpec(null, "Segnalaci in Birmingham", day, null, day, null, DatePrecision.DAY, null,
                        "Birmingham", List.of("Genoa"), EventMode.VIRTUAL, null, null, List.of(), null, null, null,
                        EventStatus.PLANNED));
        birminghamPlan = plans.create(project, "Birmingham", plan("Birmingham digital strategy"));
        citingTransfer = plans.addAction(project, birminghamPlan.getId(), action("Street reports for Birmingham",
                BackgroundLink.of(LinkKind.TRANSFER, toBirmingham.getId()), 30));
        ActionPlan nyiregyhazaPlan = plans.create(project, "Nyíregyháza", plan("Smart city programme"));
        citingPractice = plans.addAction(project, nyiregyhazaPlan.getId(), action("Citizen reports in Nyíregyháza",
                BackgroundLink.of(LinkKind.PRACTICE, segnalaci.getId()), 0));
    }

    /** Runs {@code work} with {@code person} signed in: the moves record who made them. */
    private static <T> T as(AccountUser person, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theChainOfAPracticeWithTwoTransfersHoldsItsEventsTransfersWorkshopsAndActions() {
        LearningChain chain = chains.practiceChain(project, segnalaci.getId());

        assertThat(chain.practice().title()).isEqualTo("Segnalaci");
        assertThat(chain.practice().owner()).isEqualTo("Genoa");
        assertThat(chain.examinations()).extracting(LearningChain.Examination::title)
                .contains("Segnalaci in Birmingham");
        assertThat(chain.examinations()).extracting(LearningChain.Examination::host).contains("Genoa");
        assertThat(chain.transfers()).extracting(TransferStep::id, TransferStep::importer, TransferStep::stage)
                .containsExactly(tuple(toTartu.getId(), "Tartu", TransferStage.UNDERSTAND),
                        tuple(toBirmingham.getId(), "Birmingham", TransferStage.ADAPT));
        TransferStep tartu = chain.transfers().get(0);
        TransferStep birmingham = chain.transfers().get(1);
        assertThat(tartu.workshops()).isEmpty();
        assertThat(tartu.actions()).isEmpty();
        assertThat(birmingham.moves()).extracting(LearningChain.Move::from, LearningChain.Move::to, LearningChain.Move::by)
                .containsExactly(tuple(null, TransferStage.UNDERSTAND, "Ann Smith, Birmingham"),
                        tuple(TransferStage.UNDERSTAND, TransferStage.ADAPT, "Ann Smith, Birmingham"));
        assertThat(birmingham.workshops()).extracting(LearningChain.Workshop::title, LearningChain.Workshop::host,
                LearningChain.Workshop::startDate).containsExactly(tuple("Segnalaci in Birmingham", "Birmingham",
                        LocalDate.of(2022, 3, 10)));
        assertThat(birmingham.actions()).extracting(CitingAction::actionId, CitingAction::partner, CitingAction::title,
                CitingAction::status, CitingAction::progress)
                .containsExactly(tuple(citingTransfer.getId(), "Birmingham", "Street reports for Birmingham",
                        ActionStatus.IN_PROGRESS, 30));
        assertThat(birmingham.actions().get(0).indicators()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("Reports");
            assertThat(i.target()).isEqualByComparingTo("500");
            assertThat(i.latestValue()).isNull();
        });
        assertThat(chain.actions()).extracting(CitingAction::actionId, CitingAction::partner)
                .containsExactly(tuple(citingPractice.getId(), "Nyíregyháza"));
    }

    @Test
    void theChainOfAPracticeAnswersAsJson() {
        JsonNode chain = json("/api/v1/projects/" + key + "/practices/" + segnalaci.getId() + "/chain");

        assertThat(chain.at("/practice/title").asString()).isEqualTo("Segnalaci");
        assertThat(chain.at("/transfers").size()).isEqualTo(2);
        assertThat(chain.at("/transfers/0/importer").asString()).isEqualTo("Tartu");
        assertThat(chain.at("/transfers/0/stage").asString()).isEqualTo("UNDERSTAND");
        assertThat(chain.at("/transfers/1/importer").asString()).isEqualTo("Birmingham");
        assertThat(chain.at("/transfers/1/stage").asString()).isEqualTo("ADAPT");
        assertThat(chain.at("/transfers/1/moves/1/at").asString()).isEqualTo("2022-01-15T10:00:00Z");
        assertThat(chain.at("/transfers/1/workshops/0/title").asString()).isEqualTo("Segnalaci in Birmingham");
        assertThat(chain.at("/transfers/1/actions/0/title").asString()).isEqualTo("Street reports for Birmingham");
        assertThat(chain.at("/transfers/1/actions/0/indicators/0/target").decimalValue()).isEqualByComparingTo("500");
        assertThat(chain.at("/actions/0/partner").asString()).isEqualTo("Nyíregyháza");
    }

    @Test
    void thePartnerChainHoldsWhatItOwnsAndWhatItImports() {
        long birmingham = projects.partner(project, "Birmingham").orElseThrow().getId();
        PartnerChains chain = chains.partnerChains(project, birmingham);
        assertThat(chain.imported()).extracting(c -> c.practice().title()).containsExactly("Segnalaci");

        long genoa = projects.partner(project, "Genoa").orElseThrow().getId();
        PartnerChains owner = chains.partnerChains(project, genoa);
        assertThat(owner.owned()).extracting(c -> c.practice().title()).contains("Segnalaci");
        assertThat(owner.imported()).isEmpty();

        JsonNode json = json("/api/v1/projects/" + key + "/partners/" + birmingham + "/chain");
        assertThat(json.at("/partner").asString()).isEqualTo("Birmingham");
        assertThat(json.at("/imported/0/transfers/1/importer").asString()).isEqualTo("Birmingham");
    }

    @Test
    void theActionChainFollowsTheTransferItCitesBackToThePractice() {
        ActionChains chain = chains.actionChains(project, birminghamPlan.getId(), citingTransfer.getId());

        assertThat(chain.partner()).isEqualTo("Birmingham");
        assertThat(chain.chains()).extracting(c -> c.practice().title()).containsExactly("Segnalaci");

        JsonNode json = json("/api/v1/projects/" + key + "/action-plans/" + birminghamPlan.getId() + "/actions/"
                + citingTransfer.getId() + "/chain");
        assertThat(json.at("/title").asString()).isEqualTo("Street reports for Birmingham");
        assertThat(json.at("/chains/0/practice/title").asString()).isEqualTo("Segnalaci");
    }

    @Test
    void thePageShowsTheChainsSectionsInOrderWithLinks() {
        MvcTestResult result = mvc.get().uri("/projects/" + key + "/practices/" + segnalaci.getId() + "/chain").exchange();
        assertThat(result).hasStatusOk();
        String html = PageText.html(result);
        String text = PageText.ofMain(html);

        assertThat(text).containsSubsequence("Learning chain of “Segnalaci”", "Owned by Genoa", "Examined at",
                "Transfers", "To Tartu: stage Understand", "Understand on 15 January 2022 (Europe/Rome) by Kalle Kask, Tartu",
                "To Birmingham: stage Adapt", "Adapt on 15 January 2022 (Europe/Rome) by Ann Smith, Birmingham",
                "Import workshops", "Segnalaci in Birmingham", "10 March 2022 · host Birmingham",
                "Actions citing this transfer", "Birmingham: Street reports for Birmingham", "In progress, 30 %",
                "Actions citing the practice", "Nyíregyháza: Citizen reports in Nyíregyháza");
        assertThat(html).contains("href=\"/projects/" + key + "/transfers/" + toBirmingham.getId() + "\"")
                .contains("href=\"/projects/" + key + "/action-plans/" + birminghamPlan.getId() + "\"");
        assertThat(html).contains("<h2 id='chain-" + segnalaci.getId() + "-heading' class='chain-practice'>");
    }

    @Test
    void thePartnerAndActionPagesShowTheirChainsAndTheRecordPagesLinkThem() {
        long birmingham = projects.partner(project, "Birmingham").orElseThrow().getId();
        String partnerPage = PageText.ofMain(PageText.html(
                mvc.get().uri("/projects/" + key + "/partners/" + birmingham + "/chain").exchange()));
        assertThat(partnerPage).containsSubsequence("Learning chain of Birmingham", "Good practices it owns",
                "Good practices it imports", "Segnalaci", "To Birmingham: stage Adapt");

        String actionPage = PageText.ofMain(PageText.html(mvc.get().uri("/projects/" + key + "/action-plans/"
                + birminghamPlan.getId() + "/actions/" + citingTransfer.getId() + "/chain").exchange()));
        assertThat(actionPage).containsSubsequence("Learning chain of the action “Street reports for Birmingham”",
                "Segnalaci", "To Birmingham");

        assertThat(PageText.html(mvc.get().uri("/projects/" + key + "/practices/" + segnalaci.getId()).exchange()))
                .contains("/projects/" + key + "/practices/" + segnalaci.getId() + "/chain");
        assertThat(PageText.html(mvc.get().uri("/projects/" + key + "/partners/" + birmingham).exchange()))
                .contains("/projects/" + key + "/partners/" + birmingham + "/chain");
        assertThat(PageText.html(mvc.get().uri("/projects/" + key + "/action-plans/" + birminghamPlan.getId()).exchange()))
                .contains("/actions/" + citingTransfer.getId() + "/chain");
    }

    @Test
    void theTransferMapDrawsOneArrowPerTransferAndListsThemInATable() {
        MvcTestResult result = mvc.get().uri("/projects/" + key + "/transfers/map").exchange();
        assertThat(result).hasStatusOk();
        String html = PageText.html(result);

        int transfersOfProject = transfers.transfers(project).size();
        assertThat(transfersOfProject).isEqualTo(3);
        assertThat(html).contains("role=\"img\"", "<title id=\"map-title\">", "<desc id=\"map-desc\">");
        assertThat(html.split("class=\"edge ", -1)).hasSize(transfersOfProject + 1);
        assertThat(html).contains("data-transfer=\"" + toTartu.getId() + "\"")
                .contains("data-transfer=\"" + toBirmingham.getId() + "\"")
                .contains("class=\"edge stage-understand\"", "class=\"edge stage-adapt\"")
                .contains("<tspan class=\"edge-practice\">Segnalaci</tspan>")
                .contains("<tspan class=\"edge-practice\">E-services at Gävle municipality</tspan>");
        String table = PageText.of(html.substring(html.indexOf("<table")));
        assertThat(table).containsSubsequence("Owner Good practice Importer Stage",
                "Gävle E-services at Gävle municipality Tartu Adapt",
                "Genoa Segnalaci Tartu Understand", "Genoa Segnalaci Birmingham Adapt");

        JsonNode map = json("/api/v1/projects/" + key + "/transfer-map");
        assertThat(map.at("/nodes").size()).isEqualTo(5);
        assertThat(map.at("/edges").size()).isEqualTo(3);
        assertThat(map.at("/edges/2/owner").asString()).isEqualTo("Genoa");
        assertThat(map.at("/edges/2/importer").asString()).isEqualTo("Birmingham");
        assertThat(map.at("/edges/2/stage").asString()).isEqualTo("ADAPT");

        assertThat(PageText.html(mvc.get().uri("/projects/" + key + "/transfers").exchange())).contains("/transfers/map");
        assertThat(PageText.html(mvc.get().uri("/projects/" + key).exchange())).contains("/transfers/map");
    }

    @Test
    void unknownRecordsAreNotFound() {
        assertThat(mvc.get().uri("/projects/" + key + "/practices/999999999/chain").exchange())
                .hasStatus(HttpStatus.NOT_FOUND).hasViewName("error/404");
        assertThat(mvc.get().uri("/projects/" + key + "/partners/999999999/chain").exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/projects/" + key + "/action-plans/" + birminghamPlan.getId() + "/actions/999999999/chain")
                .exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/projects/NO-SUCH-PROJECT/transfers/map").exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/projects/" + key + "/practices/999999999/chain").exchange())
                .hasStatus(HttpStatus.NOT_FOUND).hasContentType("application/problem+json");
        assertThat(mvc.get().uri("/api/v1/projects/" + key + "/action-plans/999999999/actions/1/chain").exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/projects/NO-SUCH-PROJECT/transfer-map").exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private JsonNode json(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return ApiTestProjects.json(result);
    }

    private static PlanSpec plan(String instrument) {
        return new PlanSpec(null, "Contact", "contact@example.org", instrument, InstrumentType.INVESTMENT_FOR_GROWTH_AND_JOBS,
                "More digital services");
    }

    private static ActionSpec action(String title, BackgroundLink link, int progress) {
        return new ActionSpec(title, List.of(link), null, null, null, null, null, null, null, null,
                progress > 0 ? ActionStatus.IN_PROGRESS : ActionStatus.PLANNED, null, progress,
                List.of(new IndicatorSpec("Reports", "per month", BigDecimal.ZERO, new BigDecimal("500"))));
    }
}
