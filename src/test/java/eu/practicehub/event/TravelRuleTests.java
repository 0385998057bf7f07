package eu.practicehub.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.common.FormErrors;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.common.Violation;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.PageTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The travel rule on event saves, the visitors joining hybrid events online, the events at risk and
 * the suggestions applied to them, on a copy of BETTER of its own. BETTER's COVID-19 restrictions end
 * by June 2022, so the tests record restrictions of their own in the autumn of 2022.
 */
@PageTest
class TravelRuleTests {

    static final LocalDate FIRST = LocalDate.of(2022, 10, 3);
    static final LocalDate LAST = LocalDate.of(2022, 10, 7);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    EventService events;

    @Autowired
    RestrictionService restrictions;

    @Autowired
    MessageSource messages;

    Project project;

    @BeforeEach
    void copyBetterWithSwedenRestricted() {
        project = projects.project(ApiTestProjects.copyOfBetter(mvc, "TRAVEL-RULE"));
        restrictions.create(project, new RestrictionSpec("SE", FIRST, LAST, RestrictionLevel.RESTRICTED,
                "Test restriction", "https://example.org/sweden"));
    }

    @Test
    void refusesAnInPersonEventOnTheFirstDayOfARestrictionNamingTheCountryAndDates() {
        List<Violation> problems = events.problems(project, null, visit(FIRST, FIRST, EventMode.IN_PERSON, "Genoa", "Gävle"));

        assertThat(problems).extracting(Violation::field).containsExactly("mode");
        assertThat(text(problems.get(0))).isEqualTo("Travel is restricted in Sweden (SE) from 3 October 2022 to 7 October 2022:"
                + " hold the event virtually or hybrid, or move it");
        assertThatThrownBy(() -> events.create(project, visit(FIRST, FIRST, EventMode.IN_PERSON, "Genoa", "Gävle")))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void refusesAnInPersonEventOnTheLastDayOfARestriction() {
        assertThat(events.problems(project, null, visit(LAST, LAST, EventMode.IN_PERSON, "Genoa", "Gävle")))
                .extracting(Violation::field).containsExactly("mode");
        assertThat(events.problems(project, null, visit(LAST.minusDays(3), LAST.plusDays(2), EventMode.IN_PERSON, "Genoa", "Gävle")))
                .extracting(Violation::field).containsExactly("mode");
    }

    @Test
    void allowsAnInPersonEventOnTheDayBeforeAndTheDayAfter() {
        assertThat(events.problems(project, null, visit(FIRST.minusDays(1), FIRST.minusDays(1), EventMode.IN_PERSON, "Genoa", "Gävle"))).isEmpty();
        assertThat(events.problems(project, null, visit(LAST.plusDays(1), LAST.plusDays(1), EventMode.IN_PERSON, "Genoa", "Gävle"))).isEmpty();
        Event before = events.create(project, visit(FIRST.minusDays(2), FIRST.minusDays(1), EventMode.IN_PERSON, "Genoa", "Gävle"));
        assertThat(before.getId()).isNotNull();
    }

    @Test
    void refusesWhenTheHostsCountryOrAnyVisitorsCountryIsRestricted() {
        assertThat(events.problems(project, null, visit(FIRST, FIRST, EventMode.IN_PERSON, "Gävle", "Genoa")))
                .extracting(Violation::field).containsExactly("mode");
        assertThat(events.problems(project, null, visit(FIRST, FIRST, EventMode.IN_PERSON, "Genoa", "Tartu", "Gävle")))
                .extracting(Violation::field).containsExactly("mode");
        assertThat(events.problems(project, null, visit(FIRST, FIRST, EventMode.IN_PERSON, "Genoa", "Tartu"))).isEmpty();
    }

    @Test
    void namesEveryRestrictedCountryWithItsDates() {
        restrictions.create(project, new RestrictionSpec("IT", LocalDate.of(2022, 10, 1), LocalDate.of(2022, 10, 4),
                RestrictionLevel.RESTRICTED, null, null));

        List<Violation> problems = events.problems(project, null, visit(FIRST, FIRST, EventMode.IN_PERSON, "Genoa", "Gävle"));

        assertThat(problems).hasSize(1);
        assertThat(text(problems.get(0))).isEqualTo("Travel is restricted in Italy (IT) from 1 October 2022 to 4 October 2022"
                + " and in Sweden (SE) from 3 October 2022 to 7 October 2022: hold the event virtually or hybrid, or move it");
    }

    @Test
    void advisoryAndNoneLevelsDoNotRefuse() {
        restrictions.create(project, new RestrictionSpec("EE", FIRST, LAST, RestrictionLevel.ADVISORY, null, null));
        restrictions.create(project, new RestrictionSpec("HU", FIRST, LAST, RestrictionLevel.NONE, null, null));

        assertThat(events.problems(project, null, visit(FIRST, FIRST, EventMode.IN_PERSON, "Tartu", "Nyíregyháza"))).isEmpty();
    }

    @Test
    void allowsAHybridEventAndShowsTheRestrictedVisitorJoiningOnline() {
        Event hybrid = events.create(project, visit(FIRST, LAST, EventMode.HYBRID, "Genoa", "Gävle", "Tartu"));

        assertThat(events.joiningOnline(hybrid)).extracting(Partner::getShortName).containsExactly("Gävle");
        assertThat(restrictions.eventsAtRisk(project)).extracting(EventAtRisk::eventId).doesNotContain(hybrid.getId());
    }

    @Test
    void allVisitorsOfAHybridEventJoinOnlineWhenTheHostsCountryIsRestricted() {
        Event hybrid = events.create(project, visit(FIRST, FIRST, EventMode.HYBRID, "Gävle", "Genoa", "Tartu"));

        assertThat(events.joiningOnline(hybrid)).extracting(Partner::getShortName).containsExactly("Genoa", "Tartu");
        EventAtRisk risk = riskOf(hybrid);
        assertThat(risk.suggestions()).containsExactly(RiskResolution.SWITCH_TO_VIRTUAL, RiskResolution.POSTPONE);
    }

    @Test
    void allowsAVirtualEventAlways() {
        assertThat(events.problems(project, null, visit(FIRST, LAST, EventMode.VIRTUAL, "Gävle", "Genoa"))).isEmpty();
        Event virtual = events.create(project, visit(FIRST, LAST, EventMode.VIRTUAL, "Gävle", "Genoa"));
        assertThat(events.joiningOnline(virtual)).isEmpty();
    }

    @Test
    void leavesEventsThatWereHeldPostponedOrCancelledAlone() {
        for (EventStatus status : List.of(EventStatus.HELD, EventStatus.POSTPONED, EventStatus.CANCELLED)) {
            assertThat(events.problems(project, null, visit(FIRST, FIRST, EventMode.IN_PERSON, status, "Genoa", "Gävle"))).as(status.name()).isEmpty();
        }
    }

    @Test
    void addingARestrictionFlagsAPlannedInPersonEventAtRiskWithItsCountriesAndSuggestions() {
        LocalDate day = LocalDate.of(2022, 11, 10);
        Event event = events.create(project, visit(day, day, EventMode.IN_PERSON, "Genoa", "Tartu", "Birmingham"));
        assertThat(restrictions.eventsAtRisk(project)).extracting(EventAtRisk::eventId).doesNotContain(event.getId());

        restrictions.create(project, new RestrictionSpec("EE", day.minusDays(5), day, RestrictionLevel.RESTRICTED, null, null));

        EventAtRisk risk = riskOf(event);
        assertThat(risk.restrictions()).singleElement().satisfies(r -> {
            assertThat(r.country()).isEqualTo("EE");
            assertThat(r.from()).isEqualTo(day.minusDays(5));
            assertThat(r.to()).isEqualTo(day);
            assertThat(r.partners()).containsExactly("Tartu");
        });
        assertThat(risk.suggestions()).containsExactly(RiskResolution.SWITCH_TO_VIRTUAL, RiskResolution.SWITCH_TO_HYBRID,
                RiskResolution.POSTPONE);
        assertThat(risk.version()).isEqualTo(event.getVersion());
    }

    @Test
    void changingARestrictionFlagsOrClearsTheEventsItTouches() {
        LocalDate day = LocalDate.of(2022, 12, 1);
        Event event = events.create(project, visit(day, day, EventMode.IN_PERSON, "Genoa", "Gävle"));
        Restriction restriction = restrictions.create(project, new RestrictionSpec("SE", day.plusDays(1), day.plusDays(9),
                RestrictionLevel.RESTRICTED, null, null));
        assertThat(restrictions.eventsAtRisk(project)).extracting(EventAtRisk::eventId).doesNotContain(event.getId());

        Restriction moved = restrictions.update(project, restriction.getId(), restriction.getVersion(),
                new RestrictionSpec("SE", day, day.plusDays(9), RestrictionLevel.RESTRICTED, null, null));
        assertThat(riskOf(event)).isNotNull();

        restrictions.update(project, moved.getId(), moved.getVersion(),
                new RestrictionSpec("SE", day, day.plusDays(9), RestrictionLevel.ADVISORY, null, null));
        assertThat(restrictions.eventsAtRisk(project)).extracting(EventAtRisk::eventId).doesNotContain(event.getId());
    }

    @Test
    void switchingToVirtualResolvesTheRiskAndLeavesNoVenue() {
        Event event = atRiskInPerson("virtual");

        Event resolved = restrictions.resolve(project, event.getId(), event.getVersion(), RiskResolution.SWITCH_TO_VIRTUAL);

        assertThat(resolved.getMode()).isEqualTo(EventMode.VIRTUAL);
        assertThat(resolved.getVenue()).isNull();
        assertThat(resolved.getStatus()).isEqualTo(EventStatus.PLANNED);
        assertThat(restrictions.eventsAtRisk(project)).extracting(EventAtRisk::eventId).doesNotContain(event.getId());
    }

    @Test
    void switchingToHybridResolvesTheRiskAndTheRestrictedVisitorJoinsOnline() {
        Event event = atRiskInPerson("hybrid");

        Event resolved = restrictions.resolve(project, event.getId(), event.getVersion(), RiskResolution.SWITCH_TO_HYBRID);

        assertThat(resolved.getMode()).isEqualTo(EventMode.HYBRID);
        assertThat(events.joiningOnline(events.event(project, event.getId()))).extracting(Partner::getShortName)
                .containsExactly("Gävle");
        assertThat(restrictions.eventsAtRisk(project)).extracting(EventAtRisk::eventId).doesNotContain(event.getId());
    }

    @Test
    void postponingResolvesTheRisk() {
        Event event = atRiskInPerson("postponed");

        Event resolved = restrictions.resolve(project, event.getId(), event.getVersion(), RiskResolution.POSTPONE);

        assertThat(resolved.getStatus()).isEqualTo(EventStatus.POSTPONED);
        assertThat(resolved.getMode()).isEqualTo(EventMode.IN_PERSON);
        assertThat(restrictions.eventsAtRisk(project)).extracting(EventAtRisk::eventId).doesNotContain(event.getId());
    }

    @Test
    void refusesASuggestionNotOfferedOrForAnEventNotAtRiskOrOnAStaleVersion() {
        Event hostRestricted = events.create(project, visit(FIRST, FIRST, EventMode.HYBRID, "Gävle", "Genoa"));
        RuleViolationException notOffered = catchThrowableOfType(RuleViolationException.class, () -> restrictions.resolve(
                project, hostRestricted.getId(), hostRestricted.getVersion(), RiskResolution.SWITCH_TO_HYBRID));
        assertThat(notOffered.violations()).extracting(Violation::code).containsExactly("restriction.resolve.notOffered");

        Event safe = events.create(project, visit(LAST.plusDays(1), LAST.plusDays(1), EventMode.IN_PERSON, "Genoa", "Gävle"));
        RuleViolationException notAtRisk = catchThrowableOfType(RuleViolationException.class,
                () -> restrictions.resolve(project, safe.getId(), safe.getVersion(), RiskResolution.POSTPONE));
        assertThat(notAtRisk.violations()).extracting(Violation::code).containsExactly("restriction.resolve.notAtRisk");

        Event event = atRiskInPerson("stale");
        assertThatThrownBy(() -> restrictions.resolve(project, event.getId(), event.getVersion() - 1, RiskResolution.POSTPONE))
                .isInstanceOf(StaleVersionException.class);
        assertThat(events.event(project, event.getId()).getStatus()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void importedEventsAreNotRefusedButShownAtRisk() {
        Event imported = events.importEvent(project, visit(FIRST, FIRST, EventMode.IN_PERSON, "Genoa", "Gävle"));

        assertThat(riskOf(imported)).isNotNull();
    }

    /** A planned in-person event that a restriction on Sweden put at risk after it was planned. */
    private Event atRiskInPerson(String name) {
        LocalDate day = LocalDate.of(2023, 2, 14);
        Event event = events.create(project, new EventSpec(EventType.STUDY_VISIT, "Study visit " + name + " " + UUID.randomUUID(),
                day, null, day, null, null, null, "Genoa", List.of("Gävle", "Tartu"), EventMode.IN_PERSON, "Genoa town hall",
                null, List.of(), null, null, null, EventStatus.PLANNED));
        if (restrictions.restrictions(project).stream().noneMatch(r -> r.getFrom().equals(day.minusDays(1)))) {
            restrictions.create(project, new RestrictionSpec("SE", day.minusDays(1), day.plusDays(1), RestrictionLevel.RESTRICTED,
                    null, null));
        }
        assertThat(riskOf(event)).isNotNull();
        return events.event(project, event.getId());
    }

    private EventAtRisk riskOf(Event event) {
        return restrictions.eventsAtRisk(project).stream().filter(r -> r.eventId() == event.getId()).findFirst()
                .orElseThrow(() -> new AssertionError("not at risk: " + event.getTitle()));
    }

    private String text(Violation violation) {
        return messages.getMessage(FormErrors.message(violation), Locale.ENGLISH);
    }

    private static EventSpec visit(LocalDate start, LocalDate end, EventMode mode, String host, String... visitors) {
        return visit(start, end, mode, EventStatus.PLANNED, host, visitors);
    }

    private static EventSpec visit(LocalDate start, LocalDate end, EventMode mode, EventStatus status, String host,
            String... visitors) {
        return new EventSpec(EventType.STUDY_VISIT, "Study visit " + UUID.randomUUID(), start, null, end, null, null, null,
                host, List.of(visitors), mode, null, null, List.of(), null, null, null, status);
    }
}
