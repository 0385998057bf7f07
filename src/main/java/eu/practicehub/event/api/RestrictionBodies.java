package eu.practicehub.event.api;

import eu.practicehub.event.DatePrecision;
import eu.practicehub.event.EventAtRisk;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventType;
import eu.practicehub.event.Restriction;
import eu.practicehub.event.RestrictionLevel;
import eu.practicehub.event.RestrictionSpec;
import eu.practicehub.event.RiskResolution;
import java.time.LocalDate;
import java.util.List;

/** What the restrictions API reads and answers. */
final class RestrictionBodies {

    private RestrictionBodies() {
    }

    /** A restriction to create or replace; {@code version} is the one read, for a replacement. */
    record RestrictionBody(String country, LocalDate from, LocalDate to, RestrictionLevel level, String note,
            String source, Long version) {

        RestrictionSpec toSpec() {
            return new RestrictionSpec(country, from, to, level, note, source);
        }
    }

    record RestrictionView(long id, String country, LocalDate from, LocalDate to, RestrictionLevel level, String note,
            String source, long version) {

        static RestrictionView of(Restriction r) {
            return new RestrictionView(r.getId(), r.getCountry(), r.getFrom(), r.getTo(), r.getLevel(), r.getNote(),
                    r.getSource(), r.getVersion());
        }
    }

    /** The restrictions a CSV import added. */
    record ImportedView(int added, List<RestrictionView> restrictions) {
    }

    /** A planned event at risk: the restricted countries with their periods and partners, and the suggestions. */
    record AtRiskView(long eventId, String title, EventType type, LocalDate startDate, LocalDate endDate,
            DatePrecision datePrecision, String host, EventMode mode, long version, List<RestrictedView> restrictions,
            List<RiskResolution> suggestions) {

        static AtRiskView of(EventAtRisk e) {
            return new AtRiskView(e.eventId(), e.title(), e.type(), e.startDate(), e.endDate(), e.datePrecision(),
                    e.host(), e.mode(), e.version(),
                    e.restrictions().stream().map(r -> new RestrictedView(r.country(), r.from(), r.to(), r.partners())).toList(),
                    e.suggestions());
        }
    }

    record RestrictedView(String country, LocalDate from, LocalDate to, List<String> partners) {
    }

    /** The suggestion to apply to an event at risk, with the event's version that was read. */
    record ResolveBody(RiskResolution resolution, Long version) {
    }
}
