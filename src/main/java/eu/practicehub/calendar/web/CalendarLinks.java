package eu.practicehub.calendar.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The feeds' addresses for the pages ({@code @calendarLinks} in templates). A {@code webcal:}
 * address opens the calendar app, which then subscribes to the feed over HTTP(S).
 */
@Component("calendarLinks")
public class CalendarLinks {

    /** E.g. {@code webcal://example.org/projects/BETTER/calendar.ics} for {@code /projects/BETTER/calendar.ics}. */
    public String webcal(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).scheme("webcal").build().toUriString();
    }
}
