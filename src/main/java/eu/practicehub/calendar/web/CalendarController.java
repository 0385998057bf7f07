package eu.practicehub.calendar.web;

import eu.practicehub.calendar.CalendarFile;
import eu.practicehub.calendar.CalendarService;
import eu.practicehub.common.PublicAddress;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The iCalendar feeds to subscribe to, and each event as a file to add to a calendar. */
@Controller
class CalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarService calendars;
    private final PublicAddress address;

    CalendarController(CalendarService calendars, PublicAddress address) {
        this.calendars = calendars;
        this.address = address;
    }

    @GetMapping("/projects/{key}/calendar.ics")
    ResponseEntity<String> project(@PathVariable String key) {
        return answer(calendars.projectCalendar(key, address.base()), ContentDisposition.inline());
    }

    @GetMapping("/projects/{key}/partners/{id}/calendar.ics")
    ResponseEntity<String> partner(@PathVariable String key, @PathVariable long id) {
        return answer(calendars.partnerCalendar(key, id, address.base()), ContentDisposition.inline());
    }

    @GetMapping("/projects/{key}/events/{id}/event.ics")
    ResponseEntity<String> event(@PathVariable String key, @PathVariable long id) {
        return answer(calendars.eventCalendar(key, id, address.base()), ContentDisposition.attachment());
    }

    private static ResponseEntity<String> answer(CalendarFile file, ContentDisposition.Builder disposition) {
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(file.fileName()).build().toString())
                .body(file.content());
    }
}
