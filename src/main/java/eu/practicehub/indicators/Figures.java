package eu.practicehub.indicators;

import eu.practicehub.actionplan.InstrumentType;
import eu.practicehub.event.EventType;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The programme indicators of one semester or of the whole project. A figure the data do not date
 * (action plans produced, policy instruments addressed) is null for a semester.
 *
 * @param goodPracticesIdentified per semester the practices identified on one of its days;
 *        in total every practice of the project
 * @param eventsHeld the held events of every type, by start date
 * @param partnerParticipations the host and the visitors of each held event, added up
 * @param averagePartnersPerEvent participations per held event, two decimals; null without events
 * @param actionPlansProduced plans submitted or further
 * @param actionPlansEndorsed plans endorsed or further, per semester by the day of endorsement
 * @param policyInstrumentsAddressed the distinct policy instruments the plans name
 * @param transfersStarted transfers by the day of their first move (in the lead partner's time zone)
 * @param transfersCompleted transfers by the day of their move to re-use (in the lead partner's time zone)
 */
public record Figures(long goodPracticesIdentified, long eventsHeld, Map<EventType, Long> eventsHeldByType,
        long partnerParticipations, BigDecimal averagePartnersPerEvent, Long actionPlansProduced,
        long actionPlansEndorsed, Long policyInstrumentsAddressed, Map<InstrumentType, Long> policyInstrumentsByType,
        long transfersStarted, long transfersCompleted) {
}
