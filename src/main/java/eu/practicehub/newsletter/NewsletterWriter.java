package eu.practicehub.newsletter;

import eu.practicehub.event.Event;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventType;
import eu.practicehub.practice.Practice;
import eu.practicehub.project.OrganisationType;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.DateFormats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes a newsletter from the data, like the project's own newsletters: the events held in a
 * period as a table of dates, good practices examined (grouped by theme) and participants, what
 * the partners will do next, the partners with their countries and the project's mission and links.
 * Every word comes from the message bundle.
 */
@Component
class NewsletterWriter {

    private final ProjectService projects;
    private final EventService events;
    private final NextSteps nextSteps;
    private final DateFormats dates;
    private final Wording wording;

    NewsletterWriter(ProjectService projects, EventService events, NextSteps nextSteps, DateFormats dates,
            Wording wording) {
        this.projects = projects;
        this.events = events;
        this.nextSteps = nextSteps;
        this.dates = dates;
        this.wording = wording;
    }

    NewsletterDraft write(Project project, LocalDate from, LocalDate to, Set<EventType> types) {
        List<Event> held = events.heldBetween(project, from, to, types);
        List<Partner> partners = projects.partners(project);
        boolean cities = allCities(partners);
        String title = text("newsletter.generated.title", project.getName(), dates.period(from, to));
        String introduction = introduction(held, from, to, types, cities);
        List<NewsletterDraft.Row> rows = held.stream().map(this::row).toList();
        String next = nextSteps.after(project, to, cities).orElse(null);
        List<String> about = about(project, partners);

        StringBuilder md = new StringBuilder();
        md.append(Markdown.literal(introduction)).append("\n\n");
        if (!rows.isEmpty()) {
            md.append("| ").append(text("newsletter.table.dates")).append(" | ")
                    .append(text("newsletter.table.practices")).append(" | ")
                    .append(text("newsletter.table.participants")).append(" |\n| --- | --- | --- |\n");
            for (NewsletterDraft.Row row : rows) {
                md.append("| ").append(Markdown.literal(row.dates())).append(" | ")
                        .append(row.practices().stream().map(line -> "- " + Markdown.literal(line))
                                .collect(Collectors.joining("<br>")))
                        .append(" | ").append(Markdown.literal(row.participants())).append(" |\n");
            }
            md.append('\n');
        }
        if (next != null) {
            md.append("## ").append(text("newsletter.next.heading")).append("\n\n").append(Markdown.literal(next))
                    .append("\n\n");
        }
        md.append("## ").append(text("newsletter.about.heading", project.getName())).append("\n\n");
        for (String paragraph : about) {
            md.append(Markdown.literal(paragraph)).append("\n\n");
        }
        if (project.getWebsite() != null && !project.getWebsite().isBlank()) {
            md.append(text("newsletter.website", "<" + project.getWebsite().strip() + ">")).append('\n');
        }
        return new NewsletterDraft(title, introduction, rows, next, about, md.toString());
    }

    /**
     * Whether the texts may say "partner cities": only when every partner counted among the regions
     * (those with an action plan of their own) is known to be a city.
     */
    static boolean allCities(List<Partner> partners) {
        List<Partner> counted = partners.stream().filter(Partner::hasOwnActionPlan).toList();
        return !counted.isEmpty() && counted.stream().allMatch(p -> p.getOrganisationType() == OrganisationType.CITY);
    }

    /**
     * “held three ‘Study visits’ and one ‘Thematic event’”: each activity of the chosen types on a day of the
     * period counts (an event of a partner meeting, a study visit and a seminar counts one of each).
     */
    private String introduction(List<Event> held, LocalDate from, LocalDate to, Set<EventType> types, boolean cities) {
        if (held.isEmpty()) {
            return text("newsletter.intro.none");
        }
        Map<EventType, Integer> counts = new EnumMap<>(EventType.class);
        held.stream().flatMap(e -> e.getActivities().stream())
                .filter(a -> types.isEmpty() || types.contains(a.getType()))
                .filter(a -> !a.countedOn().isBefore(from) && !a.countedOn().isAfter(to))
                .forEach(a -> counts.merge(a.getType(), 1, Integer::sum));
        List<String> parts = counts.entrySet().stream()
                .map(c -> text("newsletter.intro.count", number(c.getValue()), typeName(c.getKey(), c.getValue())))
                .toList();
        return text(cities ? "newsletter.intro" : "newsletter.intro.partners", joined(parts));
    }

