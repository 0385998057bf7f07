package eu.practicehub.newsletter;

import eu.practicehub.common.Languages;
import eu.practicehub.account.Access;
import eu.practicehub.common.Checks;
import eu.practicehub.common.KnownDate;
import eu.practicehub.common.NotFoundException;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.common.Violation;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.project.Semester;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing a newsletter from the data, editing, publishing and deleting it, and reading the published ones. */
@Service
@Transactional(readOnly = true)
public class NewsletterService {

    public static final int TITLE_LENGTH = 300;
    public static final int BODY_LENGTH = 100_000;

    private final NewsletterRepository newsletters;
    private final NewsletterWriter writer;
    private final EventService events;
    private final Clock clock;
    private final Access access;
    private final ProjectService projects;

    NewsletterService(NewsletterRepository newsletters, NewsletterWriter writer, EventService events, Clock clock,
            Access access, ProjectService projects) {
        this.access = access;
        this.projects = projects;
        this.newsletters = newsletters;
        this.writer = writer;
        this.events = events;
        this.clock = clock;
    }

    /** The zone a stated publication date starts in: the project's lead partner's, UTC without one. */
    public ZoneId zone(Project project) {
        return projects.zone(project);
    }

    /** Every newsletter of the project, the latest period first: drafts included for its members, else the published ones. */
    public Page<Newsletter> newsletters(Project project, Pageable pageable) {
        if (!access.isMember(project.getId())) {
            return newsletters.findPublished(project, pageable);
        }
        return newsletters.findByProject(project, pageable);
    }

    /** Every newsletter of the project in the order of their periods, for the project document. */
    public List<Newsletter> allNewsletters(Project project) {
        return newsletters.findAllByProject(project);
    }

    /** The published newsletters, the latest first. */
    public Page<Newsletter> published(Project project, Pageable pageable) {
        return newsletters.findPublished(project, pageable);
    }

    /** A newsletter; a draft only for the project's members, for anyone else it is not found. */
    public Newsletter newsletter(Project project, long id) {
        return newsletters.findByProjectAndId(project, id)
                .filter(n -> n.isPublished() || access.isMember(project.getId()))
                .orElseThrow(() -> new NotFoundException("newsletter", id));
    }

    /** A published newsletter; a draft is not found here. */
    public Newsletter publishedNewsletter(Project project, long id) {
        Newsletter newsletter = newsletter(project, id);
        if (!newsletter.isPublished()) {
            throw new NotFoundException("newsletter", id);
        }
        return newsletter;
    }

    /** The current semester, the period a newsletter reports on unless another is chosen. */
    public Semester defaultPeriod(Project project) {
        return project.currentSemester(LocalDate.now(clock));
    }

