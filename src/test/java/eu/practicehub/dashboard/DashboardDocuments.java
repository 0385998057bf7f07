package eu.practicehub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.planning.Measure;
import eu.practicehub.planning.PlanningService;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Projects of the dashboard tests' own, made from BETTER's export and imported under fresh keys. */
public final class DashboardDocuments {

    /** A partner whose names need escaping in HTML and SVG. */
    public static final String ODD_PARTNER = "Ré & <Co>";

    private DashboardDocuments() {
    }

    /**
     * BETTER with a partner named {@link #ODD_PARTNER} owning two practices, without transfers and
     * action plans, and with planned events around the test's today (15 January 2022): one the day
     * before, one cancelled, and seven from today on.
     */
    public static String withPlannedEvents(MockMvcTester mvc) {
        ObjectNode document = ApiTestProjects.exportOf(mvc, ApiTestProjects.BETTER);
        String key = ApiTestProjects.freshKey("DASHBOARD");
        ((ObjectNode) document.get("project")).put("key", key);
        ObjectNode partner = ((ArrayNode) document.get("partners")).addObject();
        partner.put("shortName", ODD_PARTNER).put("name", "Région & <Compagnie>").put("country", "FR")
                .put("role", "PARTNER").put("timeZone", "Europe/Paris");
        ArrayNode practices = (ArrayNode) document.get("practices");
        practices.addObject().put("title", "Odd practice one").put("owner", ODD_PARTNER).put("status", "IDENTIFIED")
                .putArray("themes").add("Security and resilience");
        practices.addObject().put("title", "Odd practice two").put("owner", ODD_PARTNER).put("status", "IDENTIFIED")
                .putArray("themes");
        ArrayNode events = (ArrayNode) document.get("events");
        event(events, "Planned yesterday", "2022-01-14", "2022-01-14", "Genoa", "PLANNED");
        event(events, "Cancelled ahead", "2022-01-20", "2022-01-20", "Genoa", "CANCELLED");
        event(events, "Planned today", "2022-01-15", "2022-01-15", "Tartu", "PLANNED");
        event(events, "Planned with hours", "2022-02-10T09:30", "2022-02-10T17:00", "Nyíregyháza", "PLANNED")
                .put("timeZone", "Europe/Budapest");
        event(events, "Planned by the odd partner", "2022-03-01", "2022-03-02", ODD_PARTNER, "PLANNED");
        event(events, "Planned in April", "2022-04-05", "2022-04-05", "Gävle", "PLANNED");
        event(events, "Planned in May", "2022-05-05", "2022-05-05", "Birmingham", "PLANNED");
        event(events, "Planned in June", "2022-06-05", "2022-06-05", "Genoa", "PLANNED");
        event(events, "Planned in July", "2022-07-05", "2022-07-05", "Genoa", "PLANNED");
        document.putArray("transfers");
        document.putArray("actionPlans");
        assertThat(ApiTestProjects.importDocument(mvc, document)).hasStatus(HttpStatus.CREATED);
        return key;
    }

    /** A copy of BETTER's project and partners only, running from one day to another. */
    public static String running(MockMvcTester mvc, String start, String firstEnd, String secondEnd) {
        ObjectNode document = ApiTestProjects.exportOf(mvc, ApiTestProjects.BETTER);
        String key = ApiTestProjects.freshKey("DASHBOARD");
        ObjectNode project = (ObjectNode) document.get("project");
        project.put("key", key).put("startDate", start);
        ArrayNode phases = project.putArray("phases");
        phases.addObject().put("name", "Learning phase").put("startDate", start).put("endDate", firstEnd);
        phases.addObject().put("name", "Monitoring phase").put("startDate", java.time.LocalDate.parse(firstEnd).plusDays(1).toString())
                .put("endDate", secondEnd);
        for (String part : new String[] {"practices", "events", "transfers", "actionPlans", "challenges"}) {
            document.putArray(part);
        }
        assertThat(ApiTestProjects.importDocument(mvc, document)).hasStatus(HttpStatus.CREATED);
        return key;
    }

    /** Sets the targets of a semester, or of the whole project for semester 0, of one of these projects. */
    public static void target(PlanningService planning, String key, int semester, Map<Measure, Integer> targets) {
        planning.saveTargets(key, semester, planning.targets(key, semester).version(), targets);
    }

    private static ObjectNode event(ArrayNode events, String title, String start, String end, String host, String status) {
        ObjectNode event = events.addObject().put("type", "STUDY_VISIT").put("title", title).put("start", start)
                .put("end", end).put("host", host).put("mode", "VIRTUAL").put("status", status);
        event.putArray("participants").add("Genoa".equals(host) ? "Tartu" : "Genoa");
        return event;
    }
}
