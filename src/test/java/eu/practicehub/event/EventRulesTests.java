package eu.practicehub.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.practicehub.account.Access;
import eu.practicehub.SystemClock;
import eu.practicehub.common.StoredTextCleanup;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.common.Violation;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeSpec;
import eu.practicehub.practice.PracticeStatus;
import eu.practicehub.project.PartnerRole;
import eu.practicehub.project.PartnerSpec;
import eu.practicehub.project.Phase;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.project.ProjectSpec;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

@Tag("database")
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ProjectService.class, PracticeService.class, EventService.class, EventExaminations.class, SystemClock.class,
        Access.class, StoredTextCleanup.class})
class EventRulesTests {

    @Autowired
    ProjectService projects;
    @Autowired
    PracticeService practices;
    @Autowired
    EventService events;

    Project project;
    Project otherProject;

    @BeforeEach
    void createProjects() {
        project = project("EV" + suffix());
        otherProject = project("OT" + suffix());
        practices.create(project, practice("Segnalaci", "Genoa"));
        practices.create(otherProject, practice("Elsewhere", "Genoa"));
    }

    @Test
    void aStudyVisitsHostIsNotAmongItsVisitors() {
        EventSpec spec = visit("Genoa", List.of("Gävle", "Genoa"), List.of());

        assertThatThrownBy(() -> events.create(project, spec))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .contains(Violation.of("participants", "event.host.amongParticipants", "Genoa")));
        assertThat(events.events(project)).isEmpty();
    }

    @Test
    void anEventDoesNotEndBeforeItStarts() {
        EventSpec spec = withDates(visit("Genoa", List.of("Gävle"), List.of()),
                LocalDate.of(2021, 7, 17), null, LocalDate.of(2021, 7, 16), null);

        assertThatThrownBy(() -> events.create(project, spec))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .contains(org.assertj.core.groups.Tuple.tuple("endDate", "event.end.beforeStart")));
    }

    @Test
    void anEventBeforeTheStartOrAfterTheEndIsAcceptedAndMarkedOutsideTheRun() {
        EventSpec before = withDates(visit("Genoa", List.of("Gävle"), List.of()),
                LocalDate.of(2019, 7, 31), null, LocalDate.of(2019, 8, 1), null);
        EventSpec after = withDates(visit("Genoa", List.of("Gävle"), List.of()),
                LocalDate.of(2022, 7, 31), null, LocalDate.of(2022, 8, 1), null);
        EventSpec firstAndLastDay = withDates(visit("Genoa", List.of("Gävle"), List.of()),
                LocalDate.of(2019, 8, 1), null, LocalDate.of(2022, 7, 31), null);

        Event early = events.create(project, before);
        Event late = events.create(project, after);
        Event within = events.create(project, firstAndLastDay);

        assertThat(EventView.outsideRun(early, project)).isTrue();
        assertThat(EventView.outsideRun(late, project)).isTrue();
        assertThat(EventView.outsideRun(within, project)).isFalse();
        assertThat(events.outsideRun(project)).extracting(Event::getId).containsExactly(early.getId(), late.getId());
    }

    @Test
    void anEventMayEndTheSameDayAtALaterTimeButNotAnEarlierOne() {
        LocalDate day = LocalDate.of(2021, 7, 17);
        EventSpec later = withDates(visit("Genoa", List.of("Gävle"), List.of()), day, LocalTime.of(9, 0), day, LocalTime.of(17, 0));
        assertThat(events.create(project, later).getStartTime()).isEqualTo(LocalTime.of(9, 0));

        EventSpec earlier = withDates(visit("Genoa", List.of("Gävle"), List.of()), day.plusDays(1), LocalTime.of(9, 0),
                day.plusDays(1), LocalTime.of(8, 59));
        assertThatThrownBy(() -> events.create(project, earlier))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).contains("event.end.beforeStart"));
    }

    @Test
    void thePracticesExaminedBelongToTheSameProject() {
        EventSpec spec = visit("Genoa", List.of("Gävle"), List.of("Segnalaci", "Elsewhere"));

        assertThatThrownBy(() -> events.create(project, spec))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("practices", "event.practice.unknown", "Elsewhere", project.getKey())));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        EventSpec spec = new EventSpec(null, " ", LocalDate.of(2021, 7, 17), null, LocalDate.of(2021, 7, 16), null,
                DatePrecision.DAY, "Mars/Olympus", "Atlantis", List.of("Nowhere"), null, null, "ftp://x", List.of(), null,
                null, null, null);

        assertThatThrownBy(() -> events.create(project, spec))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .contains("type", "title", "mode", "status", "timeZone", "host", "participants", "onlineLink"));
    }

    @Test
    void anEventTakesItsHostsTimeZoneWhenNoneIsGiven() {
        Event event = events.create(project, visit("Gävle", List.of("Genoa"), List.of()));

        assertThat(event.getTimeZone()).isEqualTo("Europe/Stockholm");
        assertThat(event.start().getZone().getId()).isEqualTo("Europe/Stockholm");
    }

    @Test
    void aPracticeExaminedAtAHeldEventBecomesExamined() {
        Practice before = practices.byTitles(project, List.of("Segnalaci")).get(0);
        assertThat(before.getStatus()).isEqualTo(PracticeStatus.IDENTIFIED);

        EventSpec planned = visit("Genoa", List.of("Gävle"), List.of("Segnalaci"));
        Event event = events.create(project, planned);
        assertThat(practices.byTitles(project, List.of("Segnalaci")).get(0).getStatus()).isEqualTo(PracticeStatus.IDENTIFIED);

        events.update(project, event.getId(), event.getVersion(), withStatus(planned, EventStatus.HELD));
        assertThat(practices.byTitles(project, List.of("Segnalaci")).get(0).getStatus()).isEqualTo(PracticeStatus.EXAMINED);
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsRefusedAndChangesNothing() {
        EventSpec spec = visit("Genoa", List.of("Gävle"), List.of());
        Event event = events.create(project, spec);
        long staleVersion = event.getVersion();
        events.update(project, event.getId(), staleVersion, withStatus(spec, EventStatus.POSTPONED));

        assertThatThrownBy(() -> events.update(project, event.getId(), staleVersion, withStatus(spec, EventStatus.CANCELLED)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(events.event(project, event.getId()).getStatus()).isEqualTo(EventStatus.POSTPONED);
    }

    @Test
    void visitorsCanBeReorderedAndRemovedAndKeepTheOrderGiven() {
        EventSpec spec = visit("Genoa", List.of("Gävle", "Tartu"), List.of());
        Event event = events.create(project, spec);

        Event reordered = events.update(project, event.getId(), event.getVersion(), withVisitors(spec, List.of("Tartu", "Gävle")));
        assertThat(reordered.getParticipants()).extracting(p -> p.getShortName()).containsExactly("Tartu", "Gävle");

        Event fewer = events.update(project, event.getId(), reordered.getVersion(), withVisitors(spec, List.of("Gävle")));
        assertThat(events.event(project, fewer.getId()).getParticipants()).extracting(p -> p.getShortName()).containsExactly("Gävle");
    }

    @Test
    void practicesAreGroupedByThemeInTheOrderTheyWereExamined() {
        practices.createOrGetTheme(project, "Security and resilience");
        practices.createOrGetTheme(project, "Digital services to citizens");
        practices.create(project, practice("Digital Citizen Folder", "Genoa", "Digital services to citizens"));
        practices.create(project, practice("Police operation center", "Genoa", "Security and resilience"));
        practices.create(project, practice("Rain model", "Genoa", "Security and resilience"));
        practices.create(project, practice("Citizen app", "Genoa", "Digital services to citizens"));

        Event event = events.create(project, visit("Genoa", List.of("Gävle"),
                List.of("Digital Citizen Folder", "Police operation center", "Rain model", "Segnalaci")));

        assertThat(event.practicesByTheme()).extracting(g -> g.theme() == null ? null : g.theme().getName())
                .containsExactly("Digital services to citizens", "Security and resilience", null);
        assertThat(event.practicesByTheme().get(1).practices()).extracting(Practice::getTitle)
                .containsExactly("Police operation center", "Rain model");
    }

    private Project project(String key) {
        Project created = projects.createOrUpdate(new ProjectSpec(key, key, "Interreg Europe", null,
                LocalDate.of(2019, 8, 1), 6, null,
                List.of(new Phase("Learning phase", LocalDate.of(2019, 8, 1), LocalDate.of(2022, 7, 31)))));
        projects.createOrUpdatePartner(created, new PartnerSpec("Genoa", "Municipality of Genoa", "IT", "ITC33",
                PartnerRole.LEAD, "Europe/Rome", null, null, null));
        projects.createOrUpdatePartner(created, new PartnerSpec("Gävle", "Gävle Municipality", "SE", null,
                PartnerRole.PARTNER, "Europe/Stockholm", null, null, null));
        projects.createOrUpdatePartner(created, new PartnerSpec("Tartu", "Tartu City Government", "EE", null,
                PartnerRole.PARTNER, "Europe/Tallinn", null, null, null));
        return created;
    }

    private static PracticeSpec practice(String title, String owner, String... themes) {
        return new PracticeSpec(title, owner, List.of(themes), null, null, null, null, null, null, null, null, null, null);
    }

    private static EventSpec visit(String host, List<String> visitors, List<String> examined) {
        return new EventSpec(EventType.STUDY_VISIT, "Study visit " + UUID.randomUUID(), LocalDate.of(2021, 7, 17), null,
                LocalDate.of(2021, 7, 17), null, DatePrecision.DAY, null, host, visitors, EventMode.VIRTUAL, null, null,
                examined, null, null, null, EventStatus.PLANNED);
    }

    private static EventSpec withDates(EventSpec s, LocalDate start, LocalTime startTime, LocalDate end, LocalTime endTime) {
        return new EventSpec(s.type(), s.title(), start, startTime, end, endTime, s.datePrecision(), s.timeZone(), s.host(),
                s.participants(), s.mode(), s.venue(), s.onlineLink(), s.practices(), s.agenda(), s.minutes(),
                s.lessonsLearnt(), s.status());
    }

    private static EventSpec withVisitors(EventSpec s, List<String> visitors) {
        return new EventSpec(s.type(), s.title(), s.startDate(), s.startTime(), s.endDate(), s.endTime(), s.datePrecision(),
                s.timeZone(), s.host(), visitors, s.mode(), s.venue(), s.onlineLink(), s.practices(), s.agenda(),
                s.minutes(), s.lessonsLearnt(), s.status());
    }

    private static EventSpec withStatus(EventSpec s, EventStatus status) {
        return new EventSpec(s.type(), s.title(), s.startDate(), s.startTime(), s.endDate(), s.endTime(), s.datePrecision(),
                s.timeZone(), s.host(), s.participants(), s.mode(), s.venue(), s.onlineLink(), s.practices(), s.agenda(),
                s.minutes(), s.lessonsLearnt(), status);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