    /** The types of the events held in the period, which a newsletter reports on unless others are chosen. */
    public Set<EventType> typesHeld(Project project, LocalDate from, LocalDate to) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        events.countByTypeAndStatusBetween(project, from, to)
                .forEach((type, byStatus) -> {
                    if (byStatus.getOrDefault(EventStatus.HELD, 0L) > 0) {
                        types.add(type);
                    }
                });
        return types;
    }

    /** The newsletter as it would be written, without storing it. */
    public NewsletterDraft preview(Project project, NewsletterRequest request) {
        access.requireCoordinator(project.getId());
        NewsletterRequest r = withDefaults(project, request);
        check(r).throwIfAny();
        return Languages.writtenIn(project.publishingLocale(), () -> writer.write(project, r.from(), r.to(), types(r)));
    }

    /** Writes a newsletter from the data and stores it as a draft. */
    @Transactional
    public Newsletter generate(Project project, NewsletterRequest request) {
        access.requireCoordinator(project.getId());
        NewsletterRequest r = withDefaults(project, request);
        check(r).throwIfAny();
        NewsletterDraft draft = Languages.writtenIn(project.publishingLocale(),
                () -> writer.write(project, r.from(), r.to(), types(r)));
        Newsletter newsletter = new Newsletter(project, r.from(), r.to());
        newsletter.write(draft.title(), draft.markdown(), clock.instant());
        return newsletters.saveAndFlush(newsletter);
    }

    /**
     * Replaces the title and the text, and for a published newsletter dates its publication as the spec
     * states it (see {@link Newsletter#redate}); a spec without a date leaves it as it is.
     */
    @Transactional
    public Newsletter update(Project project, long id, long version, NewsletterSpec spec) {
        Newsletter newsletter = current(project, id, version);
        RuleViolationException.throwIfAny(problems(project, newsletter, spec));
        newsletter.write(spec.title().strip(), spec.body(), clock.instant());
        if (spec.publishedOn() != null) {
            newsletter.redate(spec.publishedOn(), zone(project));
        }
        return newsletters.saveAndFlush(newsletter);
    }

    @Transactional
    public Newsletter publish(Project project, long id, long version) {
        Newsletter newsletter = current(project, id, version);
        newsletter.publish(clock.instant());
        return newsletters.saveAndFlush(newsletter);
    }

    /** Deletes a draft; a published newsletter stays in the news. */
    @Transactional
    public void delete(Project project, long id, long version) {
        Newsletter newsletter = current(project, id, version);
        new Checks().check(!newsletter.isPublished(), "status", "newsletter.delete.published", newsletter.getTitle())
                .throwIfAny();
        newsletters.delete(newsletter);
        newsletters.flush();
    }

    /** The rules an edited newsletter breaks, all at once. */
    public List<Violation> problems(NewsletterSpec spec) {
        return new Checks()
                .text("title", spec.title(), TITLE_LENGTH, true)
                .text("body", spec.body(), BODY_LENGTH, true)
                .violations();
    }

    /**
     * The rules an edit of this newsletter breaks, all at once. A publication date is a draft's only once it
     * is published; a new one lies neither in the future nor before the period the newsletter reports on.
     */
    public List<Violation> problems(Project project, Newsletter newsletter, NewsletterSpec spec) {
        Checks checks = new Checks().addAll(problems(spec));
        KnownDate on = spec.publishedOn();
        ZoneId zone = zone(project);
        if (on != null && !newsletter.isPublished()) {
            checks.check(false, "publishedOn", "newsletter.publishedOn.draft");
        } else if (on != null && !on.equals(newsletter.publication(zone))) {
            LocalDate today = LocalDate.now(clock.withZone(zone));
            checks.check(!on.date().isAfter(today), "publishedOn", "newsletter.publishedOn.future", today)
                    .check(!on.lastDay().isBefore(newsletter.getPeriodFrom()), "publishedOn",
                            "newsletter.publishedOn.beforePeriod", newsletter.getPeriodFrom());
        }
        return checks.violations();
    }

    /** The rules a newsletter of a project document breaks. */
    public List<Violation> problems(NewsletterImport data) {
        Checks checks = new Checks().addAll(problems(new NewsletterSpec(data.title(), data.body())))
                .date("from", data.periodFrom(), true)
                .date("to", data.periodTo(), true)
                .required("status", data.status())
                .required("updatedAt", data.updatedAt());
        if (data.periodFrom() != null && data.periodTo() != null) {
            checks.check(!data.periodTo().isBefore(data.periodFrom()), "to", "newsletter.period.endBeforeStart");
        }
        checks.check(data.status() != NewsletterStatus.PUBLISHED || data.publishedAt() != null || data.publishedOn() != null,
                "publishedAt", "validation.required");
        return checks.violations();
    }

    /**
     * Makes the project's newsletters those of a project document: each is matched by its title and
     * period (and changed only where the document differs), the others are removed. The document's
     * newsletters must have passed {@link #problems(NewsletterImport)}.
     */
    @Transactional
    public void replaceNewsletters(Project project, List<NewsletterImport> imports) {
        access.requireCoordinator(project.getId());
        List<Newsletter> unmatched = new ArrayList<>(newsletters.findAllByProject(project));
        for (NewsletterImport data : imports) {
            RuleViolationException.throwIfAny(problems(data));
            Newsletter newsletter = unmatched.stream()
                    .filter(n -> n.getTitle().equals(data.title().strip()) && n.getPeriodFrom().equals(data.periodFrom())
                            && n.getPeriodTo().equals(data.periodTo()))
                    .findFirst().orElseGet(() -> new Newsletter(project, data.periodFrom(), data.periodTo()));
            unmatched.remove(newsletter);
            newsletter.write(data.title().strip(), data.body(), data.updatedAt());
            newsletter.restore(data.status(), data.updatedAt(), data.publishedAt(), data.publishedOn(), zone(project));
            newsletters.save(newsletter);
        }
        newsletters.deleteAll(unmatched);
        newsletters.flush();
    }

    private NewsletterRequest withDefaults(Project project, NewsletterRequest request) {
        if (request.from() != null && request.to() != null) {
            return request;
        }
        Semester semester = defaultPeriod(project);
        return new NewsletterRequest(request.from() == null ? semester.start() : request.from(),
                request.to() == null ? semester.end() : request.to(), request.types());
    }

    private static Checks check(NewsletterRequest r) {
        Checks checks = new Checks().date("from", r.from(), true).date("to", r.to(), true);
        if (!checks.hasViolation("from") && !checks.hasViolation("to")) {
            checks.check(!r.to().isBefore(r.from()), "to", "newsletter.period.endBeforeStart");
        }
        checks.check(r.types().stream().noneMatch(Objects::isNull), "types", "validation.listItemMissing");
        return checks;
    }

    private static Set<EventType> types(NewsletterRequest r) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        r.types().stream().filter(Objects::nonNull).forEach(types::add);
        return types;
    }

    private Newsletter current(Project project, long id, long version) {
        Newsletter newsletter = newsletter(project, id);
        access.requireCoordinator(project.getId());
        if (newsletter.getVersion() != version) {
            throw new StaleVersionException(version, newsletter.getVersion());
        }
        return newsletter;
    }
}
