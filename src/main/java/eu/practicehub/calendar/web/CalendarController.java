package eu.practicehub.calendar.web;

import eu.practicehub.calendar.CalendarFile;
import eu.practicehub.calendar.CalendarService;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The iCalendar feeds to subscribe to, and each event as a file to add to a calendar. */
@Controller
class CalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarService calendars;

    CalendarController(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/projects/{key}/calendar.ics")
    ResponseEntity<String> project(@PathVariable String key) {
        return answer(calendars.projectCalendar(key, site()), ContentDisposition.inline());
    }

    @GetMapping("/projects/{key}/partners/{id}/calendar.ics")
    ResponseEntity<String> partner(@PathVariable String key, @PathVariable long id) {
        return answer(calendars.partnerCalendar(key, id, site()), ContentDisposition.inline());
    }

    @GetMapping("/projects/{key}/events/{id}/event.ics")
    ResponseEntity<String> event(@PathVariable String key, @PathVariable long id) {
        return answer(calendars.eventCalendar(key, id, site()), ContentDisposition.attachment());
    }

    /** The application's address as the client reached it, for the links back to the event pages. */
    static URI site() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUri();
    }

    private static ResponseEntity<String> answer(CalendarFile file, ContentDisposition.Builder disposition) {
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(file.fileName()).build().toString())
                .body(file.content());
    }
}
