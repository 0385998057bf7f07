package eu.practicehub.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Moments as the account pages show them ({@code @instants} in templates): in UTC, and saying so. */
@Component("instants")
public class Instants {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public String of(Instant moment) {
        return moment == null ? "" : FORMAT.format(moment);
    }
}
