package eu.practicehub.account;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The time zones an account reads moments in: any zone of the IANA database that Java knows, by its name. */
public final class TimeZones {

    /** UTC by its name: Java names it Z or Etc/UTC at times. */
    public static final String UTC = "UTC";

    /** The zones of the IANA database that Java knows (a copy: the runtime makes a new set on every call). */
    private static final Set<String> KNOWN = Set.copyOf(ZoneId.getAvailableZoneIds());

    /** The zones the account forms offer: UTC and Europe's, by name. */
    public static final List<String> OFFERED = Stream.concat(Stream.of(UTC),
            KNOWN.stream().filter(zone -> zone.startsWith("Europe/")).sorted()).toList();

    private TimeZones() {
    }

    /** Whether the text names a time zone of the IANA database that Java knows, such as Europe/Rome or UTC. */
    public static boolean isKnown(String zone) {
        return zone != null && KNOWN.contains(zone);
    }

    /**
     * The zones a form offers, with the current one first when it is another known zone (chosen before, restored or the
     * inviter's); a name that is no zone is not offered back, its field message says why.
     */
    public static List<String> offeredWith(String current) {
        return !isKnown(current) || OFFERED.contains(current) ? OFFERED
                : Stream.concat(Stream.of(current), OFFERED.stream()).toList();
    }

    /** The zone's name; UTC for every zone that is UTC all year (Z, Etc/UTC, GMT). */
    public static String nameOf(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? UTC : zone.getId();
    }

    /** The server's zone by its name when the IANA database knows it, else UTC. */
    public static String server() {
        String zone = nameOf(ZoneId.systemDefault());
        return isKnown(zone) ? zone : UTC;
    }
}
