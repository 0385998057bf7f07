package eu.practicehub.event;

import java.time.LocalDate;
import java.util.List;

/**
 * A planned event that meets on site while the host's or a visitor's country is restricted on one of
 * its days: the restricted countries with their periods and partners, and what can be done about it.
 */
public record EventAtRisk(long eventId, String title, EventType type, LocalDate startDate, LocalDate endDate,
        DatePrecision datePrecision, String host, EventMode mode, long version, List<RestrictedCountry> restrictions,
        List<RiskResolution> suggestions, Long hostId) {

    /** A restricted country of the event: the restriction's period and the event's partners from it. */
    public record RestrictedCountry(String country, LocalDate from, LocalDate to, List<String> partners) {
    }
}
