package eu.practicehub.calendar;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.springframework.stereotype.Component;

/**
 * The VTIMEZONE of each time zone, from the zone definitions bundled with ical4j (read from the
 * class path, never fetched). A zone with no definition there, such as a bare offset, has none.
 */
@Component
class CalendarZones {

    private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final Map<String, Optional<CalendarZone>> zones = new ConcurrentHashMap<>();

    /** A time zone as a feed writes it: the zone whose id is the VTIMEZONE's TZID, and that VTIMEZONE. */
    record CalendarZone(ZoneId zone, VTimeZone definition) {
    }

    Optional<CalendarZone> of(ZoneId zone) {
        return zones.computeIfAbsent(zone.getId(), this::load);
    }

    private Optional<CalendarZone> load(String id) {
        try {
            TimeZone timeZone = registry.getTimeZone(id);
            if (timeZone == null) {
                return Optional.empty();
            }
            VTimeZone definition = timeZone.getVTimeZone();
            // The registry may know the zone by its current name (Europe/Kiev is Europe/Kyiv): the
            // events name it as the VTIMEZONE does, so that clients find the definition.
            ZoneId named = ZoneId.of(definition.getTimeZoneId().getValue());
            return Optional.of(new CalendarZone(named, definition));
        } catch (RuntimeException e) {
            // The registry fails rather than answers for some ids it does not hold (e.g. "+02:00"),
            // and Java may not know the name the registry gives.
            return Optional.empty();
        }
    }
}
