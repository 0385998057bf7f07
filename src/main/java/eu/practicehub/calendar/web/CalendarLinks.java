package eu.practicehub.calendar.web;

import eu.practicehub.common.PublicAddress;
import org.springframework.stereotype.Component;

/**
 * The feeds' addresses for the pages ({@code @calendarLinks} in templates). A {@code webcal:}
 * address opens the calendar app, which then subscribes to the feed over HTTP(S).
 */
@Component("calendarLinks")
public class CalendarLinks {

    private final PublicAddress address;

    CalendarLinks(PublicAddress address) {
        this.address = address;
    }

    /** E.g. {@code webcal://practicehub.example.org/projects/BETTER/calendar.ics} for {@code /projects/BETTER/calendar.ics}. */
    public String webcal(String path) {
        return address.webcal(path);
    }
}
