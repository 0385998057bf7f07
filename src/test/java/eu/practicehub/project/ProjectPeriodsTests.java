package eu.practicehub.project;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.common.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A project's own end date and its periods: clipped semesters, periods of other lengths, phases as periods. */
class ProjectPeriodsTests {

    private static final List<Phase> URBACT_PHASES = List.of(
            new Phase("Transfer phase 1", LocalDate.of(2018, 9, 1), LocalDate.of(2019, 2, 28)),
            new Phase("Transfer phase 2", LocalDate.of(2019, 3, 1), LocalDate.of(2020, 8, 31)));

    private final ProjectService rules = new ProjectService(null, null, null);

    @Test
    void theLastSemesterEndsOnTheProjectsEndWhenTheEndFallsMidSemester() {
        Project project = new Project(new ProjectSpec("MID", "Mid", null, null, LocalDate.of(2020, 1, 1), 6, null,
                List.of(new Phase("Learning phase", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 3, 31)))));

        List<Semester> periods = project.periods();

        assertThat(periods).extracting(Semester::number).containsExactly(1, 2, 3);
        assertThat(periods.get(2).start()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(periods.get(2).end()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(project.semesterOf(LocalDate.of(2021, 4, 1))).isEmpty();
        assertThat(project.currentSemester(LocalDate.of(2025, 1, 1)).number()).isEqualTo(3);
    }

    @Test
    void aProjectsOwnEndDateEndsItsPeriodsBeforeItsLastPhaseWould() {
        Project project = new Project(new ProjectSpec("OWN", "Own end", null, null, LocalDate.of(2020, 1, 1), 6, null,
                List.of(new Phase("Learning phase", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 10, 31))),
                LocalDate.of(2020, 12, 15)));

        assertThat(project.endDate()).contains(LocalDate.of(2020, 12, 15));
        assertThat(project.periods()).extracting(Semester::end)
                .containsExactly(LocalDate.of(2020, 6, 30), LocalDate.of(2020, 12, 15));
        assertThat(project.runsThrough(LocalDate.of(2020, 12, 15), null)).isTrue();
        assertThat(project.runsThrough(LocalDate.of(2020, 12, 10), LocalDate.of(2020, 12, 16))).isFalse();
    }

    @Test
    void periodsOfAnotherLengthAreCountedFromTheStart() {
        Project project = new Project(new ProjectSpec("YEAR", "Yearly", null, null, LocalDate.of(2020, 1, 1), 12, null,
                List.of(new Phase("All", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)))));

        assertThat(project.periods()).extracting(Semester::number, Semester::months, Semester::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 12, LocalDate.of(2020, 12, 31)),
                org.assertj.core.groups.Tuple.tuple(2, 12, LocalDate.of(2021, 12, 31)));
    }

    @Test
    void withoutSemesterMonthsThePhasesAreThePeriodsNumberedInOrder() {
        Project project = new Project(new ProjectSpec("URB", "Transfer network", "URBACT III", null,
                LocalDate.of(2018, 9, 1), null, null, URBACT_PHASES));

        assertThat(project.hasReportingPeriods()).isFalse();
        assertThat(project.periods()).extracting(Semester::number, Semester::name, Semester::start, Semester::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Transfer phase 1", LocalDate.of(2018, 9, 1), LocalDate.of(2019, 2, 28)),
                        org.assertj.core.groups.Tuple.tuple(2, "Transfer phase 2", LocalDate.of(2019, 3, 1), LocalDate.of(2020, 8, 31)));
        assertThat(project.semesterOf(LocalDate.of(2019, 6, 1))).map(Semester::number).contains(2);
        assertThat(project.semester(1).name()).isEqualTo("Transfer phase 1");
    }

    @Test
    void aProjectWithoutSemesterMonthsIsValidAndOneWithTooManyIsNot() {
        ProjectSpec none = new ProjectSpec("URB", "Transfer network", null, null, LocalDate.of(2018, 9, 1), null, null,
                URBACT_PHASES);
        ProjectSpec tooLong = new ProjectSpec("LONG", "Long", null, null, LocalDate.of(2018, 9, 1), 25, null,
                URBACT_PHASES);

        assertThat(rules.check(none)).isEmpty();
        assertThat(rules.check(tooLong)).extracting(Violation::field).containsExactly("semesterMonths");
    }

    @Test
    void theEndIsNotBeforeTheStartAndThePhasesLieWithinTheRun() {
        ProjectSpec endBeforeStart = new ProjectSpec("BAD", "Bad", null, null, LocalDate.of(2018, 9, 1), null, null,
                URBACT_PHASES, LocalDate.of(2018, 8, 1));
        ProjectSpec phaseOutside = new ProjectSpec("BAD", "Bad", null, null, LocalDate.of(2018, 10, 1), null, null,
                URBACT_PHASES, LocalDate.of(2020, 6, 30));

        assertThat(rules.check(endBeforeStart)).extracting(Violation::field, Violation::code)
                .contains(org.assertj.core.groups.Tuple.tuple("endDate", "project.endDate.beforeStart"));
        assertThat(rules.check(phaseOutside)).extracting(Violation::field, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("phases[0].startDate", "project.phase.beforeStart"),
                org.assertj.core.groups.Tuple.tuple("phases[1].endDate", "project.phase.afterEnd"));
    }

    @Test
    void aTransferNetworkHasItsLeadAndTransferPartnersButNoOrdinaryPartner() {
        PartnerSpec lead = partner("Naples", PartnerRole.LEAD);
        PartnerSpec transfer = partner("Gdansk", PartnerRole.TRANSFER_PARTNER);
        PartnerSpec advisory = partner("Eurocities", PartnerRole.ADVISORY_PARTNER);
        PartnerSpec ordinary = partner("Riga", PartnerRole.PARTNER);

        assertThat(rules.checkPartnership(List.of(lead, transfer, advisory))).isEmpty();
        assertThat(rules.checkPartnership(List.of(lead, transfer, ordinary))).extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("partners[2].role", "partner.transferNetwork.noPartner"));
        assertThat(rules.checkPartnership(List.of(transfer, advisory))).extracting(Violation::code)
                .containsExactly("partner.lead.exactlyOne");
    }

    @Test
    void onlyTheLeadThePartnersAndTheTransferPartnersHaveAnActionPlanOfTheirOwn() {
        assertThat(PartnerRole.values()).filteredOn(PartnerRole::hasOwnActionPlan)
                .containsExactly(PartnerRole.LEAD, PartnerRole.PARTNER, PartnerRole.TRANSFER_PARTNER);
    }

    private static PartnerSpec partner(String name, PartnerRole role) {
        return new PartnerSpec(name, name, "IT", null, role, "Europe/Rome", null, null, null, OrganisationType.CITY);
    }
}
