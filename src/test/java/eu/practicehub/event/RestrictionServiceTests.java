package eu.practicehub.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.common.Violation;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.PageTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Recording restrictions, their rules, the CSV import, and BETTER's demo restrictions. */
@PageTest
class RestrictionServiceTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    EventService events;

    @Autowired
    RestrictionService restrictions;

    @Autowired
    JdbcTemplate jdbc;

    Project project;

    @BeforeEach
    void copyBetter() {
        project = projects.project(ApiTestProjects.copyOfBetter(mvc, "RESTRICTIONS"));
    }

    @Test
    void theDatabaseKeepsOneRestrictionOfACountryPerStartDayEvenPastTheServiceCheck() {
        String insert = "insert into travel_restriction (project_id, country, valid_from, valid_to, level, version)"
                + " values (?, 'LV', ?, ?, 'RESTRICTED', 0)";
        LocalDate from = LocalDate.of(2022, 9, 1);
        jdbc.update(insert, project.getId(), from, from.plusDays(3));

        assertThatThrownBy(() -> jdbc.update(insert, project.getId(), from, from.plusDays(9)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(restrictions.restrictions(project)).filteredOn(r -> r.getCountry().equals("LV")).hasSize(1);
    }

    @Test
    void betterRecordsTheCovidPeriodOfItsFivePartnerCountriesWithASourceEach() {
        Project better = projects.project("BETTER");
        List<Restriction> covid = restrictions.restrictions(better);

        assertThat(covid).extracting(Restriction::getCountry).containsExactly("EE", "GB", "HU", "IT", "SE");
        assertThat(covid).allSatisfy(r -> {
            assertThat(r.getLevel()).isEqualTo(RestrictionLevel.RESTRICTED);
            assertThat(r.getFrom()).isBetween(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31));
            assertThat(r.getTo()).isBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
            assertThat(r.getSource()).startsWith("https://");
            assertThat(r.getNote()).startsWith("COVID-19");
        });
        assertThat(covid).filteredOn(r -> r.getCountry().equals("GB")).singleElement()
                .satisfies(r -> assertThat(r.getTo()).isEqualTo(LocalDate.of(2022, 3, 17)));
    }

    @Test
    void everyDemoEventPassesTheTravelRuleAndTheStudyVisitsOf2021AreVirtual() {
        Project better = projects.project("BETTER");
        List<Restriction> covid = restrictions.restrictions(better);
        for (Event event : events.events(better)) {
            Event full = events.event(better, event.getId());
            List<Partner> attending = TravelRule.attending(full.getHost(), full.getParticipants());
            boolean restricted = !TravelRule.restricting(covid, attending, full.getStartDate(), full.getEndDate()).isEmpty();
            assertThat(restricted && full.getMode() == EventMode.IN_PERSON).as(full.getTitle()).isFalse();
            if (full.getStartDate().getYear() == 2021) {
                assertThat(full.getMode()).as(full.getTitle()).isEqualTo(EventMode.VIRTUAL);
            }
        }
        assertThat(restrictions.eventsAtRisk(better)).isEmpty();
    }

    @Test
    void acceptsThePartnersCountryCodesInAnyCaseAndStoresThemInCapitals() {
        Restriction gb = restrictions.create(project, new RestrictionSpec(" gb ", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1),
                RestrictionLevel.ADVISORY, "  One day  ", " https://www.gov.uk/ "));

        assertThat(gb.getCountry()).isEqualTo("GB");
        assertThat(gb.getNote()).isEqualTo("One day");
        assertThat(gb.getSource()).isEqualTo("https://www.gov.uk/");
    }

    @Test
    void reportsEveryBrokenRuleAtItsField() {
        RuleViolationException refused = catchThrowableOfType(RuleViolationException.class, () -> restrictions.create(project,
                new RestrictionSpec("XX", LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 1), null, "x".repeat(2001), "ftp://x")));

        assertThat(refused.violations()).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                tuple("country", "restriction.country.unknown"), tuple("to", "restriction.to.beforeFrom"),
                tuple("level", "validation.required"), tuple("note", "validation.tooLong"),
                tuple("source", "validation.webAddress"));
        assertThat(restrictions.problems(project, null, new RestrictionSpec(null, LocalDate.of(1850, 1, 1), null,
                RestrictionLevel.NONE, null, null))).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                tuple("country", "validation.required"), tuple("from", "validation.dateRange"), tuple("to", "validation.required"));
    }

    @Test
    void refusesASecondRestrictionOfACountryStartingTheSameDay() {
        assertThat(restrictions.problems(project, null, new RestrictionSpec("IT", LocalDate.of(2020, 3, 9),
                LocalDate.of(2020, 4, 1), RestrictionLevel.ADVISORY, null, null)))
                .extracting(Violation::field, Violation::code).containsExactly(tuple("from", "restriction.duplicate"));
    }

    @Test
    void updatesAndDeletesWithTheVersionReadAndRefusesAStaleOne() {
        Restriction created = restrictions.create(project, new RestrictionSpec("HU", LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 3, 5), RestrictionLevel.ADVISORY, null, null));
        Restriction updated = restrictions.update(project, created.getId(), created.getVersion(), new RestrictionSpec("HU",
                LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 9), RestrictionLevel.RESTRICTED, null, null));
        assertThat(updated.getVersion()).isGreaterThan(created.getVersion());

        assertThatThrownBy(() -> restrictions.update(project, created.getId(), created.getVersion(), new RestrictionSpec("HU",
                LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 2), RestrictionLevel.NONE, null, null)))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> restrictions.delete(project, created.getId(), created.getVersion()))
                .isInstanceOf(StaleVersionException.class);
        restrictions.delete(project, updated.getId(), updated.getVersion());
        assertThat(restrictions.restrictions(project)).extracting(Restriction::getId).doesNotContain(updated.getId());
    }

    @Test
    void listsAPageFilteredByCountry() {
        assertThat(restrictions.restrictions(project, "it", PageRequest.of(0, 20)).getContent())
                .extracting(Restriction::getCountry).containsExactly("IT");
        assertThat(restrictions.restrictions(project, null, PageRequest.of(0, 2)).getTotalElements()).isEqualTo(5);
    }

    @Test
    void importsEveryLineOfAGoodCsvFile() {
        String csv = """
                country,from,to,level,note,source
                IT,2022-09-01,2022-09-30,RESTRICTED,"Strike, with a comma",https://example.org/it
                se,2022-10-01,2022-10-02,advisory,,
                """;

        List<Restriction> added = restrictions.importCsv(project, csv);

        assertThat(added).extracting(Restriction::getCountry, Restriction::getLevel, Restriction::getNote).containsExactly(
                tuple("IT", RestrictionLevel.RESTRICTED, "Strike, with a comma"), tuple("SE", RestrictionLevel.ADVISORY, null));
        assertThat(restrictions.restrictions(project)).hasSize(7);
    }

    @Test
    void refusesABadCsvFileListingEveryProblemWithItsLineAndColumnAndAddsNothing() {
        String csv = "country,from,to,level,note,source\r\n"
                + "XX,2022-09-01,2022-09-30,RESTRICTED,,\r\n"
                + "IT,2022-13-01,2022-09-30,RESTRICTED,,\r\n"
                + "\r\n"
                + "SE,2022-09-01,2022-08-30,SEVERE,,not a link\r\n"
                + "GB,2022-09-01\r\n"
                + "EE,2022-09-01,2022-09-02,NONE,,\r\n"
                + "EE,2022-09-01,2022-09-03,NONE,,\r\n";

        RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                () -> restrictions.importCsv(project, csv));

        assertThat(refused.violations()).extracting(Violation::field, Violation::code).containsExactly(
                tuple("lines[3].from", "restriction.csv.date"),
                tuple("lines[5].level", "restriction.csv.level"),
                tuple("lines[6]", "restriction.csv.columns"),
                tuple("lines[2].country", "restriction.country.unknown"),
                tuple("lines[5].source", "validation.webAddress"),
                tuple("lines[5].to", "restriction.to.beforeFrom"),
                tuple("lines[8].from", "restriction.duplicate"));
        assertThat(restrictions.restrictions(project)).hasSize(5);
    }

    @Test
    void refusesACsvFileWithoutTheHeaderOrWithoutLines() {
        assertThat(catchThrowableOfType(RuleViolationException.class,
                () -> restrictions.importCsv(project, "land,von,bis\nIT,2022-01-01,2022-01-02\n")).violations())
                .extracting(Violation::field, Violation::code).containsExactly(tuple("lines[1]", "restriction.csv.header"));
        assertThat(catchThrowableOfType(RuleViolationException.class,
                () -> restrictions.importCsv(project, "country,from,to,level,note,source\n")).violations())
                .extracting(Violation::field, Violation::code).containsExactly(tuple("lines", "restriction.csv.empty"));
        assertThat(catchThrowableOfType(RuleViolationException.class, () -> restrictions.importCsv(project, "")).violations())
                .extracting(Violation::field).containsExactly("lines[1]");
        assertThat(catchThrowableOfType(RuleViolationException.class, () -> restrictions.importCsv(project,
                "country,from,to,level,note,source\nIT,2022-01-01,2022-01-02,NONE,\"open quote,\n")).violations())
                .extracting(Violation::field, Violation::code).containsExactly(tuple("lines[2]", "restriction.csv.malformed"));
    }
}
