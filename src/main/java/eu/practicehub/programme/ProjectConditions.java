package eu.practicehub.programme;

import jakarta.persistence.Parameter;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The conditions of a query on the projects (alias {@code p}) that a {@link ProjectQuery} asks for, written
 * as JPQL, leaving out one filter when its own values are counted; and the expressions of a project's status
 * on the day it is in its own time zone.
 */
final class ProjectConditions {

    static final String PROGRAMME = "programme";
    static final String COUNTRY = "country";
    static final String THEME = "theme";
    static final String STATUS = "status";

    /** The project's zone: its lead partner's. */
    private static final String ZONE = "(select min(lead.timeZone) from Partner lead where lead.project = p"
            + " and lead.role = eu.practicehub.project.PartnerRole.LEAD)";
    /** The project's end: its own end date, else its last phase's end. */
    static final String END = "coalesce(p.ownEndDate, (select max(ph.endDate) from Project run join run.phases ph"
            + " where run = p))";
    // The days are cast so that PostgreSQL, which reads untyped parameters of a case as text, compares dates.
    private static final String TODAY = "(case when " + ZONE + " in (:zonesBehind) then cast(:dayBehind as LocalDate)"
            + " when " + ZONE + " in (:zonesAhead) then cast(:dayAhead as LocalDate) else cast(:dayUtc as LocalDate) end)";
    static final String NOT_STARTED = "p.startDate > " + TODAY;
    static final String ENDED = END + " < " + TODAY;
    static final String RUNNING = "not (" + NOT_STARTED + ") and (" + END + " is null or not (" + ENDED + "))";
    /** 0 before the start, 2 after the end, 1 within the run: the ordinal of {@link ProjectStatus}. */
    static final String STATUS_ORDINAL = "(case when " + NOT_STARTED + " then 0 when " + ENDED + " then 2 else 1 end)";

    private final ProjectQuery query;
    private final Collection<String> programmes;
    private final Today today;

    /** {@code programmes}: the names of the programme asked for (by its slug); ignored when none is asked. */
    ProjectConditions(ProjectQuery query, Collection<String> programmes, Today today) {
        this.query = query;
        this.programmes = programmes;
        this.today = today;
    }

    /** {@code " where ..."} (or nothing) for every filter but {@code except} (null for every filter). */
    String where(String except) {
        List<String> conditions = new ArrayList<>();
        if (query.programme() != null && !PROGRAMME.equals(except)) {
            conditions.add("p.programme in (:programmes)");
        }
        if (query.country() != null && !COUNTRY.equals(except)) {
            conditions.add("exists (select 1 from Partner c where c.project = p and c.country = :country)");
        }
        if (query.theme() != null && !THEME.equals(except)) {
            conditions.add("exists (select 1 from Theme t where t.project = p and t.name = :theme)");
        }
        if (query.status() != null && !STATUS.equals(except)) {
            conditions.add(switch (query.status()) {
                case NOT_STARTED -> NOT_STARTED;
                case RUNNING -> RUNNING;
                case ENDED -> ENDED;
            });
        }
        if (query.text() != null) {
            conditions.add("(lower(p.name) like :text escape '!' or lower(p.key) like :text escape '!')");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Binds the parameters the query's text names. */
    <Q extends Query> Q bind(Q jpaQuery) {
        Set<String> named = jpaQuery.getParameters().stream().map(Parameter::getName).collect(Collectors.toSet());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("programmes", programmes);
        values.put("country", query.country());
        values.put("theme", query.theme());
        values.put("text", query.text() == null ? null : "%" + escape(query.text().toLowerCase(java.util.Locale.ROOT)) + "%");
        values.put("zonesBehind", today.behind());
        values.put("zonesAhead", today.ahead());
        values.put("dayBehind", today.utc().minusDays(1));
        values.put("dayAhead", today.utc().plusDays(1));
        values.put("dayUtc", today.utc());
        values.forEach((name, value) -> {
            if (named.contains(name)) {
                jpaQuery.setParameter(name, value);
            }
        });
        return jpaQuery;
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /**
     * Today in the projects' zones: the day in UTC, and the zones where it is already the next day or
     * still the day before (each list holds an empty name so that it is never empty). A zone that is not
     * valid counts as UTC, as a project's zone does.
     */
    record Today(LocalDate utc, List<String> behind, List<String> ahead) {

        static Today of(java.time.Instant now, Collection<String> zones) {
            LocalDate utc = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
            List<String> behind = new ArrayList<>(List.of(""));
            List<String> ahead = new ArrayList<>(List.of(""));
            for (String zone : zones) {
                if (zone == null || !eu.practicehub.project.ProjectService.isZone(zone)) {
                    continue;
                }
                LocalDate local = LocalDate.ofInstant(now, java.time.ZoneId.of(zone));
                if (local.isBefore(utc)) {
                    behind.add(zone);
                } else if (local.isAfter(utc)) {
                    ahead.add(zone);
                }
            }
            return new Today(utc, List.copyOf(behind), List.copyOf(ahead));
        }
    }
}
