package eu.practicehub.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.common.Violation;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferService;
import eu.practicehub.transfer.TransferStage;
import eu.practicehub.web.PageTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Challenges, their suggestions over the database, and the one-step transfer, on a copy of BETTER of its own. */
@PageTest
class ChallengeServiceTests {

    static final ChallengeSpec TARTU_SERVICES = new ChallengeSpec("Tartu", "Digital services for citizens",
            "Citizens of Tartu should reach the city's e-services online, as in Gavle.",
            List.of("Digital services to citizens"));

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

    Project project;

    @BeforeEach
    void copyBetter() {
        project = projects.project(ApiTestProjects.copyOfBetter(mvc, "CHALLENGE-RULES"));
    }

    @Test
    void suggestsOtherPartnersPracticesRankedByThemesAndTerms() {
        Challenge challenge = challenges.create(project, TARTU_SERVICES);

        List<Suggestion> suggestions = challenges.suggestions(project, challenge.getId());

        assertThat(suggestions).extracting(Suggestion::title).startsWith("Digital Citizen Folder")
                .contains("Segnalaci", "E-services at Gävle municipality");
        Suggestion eServices = suggestions.stream().filter(s -> s.title().startsWith("E-services")).findFirst().orElseThrow();
        assertThat(eServices.sharedThemes()).isEmpty();
        assertThat(eServices.matchedTerms()).contains("citizens", "services", "gavle");
        assertThat(suggestions.get(0).sharedThemes()).containsExactly("Digital services to citizens");
        // The demo's example transfer already brings E-services to Tartu; every other suggestion can start one.
        assertThat(eServices.canStartTransfer()).isFalse();
        assertThat(suggestions).filteredOn(s -> s != eServices).allSatisfy(s -> assertThat(s.canStartTransfer()).isTrue());
    }

    @Test
    void leavesOutThePartnersOwnPractices() {
        Challenge challenge = challenges.create(project, new ChallengeSpec("Genoa", TARTU_SERVICES.title(),
                TARTU_SERVICES.description(), TARTU_SERVICES.themes()));

        assertThat(challenges.suggestions(project, challenge.getId())).isNotEmpty()
                .extracting(Suggestion::owner).doesNotContain("Genoa");
    }

    @Test
    void startsATransferInOneStepAndThenMarksThePracticeInsteadOfSuggestingItAgain() {
        Challenge challenge = challenges.create(project, TARTU_SERVICES);
        long segnalaci = practices.byTitles(project, List.of("Segnalaci")).get(0).getId();

        Transfer started = challenges.startTransfer(project, challenge.getId(), segnalaci);

        assertThat(started.getStage()).isEqualTo(TransferStage.UNDERSTAND);
        assertThat(transfers.transfer(project, started.getId()).getImporter().getShortName()).isEqualTo("Tartu");
        Suggestion marked = challenges.suggestions(project, challenge.getId()).stream()
                .filter(s -> s.practiceId() == segnalaci).findFirst().orElseThrow();
        assertThat(marked.canStartTransfer()).isFalse();
        assertThat(marked.transferId()).isEqualTo(started.getId());
        assertThat(marked.transferStage()).isEqualTo(TransferStage.UNDERSTAND);
    }

    @Test
    void refusesASecondTransferWhileOneIsOpenWithAClearReason() {
        Challenge challenge = challenges.create(project, TARTU_SERVICES);
        long segnalaci = practices.byTitles(project, List.of("Segnalaci")).get(0).getId();
        challenges.startTransfer(project, challenge.getId(), segnalaci);

        RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                () -> challenges.startTransfer(project, challenge.getId(), segnalaci));

        assertThat(refused.violations()).extracting(Violation::code).containsExactly("transfer.duplicate");
        assertThat(refused.violations().get(0).args()).containsExactly("Segnalaci", "Tartu");
    }

    @Test
    void refusesATransferOfThePartnersOwnPractice() {
        long segnalaci = practices.byTitles(project, List.of("Segnalaci")).get(0).getId();
        Challenge genoas = challenges.create(project, new ChallengeSpec("Genoa", "Reports", null, List.of()));

        assertThat(catchThrowableOfType(RuleViolationException.class,
                () -> challenges.startTransfer(project, genoas.getId(), segnalaci)).violations())
                .extracting(Violation::code).containsExactly("transfer.importer.owner");
    }

    @Test
    void checksEveryFieldAtOnce() {
        RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                () -> challenges.create(project, new ChallengeSpec("Atlantis", " ", null, List.of("Space travel"))));

        assertThat(refused.violations()).extracting(v -> v.field() + ":" + v.code()).containsExactly(
                "partner:challenge.partner.unknown", "title:validation.required", "themes:challenge.theme.unknown");
    }

    @Test
    void updatesWithTheVersionReadAndRefusesAStaleOne() {
        Challenge challenge = challenges.create(project, TARTU_SERVICES);
        ChallengeSpec changed = new ChallengeSpec("Tartu", "Online services for citizens", null,
                List.of("Digital services to enterprises", "Digital services to citizens"));

        Challenge updated = challenges.update(project, challenge.getId(), challenge.getVersion(), changed);

        assertThat(updated.getTitle()).isEqualTo("Online services for citizens");
        assertThat(challenges.challenge(project, challenge.getId()).themeNames())
                .containsExactly("Digital services to enterprises", "Digital services to citizens");
        assertThatThrownBy(() -> challenges.update(project, challenge.getId(), challenge.getVersion(), TARTU_SERVICES))
                .isInstanceOf(StaleVersionException.class);
        challenges.delete(project, challenge.getId(), updated.getVersion());
        assertThat(challenges.challenges(project)).isEmpty();
    }
}
