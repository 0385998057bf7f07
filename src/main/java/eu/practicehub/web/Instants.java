package eu.practicehub.web;

import eu.practicehub.account.Access;
import eu.practicehub.account.AccountUser;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Moments as every page shows them ({@code @instants} in templates): transfer moves, versions in the
 * history, tokens, one-time links, publication and backup times. The one rule: a moment is shown in the
 * reader's time zone, and the zone is named. The reader's zone is the signed-in account's when it chose one,
 * else on a project's pages ({@code /projects/{key}/…}) the project's (its lead partner's), else UTC.
 * An event's dates and times are not moments: they are told in the event's own zone
 * ({@link DateFormats#times}). The patterns come from the message bundle, one per language.
 */
@Component("instants")
public class Instants {

    /** UTC by its name: {@link ZoneOffset#UTC} would be named "Z". */
    static final ZoneId UTC = ZoneId.of("UTC");

    private static final String ZONE = Instants.class.getName() + ".zone";

    /** The request attribute holding the project a page shows, set before the page is rendered. */
    static final String PAGE_PROJECT = Instants.class.getName() + ".project";
    private static final String PROJECT_PAGES = "/projects/{key}";

    private final MessageSource messages;
    private final Access access;
    private final ProjectService projects;

    Instants(MessageSource messages, Access access, ProjectService projects) {
        this.messages = messages;
        this.access = access;
        this.projects = projects;
    }

    /** The moment to the minute in the reader's zone, e.g. 17 July 2021, 14:05 (Europe/Rome); empty for none. */
    public String of(Instant moment) {
        return format(moment, "format.moment");
    }

    /** The day of the moment in the reader's zone, e.g. 17 July 2021 (Europe/Rome); empty for none. */
    public String day(Instant moment) {
        return format(moment, "format.moment.day");
    }

    /** The reader's zone, found once per request (one query for a project's zone, none for an account's). */
    public ZoneId zone() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return readerZone(null);
        }
        if (request.getAttribute(ZONE, RequestAttributes.SCOPE_REQUEST) instanceof ZoneId known) {
            return known;
        }
        ZoneId zone = readerZone(request);
        request.setAttribute(ZONE, zone, RequestAttributes.SCOPE_REQUEST);
        return zone;
    }

    private ZoneId readerZone(RequestAttributes request) {
        return accountZone().or(() -> projectZone(request)).map(Instants::named).orElse(UTC);
    }

    /** The signed-in account's zone, as the session holds it (kept current with the stored account on every page). */
    private Optional<ZoneId> accountZone() {
        return access.currentUser().flatMap(AccountUser::zone);
    }

    /** The zone of the page's project: from the project the page shows, else one query by its key. */
    private Optional<ZoneId> projectZone(RequestAttributes request) {
        return projectKey(request).map(key -> request.getAttribute(PAGE_PROJECT, RequestAttributes.SCOPE_REQUEST) instanceof Project shown
                && shown.getKey().equals(key) ? shown.leadZone().orElse(ZoneOffset.UTC) : projects.zone(key));
    }

    /** The key of the project whose page the request is for: none outside {@code /projects/{key}/…}. */
    private static Optional<String> projectKey(RequestAttributes request) {
        if (request == null) {
            return Optional.empty();
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (pattern != null && pattern.toString().startsWith(PROJECT_PAGES) && variables instanceof Map<?, ?> values
                && values.get("key") instanceof String key) {
            return Optional.of(key);
        }
        return Optional.empty();
    }

    private static ZoneId named(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? UTC : zone;
    }

    private String format(Instant moment, String patternCode) {
        if (moment == null) {
            return "";
        }
        String pattern = messages.getMessage(patternCode, null, LocaleContextHolder.getLocale());
        return DateTimeFormatter.ofPattern(pattern, LocaleContextHolder.getLocale()).withZone(zone()).format(moment);
    }
}
