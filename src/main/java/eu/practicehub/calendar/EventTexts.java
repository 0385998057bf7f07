package eu.practicehub.calendar;

import eu.practicehub.event.Event;
import eu.practicehub.practice.Practice;
import eu.practicehub.project.Partner;
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

    EventTexts(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Plain text: type and status, host, visitors, attendance mode, venue and link, the practices
     * examined (only the public ones: calendar feeds are read without signing in), the agenda and the
     * address of the event's page.
     */
    String description(Event event, URI page) {
        List<String> lines = new ArrayList<>();
        lines.add(message("calendar.description.kind", label(event.getType()), label(event.getStatus())));
        lines.add(message("calendar.description.host", event.getHost().getShortName()));
        if (!event.getParticipants().isEmpty()) {
            lines.add(message("calendar.description.visitors", event.getParticipants().stream()
                    .map(Partner::getShortName).collect(Collectors.joining(", "))));
        }
        lines.add(message("calendar.description.mode", label(event.getMode())));
        present(event.getVenue()).ifPresent(venue -> lines.add(message("calendar.description.venue", venue)));
        present(event.getOnlineLink()).ifPresent(link -> lines.add(message("calendar.description.onlineLink", link)));
        List<String> practices = event.getPractices().stream().filter(Practice::isPublicVisible).map(Practice::getTitle)
                .toList();
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