    private NewsletterDraft.Row row(Event event) {
        List<String> lines = new ArrayList<>();
        // A newsletter is written for publication: it names only the public practices.
        for (Event.PracticeGroup group : event.publicPracticesByTheme()) {
            if (group.theme() == null) {
                group.practices().forEach(p -> lines.add(summarised(p)));
            } else {
                String practices = group.practices().stream()
                        .map(p -> text("newsletter.practice.quoted", p.getTitle()))
                        .collect(Collectors.joining(text("newsletter.practices.separator")));
                lines.add(text("newsletter.practices.themed", group.theme().getName(), practices));
            }
        }
        String host = event.hostName();
        List<Partner> visitors = event.getParticipants();
        String visitorNames = visitors.stream().map(Partner::getShortName)
                .collect(Collectors.joining(text("newsletter.participants.separator")));
        String participants;
        if (host == null) {
            participants = visitors.isEmpty() ? "" : text("newsletter.participants.noHost", visitorNames);
        } else {
            participants = visitors.isEmpty() ? text("newsletter.participants.hostOnly", host)
                    : text("newsletter.participants", host, visitorNames);
        }
        return new NewsletterDraft.Row(dates.period(event.getStartDate(), event.getEndDate(), event.getDatePrecision()),
                lines, participants);
    }

    /** “Title – what it is”, the summary as the continuation of the sentence the title starts. */
    private String summarised(Practice practice) {
        String summary = practice.getSummary();
        if (summary == null || summary.isBlank()) {
            return practice.getTitle();
        }
        String s = summary.strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        boolean capitalisedWord = s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1));
        if (capitalisedWord) {
            s = s.substring(0, 1).toLowerCase(wording.locale()) + s.substring(1);
        }
        return text("newsletter.practice.summarised", practice.getTitle(), s);
    }

    /** The partners counted among the regions, then the others (advisory partners, associated authorities) by role. */
    private List<String> about(Project project, List<Partner> all) {
        List<Partner> partners = all.stream().filter(Partner::hasOwnActionPlan).toList();
        String list = partners.stream()
                .map(p -> text("newsletter.partner", p.getShortName(), p.getCountry()))
                .collect(Collectors.joining(text("newsletter.partners.separator")));
        List<String> about = new ArrayList<>();
        about.add(project.getProgramme() == null || project.getProgramme().isBlank()
                ? text("newsletter.about.partners", project.getName(), number(partners.size()), list)
                : text("newsletter.about.programme", project.getName(), project.getProgramme(), number(partners.size()), list));
        List<Partner> others = all.stream().filter(p -> !p.hasOwnActionPlan()).toList();
        if (!others.isEmpty()) {
            about.add(text("newsletter.about.others", others.stream()
                    .map(p -> text("newsletter.partner.withRole", p.getShortName(), p.getCountry(),
                            text("enum.PartnerRole." + p.getRole().name()).toLowerCase(wording.locale())))
                    .collect(Collectors.joining(text("newsletter.partners.separator")))));
        }
        if (project.getMission() != null && !project.getMission().isBlank()) {
            about.add(text("newsletter.about.mission", project.getMission().strip()));
        }
        return about;
    }

    private String typeName(EventType type, int count) {
        return count == 1 ? text("enum.EventType." + type.name()) : text("newsletter.type.plural." + type.name());
    }

    private String number(int n) {
        return wording.number(n);
    }

    private String joined(List<String> parts) {
        return wording.joined(parts);
    }

    private String text(String code, Object... args) {
        return wording.text(code, args);
    }
}
