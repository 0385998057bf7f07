package eu.practicehub.calendar;

import eu.practicehub.event.Event;
import eu.practicehub.event.EventActivity;
import eu.practicehub.practice.Practice;
import eu.practicehub.project.Partner;
import eu.practicehub.web.DateFormats;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What a calendar entry says about an event in words, from the message bundle. */
@Component
class EventTexts {

    private final MessageSource messages;
    private final DateFormats dates;

    EventTexts(MessageSource messages, DateFormats dates) {
        this.messages = messages;
        this.dates = dates;
    }

    /** The title, followed by its activities' types when it holds several (“Meeting in Vilnius (Partner meeting, Study visit)”). */
    String summary(Event event) {
        if (event.getActivities().size() < 2) {
            return event.getTitle();
        }
        return message("calendar.summary.activities", event.getTitle(), activityTypes(event));
    }

    /** The labels of the activities' types in order, each once. */
    private String activityTypes(Event event) {
        return event.getActivities().stream().map(a -> label(a.getType())).distinct().collect(Collectors.joining(", "));
    }

    /** “Study visit, 12 May 2023, in Vilnius”: an activity's type, and its own day and place where it has them. */
    String activity(EventActivity activity) {
        String type = label(activity.getType());
        String place = activity.getPlace();
        if (activity.getDay() != null && place != null) {
            return message("event.activity.dayAndPlace", type, dates.day(activity.getDay()), place);
        }
        if (activity.getDay() != null) {
            return message("event.activity.day", type, dates.day(activity.getDay()));
        }
        return place != null ? message("event.activity.place", type, place) : type;
    }

    /**
     * Plain text: type and status, host, visitors, attendance mode, venue and link, the practices
     * examined (only the public ones: calendar feeds are read without signing in), the agenda and the
     * address of the event's page.
     */
    String description(Event event, URI page) {
        List<String> lines = new ArrayList<>();
        String kind = event.hasActivityDetails() ? activityTypes(event) : label(event.getType());
        lines.add(message("calendar.description.kind", kind, label(event.getStatus())));
        lines.add(event.getHost() == null ? message("calendar.description.host.notStated")
                : message("calendar.description.host", event.getHost().getShortName()));
        if (!event.getParticipants().isEmpty()) {
            lines.add(message("calendar.description.visitors", event.getParticipants().stream()
                    .map(Partner::getShortName).collect(Collectors.joining(", "))));
        }
        lines.add(event.getMode() == null ? message("calendar.description.mode.notStated")
                : message("calendar.description.mode", label(event.getMode())));
        present(event.getVenue()).ifPresent(venue -> lines.add(message("calendar.description.venue", venue)));
        present(event.getOnlineLink()).ifPresent(link -> lines.add(message("calendar.description.onlineLink", link)));
        present(event.getOriginallyPlannedIn())
                .ifPresent(place -> lines.add(message("calendar.description.originallyPlannedIn", place)));
        if (event.hasActivityDetails()) {
            lines.add("");
            lines.add(message("calendar.description.activities"));
            event.getActivities().forEach(a -> lines.add("– " + activity(a)));
        }
        List<String> practices = event.publicPracticesExamined().stream().map(Practice::getTitle).toList();
        if (!practices.isEmpty()) {
            lines.add("");
            lines.add(message("calendar.description.practices"));
            practices.forEach(title -> lines.add("– " + title));
        }
        present(event.getAgenda()).ifPresent(agenda -> {
            lines.add("");
            lines.add(message("calendar.description.agenda"));
            lines.add(agenda);
        });
        lines.add("");
        lines.add(message("calendar.description.page", page));
        return String.join("\n", lines);
    }

    /** The venue of an event held on site, the link of one held online, both for a hybrid one. */
    Optional<String> location(Event event) {
        Optional<String> venue = present(event.getVenue());
        Optional<String> link = present(event.getOnlineLink());
        if (event.getMode() == null) {
            return venue.or(() -> link);
        }
        return switch (event.getMode()) {
            case IN_PERSON -> venue;
            case VIRTUAL -> link.or(() -> venue);
            case HYBRID -> venue.isPresent() && link.isPresent()
                    ? Optional.of(message("calendar.location.hybrid", venue.get(), link.get()))
                    : venue.or(() -> link);
        };
    }

    String joinOnline() {
        return message("calendar.conference.label");
    }

    /** The label of an enum value, as the pages show it. */
    String label(Enum<?> value) {
        return message("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    private static Optional<String> present(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
