package eu.practicehub.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.QueryCount;
import eu.practicehub.event.DatePrecision;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventSpec;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A feed reads the project, its events with their hosts, then the visitors and the practices of all
 * of them in batches: a few queries however many events it holds, never one per event.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Tag("database")
class CalendarQueriesTests {

    private static final int EVENTS = 120;
    private static final int BOUNDED = 8;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    EventService events;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theFeedsOfAProjectWithManyEventsAreReadInABoundedNumberOfQueries() {
        String key = ApiTestProjects.copyOfBetter(mvc, "FEEDQ");
        Project project = projects.project(key);
        LocalDate first = LocalDate.of(2021, 1, 4);
        for (int i = 0; i < EVENTS; i++) {
            events.create(project, new EventSpec(EventType.STAFF_EXCHANGE, "Staff exchange " + i, first.plusDays(i),
                    LocalTime.of(9, 0), first.plusDays(i), LocalTime.of(12, 0), DatePrecision.DAY,
                    i % 2 == 0 ? "Europe/Rome" : "Europe/Tallinn", i % 2 == 0 ? "Genoa" : "Tartu",
                    List.of(i % 2 == 0 ? "Tartu" : "Genoa", "Birmingham"), EventMode.HYBRID, "City Hall",
                    "https://meet.example.org/" + i, List.of("Segnalaci"), "Agenda " + i, null, null, EventStatus.PLANNED));
        }
        long tartu = projects.partner(project, "Tartu").orElseThrow().getId();

        assertThat(queriesFor("/projects/" + key + "/calendar.ics")).isLessThanOrEqualTo(BOUNDED);
        assertThat(queriesFor("/projects/" + key + "/partners/" + tartu + "/calendar.ics")).isLessThanOrEqualTo(BOUNDED);
        assertThat(queriesFor("/projects/BETTER/calendar.ics")).isLessThanOrEqualTo(BOUNDED);
    }

    private long queriesFor(String feed) {
        return QueryCount.of(mvc, entityManagerFactory, feed);
    }
}
