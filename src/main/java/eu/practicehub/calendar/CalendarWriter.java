package eu.practicehub.calendar;

import eu.practicehub.calendar.CalendarZones.CalendarZone;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Feature;
import net.fortuna.ical4j.model.parameter.Label;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes events as an iCalendar object (RFC 5545): one VEVENT per event, and the VTIMEZONE of
 * each time zone their times are given in. ical4j folds the lines and escapes the text.
 */
@Component
class CalendarWriter {

    static final String PRODUCT = "-//PracticeHub//Calendar feeds//EN";
    /** How often subscribed clients should fetch the feed again. */
    static final Duration REFRESH = Duration.ofHours(6);

    private final CalendarZones zones;
    private final EventTexts texts;
    private final Clock clock;

    CalendarWriter(CalendarZones zones, EventTexts texts, Clock clock) {
        this.zones = zones;
        this.texts = texts;
        this.clock = clock;
    }

    /** A feed to subscribe to, named {@code name}, holding {@code events}, whose pages are under {@code site}. */
    String feed(String name, List<Event> events, URI site) {
        Calendar calendar = calendar();
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        return write(calendar, events, site);
    }

    /**
     * One event to add to a calendar: without a calendar name, which would make some clients open
     * it as a calendar of its own.
     */
    String single(Event event, URI site) {
        return write(calendar(), List.of(event), site);
    }

    private static Calendar calendar() {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        return calendar;
    }

    private String write(Calendar calendar, List<Event> events, URI site) {
        Instant stamp = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Map<String, VTimeZone> definitions = new LinkedHashMap<>();
        List<VEvent> entries = new ArrayList<>();
        for (Event event : events) {
            entries.add(entry(event, site, stamp, definitions));
        }
        definitions.values().forEach(calendar::add);
        entries.forEach(calendar::add);
        return text(calendar);
    }

    /** The UID of an event: the same for as long as the event exists, whatever is changed in it. */
    static String uid(Event event) {
        return "event-" + event.getId() + "@" + event.getProject().getKey().toLowerCase(Locale.ROOT) + ".practicehub";
    }

    /**
     * RFC 5545 knows an event as confirmed, tentative or cancelled. A planned event is going ahead
     * on its dates, so confirmed like a held one; a postponed one is not, but is not called off
     * either: tentative, until it is given new dates.
     */
    static Status status(EventStatus status) {
        return switch (status) {
            case PLANNED, HELD -> ImmutableStatus.VEVENT_CONFIRMED;
            case POSTPONED -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        };
    }

    private VEvent entry(Event event, URI site, Instant stamp, Map<String, VTimeZone> definitions) {
        URI page = UriComponentsBuilder.fromUri(site).path("/projects/{key}/events/{id}")
                .buildAndExpand(event.getProject().getKey(), event.getId()).toUri();
        VEvent entry = new VEvent(false);
        entry.add(new Uid(uid(event)));
        entry.add(new DtStamp(stamp));
        addTimes(entry, event, definitions);
        entry.add(new Summary(texts.summary(event)));
        entry.add(new Description(texts.description(event, page)));
        texts.location(event).ifPresent(location -> entry.add(new Location(location)));
        conference(event).ifPresent(entry::add);
        List<String> categories = new ArrayList<>();
        event.getActivities().stream().map(a -> texts.label(a.getType())).distinct().forEach(categories::add);
        if (event.getMode() != null) {
            categories.add(texts.label(event.getMode()));
        }
        entry.add(new Categories(new TextList(categories.toArray(String[]::new))));
        entry.add(status(event.getStatus()));
        entry.add(new Sequence((int) Math.min(event.getVersion(), Integer.MAX_VALUE)));
        entry.add(new Url(page));
        return entry;
    }

    /**
     * An event known by date only lasts whole days: DTEND is the day after its last day. An event
     * with times is given in its own time zone, with that zone's VTIMEZONE; in UTC where no
     * definition of the zone exists.
     */
    private void addTimes(VEvent entry, Event event, Map<String, VTimeZone> definitions) {
        if (event.isAllDay()) {
            LocalDate last = event.getEndDate() == null ? event.getStartDate() : event.getEndDate();
            entry.add(new DtStart<>(event.getStartDate()));
            entry.add(new DtEnd<>(last.plusDays(1)));
            return;
        }
        Optional<CalendarZone> zone = zones.of(event.zone());
        if (zone.isEmpty()) {
            entry.add(new DtStart<>(event.start().toInstant()));
            entry.add(new DtEnd<>(event.end().toInstant()));
            return;
        }
        definitions.putIfAbsent(zone.get().zone().getId(), zone.get().definition());
        entry.add(new DtStart<>(event.start().withZoneSameLocal(zone.get().zone())));
        entry.add(new DtEnd<>(event.end().withZoneSameLocal(zone.get().zone())));
    }

    /** The online link of a virtual or hybrid event as an RFC 7986 CONFERENCE, for clients that offer to join. */
    private Optional<Conference> conference(Event event) {
        String link = event.getOnlineLink();
        if (event.getMode() == EventMode.IN_PERSON || link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            new URI(link.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        ParameterList parameters = new ParameterList(List.of(Value.URI, Feature.VIDEO, new Label(texts.joinOnline())));
        return Optional.of(new Conference(parameters, link.strip()));
    }

    /**
     * Written unfolded, then folded by octets: ical4j's own folding counts characters, so a line
     * with accented names would run past 75 octets.
     */
    private static String text(Calendar calendar) {
        return LineFolding.fold(calendar.toString());
    }
}
