package eu.practicehub.practice;

import eu.practicehub.account.Access;
import eu.practicehub.common.EnumCounts;
import eu.practicehub.common.Checks;
import eu.practicehub.common.ChoiceDeniedException;
import eu.practicehub.common.ImportScope;
import eu.practicehub.common.NotFoundException;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.common.Violation;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.persistence.criteria.JoinType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue of good practices and its themes: reads, writes and the rules they follow. */
@Service
@Transactional(readOnly = true)
public class PracticeService {

    private final PracticeRepository practices;
    private final ThemeRepository themes;
    private final ProjectService projects;
    private final PracticeExaminations examinations;
    private final PracticeTransfers transfers;
    private final Clock clock;
    private final Access access;
    private final PracticeIndex index;

    private static final PracticeTransfers NO_TRANSFERS = new PracticeTransfers() {
        @Override
        public List<TransferOfPractice> transfersOf(Practice practice) {
            return List.of();
        }

        @Override
        public boolean isTransferred(Practice practice) {
            return false;
        }
    };

    private static final PracticeIndex NO_INDEX = new PracticeIndex() {
        @Override
        public Page<Long> catalogue(Project project, PracticeFilter filter, boolean publicOnly, Pageable pageable) {
            throw new IllegalStateException("No practice index: the search module is not running");
        }

        @Override
        public List<SimilarPractice> similarTo(Practice practice, int max) {
            return List.of();
        }
    };

    PracticeService(PracticeRepository practices, ThemeRepository themes, ProjectService projects,
            PracticeExaminations examinations, ObjectProvider<PracticeTransfers> transfers, ObjectProvider<Clock> clock,
            Access access, ObjectProvider<PracticeIndex> index) {
        this.access = access;
        // Without the module that keeps the index (as in tests of this module alone) there is no text search.
        this.index = index.getIfAvailable(() -> NO_INDEX);
        // Without the application's clock (as in tests of this module alone) it is the system's.
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
        this.practices = practices;
        this.themes = themes;
        this.projects = projects;
        this.examinations = examinations;
        // Without the module that runs transfers (as in tests of this module alone) there are none.
        this.transfers = transfers.getIfAvailable(() -> NO_TRANSFERS);
    }

    /**
     * The catalogue's page: with a text, the practices the index finds, best match first (the other
     * filters applied by the index too); without one, read from the database in the page's order.
     */
    public Page<Practice> catalogue(Project project, PracticeFilter filter, Pageable pageable) {
        boolean publicOnly = !access.isMember(project.getId());
        if (filter.text() != null && !filter.text().isBlank()) {
            Page<Long> ids = index.catalogue(project, filter, publicOnly, pageable);
            Map<Long, Practice> found = new java.util.HashMap<>();
            practices.findByIdIn(ids.getContent()).forEach(p -> found.put(p.getId(), p));
            // A practice deleted since the index answered is left out.
            return new PageImpl<>(ids.getContent().stream().map(found::get).filter(Objects::nonNull).toList(),
                    pageable, ids.getTotalElements());
        }
        Specification<Practice> matching = matching(project, filter, publicOnly);
        if (pageable.isPaged() && pageable.getOffset() > Integer.MAX_VALUE) {
            // Far past the last page: there is nothing there, and the database could not be asked.
            return new PageImpl<>(List.of(), pageable, practices.count(matching));
        }
        return practices.findAll(matching, pageable);
    }

    /** Practices of other projects like this one, that the current person sees. */
    public List<PracticeIndex.SimilarPractice> similarTo(Practice practice, int max) {
        return index.similarTo(practice, max);
    }

    /** A catalogue page whose practices come with their themes, for pages that list them. */
    public Page<Practice> catalogueWithThemes(Project project, PracticeFilter filter, Pageable pageable) {
        Page<Practice> page = catalogue(project, filter, pageable);
        // Reading the themes inside the transaction loads them for the whole page in one batch.
        page.forEach(Practice::getThemes);
        return page;
    }

    /** A practice; one not in the public catalogue only for the project's members, for anyone else it is not found. */
    public Practice practice(Project project, long id) {
        Optional<Practice> imported = practiceIndex(project)
                .flatMap(index -> index.values().stream().filter(p -> p.getId() != null && p.getId() == id).findFirst());
        return imported.or(() -> practices.findByProjectAndId(project, id)).filter(this::isVisible)
                .orElseThrow(() -> new NotFoundException("practice", id));
    }

    /** Whether the current person sees the practice: everyone a public one, the project's members every one. */
    public boolean isVisible(Practice practice) {
        return practice.isPublicVisible() || access.isMember(practice.getProject().getId());
    }

    /** All of the project's practices, public or not, for the work of the modules (documents, rules, links). */
    public List<Practice> practices(Project project) {
        return practices.findByProject(project);
    }

    /** The project's practices the current person sees: the public ones, or all for its members. */
    public List<Practice> visiblePractices(Project project) {
        return access.isMember(project.getId()) ? practices.findByProject(project) : practices.findPublicByProject(project);
    }

    /** Those of the project's practices with these ids that the current person sees, with their owners. */
    public List<Practice> visiblePractices(Project project, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : practices.findByProjectAndIdIn(project, ids, access.isMember(project.getId()));
    }

    /** The partner's practices the current person sees, by title. */
    public List<Practice> ownedBy(Partner owner) {
        return access.isMember(owner.getProject().getId()) ? practices.findByOwner(owner) : practices.findPublicByOwner(owner);
    }

    /** How many practices the current person sees in the catalogue. */
    public long count(Project project) {
        return practices.countByProject(project, access.isMember(project.getId()));
    }

    /**
     * How many of the project's practices were identified from {@code from} to {@code to}, both days
     * included: those the current person sees (the public ones, or all for the project's members).
     */
    public long countIdentifiedBetween(Project project, LocalDate from, LocalDate to) {
        return practices.countIdentifiedBetween(project, from, to, access.isMember(project.getId()));
    }

    public Map<PracticeStatus, Long> countByStatus(Project project) {
        return EnumCounts.of(PracticeStatus.class, practices.countByStatus(project, access.isMember(project.getId())), PracticeRepository.StatusCount::status,
                PracticeRepository.StatusCount::count);
    }

    /** How many practices carry each of the project's themes, every theme present, by name. */
    public List<NamedCount> countByTheme(Project project) {
        return practices.countByTheme(project, access.isMember(project.getId()));
    }

    public long countWithoutTheme(Project project) {
        return practices.countWithoutTheme(project, access.isMember(project.getId()));
    }

    /** How many practices each partner owns, by short name, every partner present, lead partner first. */
    public List<NamedCount> countByOwner(Project project) {
        return practices.countByOwner(project, access.isMember(project.getId()));
    }

    /** The practices with these titles, in the order the titles are given. */
    public List<Practice> byTitles(Project project, List<String> titles) {
        Optional<Map<String, Practice>> index = practiceIndex(project);
        if (index.isPresent()) {
            return titles.stream().map(index.get()::get).filter(Objects::nonNull).toList();
        }
        List<Practice> found = practices.findByProjectAndTitleIn(project, titles);
        return titles.stream()
                .flatMap(title -> found.stream().filter(p -> p.getTitle().equals(title)).findFirst().stream())
                .toList();
    }

    public List<Theme> themes(Project project) {
        return themes.findByProject(project);
    }

    public Optional<Theme> theme(Project project, long id) {
        return themes.findByProjectAndId(project, id);
    }

    public Optional<Theme> theme(Project project, String name) {
        return themes.findByProjectAndName(project, name);
    }

    @Transactional
    public Theme createOrGetTheme(Project project, String name) {
        access.requireCoordinator(project.getId());
        new Checks().text("name", name, 200, true).throwIfAny();
        Optional<Map<String, Theme>> index = themeIndex(project);
        Theme theme = themeNamed(project, name.strip(), index).orElseGet(() -> themes.save(new Theme(project, name.strip())));
        index.ifPresent(byName -> byName.put(theme.getName(), theme));
        return theme;
    }

    private Optional<Theme> themeNamed(Project project, String name, Optional<Map<String, Theme>> index) {
        return index.map(byName -> Optional.ofNullable(byName.get(name))).orElseGet(() -> themes.findByProjectAndName(project, name));
    }

    /** The project's themes by name while a document is imported (see {@link ImportScope}). */
    private Optional<Map<String, Theme>> themeIndex(Project project) {
        return ImportScope.index("themes", project.getId(), () -> {
            Map<String, Theme> byName = new java.util.HashMap<>();
            themes.findByProject(project).forEach(t -> byName.put(t.getName(), t));
            return byName;
        });
    }

    /** The project's practices by title while a document is imported (see {@link ImportScope}). */
    private Optional<Map<String, Practice>> practiceIndex(Project project) {
        return ImportScope.index("practices", project.getId(), () -> {
            Map<String, Practice> byTitle = new java.util.HashMap<>();
            practices.findByProject(project).forEach(p -> byTitle.put(p.getTitle(), p));
            return byTitle;
        });
    }

    private Optional<Practice> practiceTitled(Project project, String title) {
        return practiceIndex(project).map(index -> Optional.ofNullable(index.get(title)))
                .orElseGet(() -> practices.findByProjectAndTitle(project, title));
    }

    @Transactional
    public Practice create(Project project, PracticeSpec spec) {
        Resolved resolved = resolve(project, spec, null, true);
        Practice practice = new Practice(project);
        practice.describe(spec, resolved.owner(), resolved.themes());
        if (spec.status() != null) {
            practice.advanceTo(spec.status());
        }
        return practices.save(practice);
    }

    @Transactional
    public Practice update(Project project, long id, long version, PracticeSpec spec) {
        Practice practice = practice(project, id);
        requireOwner(practice);
        if (practice.getVersion() != version) {
            throw new StaleVersionException(version, practice.getVersion());
        }
        Resolved resolved = resolve(project, spec, practice, true);
        if (spec.status() != null) {
            practice.advanceTo(spec.status());
        }
        practice.describe(spec, resolved.owner(), resolved.themes());
        return practices.saveAndFlush(practice);
    }

    /** Creates or updates the practice with the spec's title, taking its status as given. */
    @Transactional
    public Practice importPractice(Project project, PracticeSpec spec) {
        access.requireCoordinator(project.getId());
        Practice practice = spec.title() == null ? null : practiceTitled(project, spec.title().strip()).orElse(null);
        Resolved resolved = resolve(project, spec, practice, false);
        if (practice == null) {
            practice = new Practice(project);
        }
        practice.describe(spec, resolved.owner(), resolved.themes());
        practice.restoreStatus(spec.status() == null ? PracticeStatus.IDENTIFIED : spec.status());
        Practice saved = practices.save(practice);
        practiceIndex(project).ifPresent(index -> index.put(saved.getTitle(), saved));
        return saved;
    }

    @Transactional
    public void delete(Project project, long id, long version) {
        Practice practice = practice(project, id);
        requireOwner(practice);
        if (practice.getVersion() != version) {
            throw new StaleVersionException(version, practice.getVersion());
        }
        if (examinations.isExamined(practice)) {
            throw new RuleViolationException(Violation.of("", "practice.delete.examined", practice.getTitle()));
        }
        if (transfers.isTransferred(practice)) {
            throw new RuleViolationException(Violation.of("", "practice.delete.transferred", practice.getTitle()));
        }
        practices.delete(practice);
    }

    /** Raises each practice to at least EXAMINED: called when an event that examined them is held. */
    @Transactional
    public void markExamined(Collection<Practice> examined) {
        examined.forEach(Practice::markExamined);
    }

    /** Sets the practice's status as its transfers call for. */
    @Transactional
    public void followTransfers(PracticeTransfersChanged changed) {
        practices.findById(changed.practiceId())
                .ifPresent(p -> p.followTransfers(changed.anyOpen(), changed.anyAdopted()));
    }

    @Transactional
    public void removePracticesExcept(Project project, Set<String> titles) {
        access.requireCoordinator(project.getId());
        practices.findByProject(project).stream()
                .filter(p -> !titles.contains(p.getTitle()))
                .forEach(practices::delete);
        ImportScope.forget("practices", project.getId());
    }

    @Transactional
    public void removeThemesExcept(Project project, Set<String> names) {
        access.requireCoordinator(project.getId());
        themes.findByProject(project).stream()
                .filter(t -> !names.contains(t.getName()))
                .forEach(themes::delete);
        ImportScope.forget("themes", project.getId());
    }

    /**
     * Every rule the spec breaks, as a save would report it, without saving anything: an owner the person
     * may not write for is one of them.
     */
    public List<Violation> problems(Project project, Long id, PracticeSpec spec) {
        Practice current = id == null ? null : practice(project, id);
        Resolved resolved = check(project, spec, current);
        List<Violation> violations = new ArrayList<>(resolved.violations());
        refusedOwner(project, resolved.owner()).ifPresent(violations::add);
        if (current != null && spec.status() != null && spec.status().isBefore(current.getStatus())) {
            violations.add(Violation.of("status", "practice.status.backwards", current.getStatus(), spec.status()));
        }
        return violations;
    }

    private Resolved resolve(Project project, PracticeSpec spec, Practice current, boolean guarded) {
        if (guarded && !access.mayWriteSomething(project.getId())) {
            throw new AccessDeniedException("Not allowed for this account");
        }
        Resolved resolved = check(project, spec, current);
        ChoiceDeniedException.throwIfAny(guarded ? refusedOwner(project, resolved.owner()) : Optional.empty(),
                resolved.violations());
        return resolved;
    }

    /** The owner's editors write a practice: a new one, or one given to another owner, must be theirs too. */
    private Optional<Violation> refusedOwner(Project project, Partner owner) {
        return owner == null ? Optional.empty()
                : access.refusedChoice(project.getId(), owner.getId(), "owner", owner.getShortName());
    }

    private Resolved check(Project project, PracticeSpec spec, Practice current) {
        Checks checks = new Checks()
                .text("title", spec.title(), 300, true)
                .required("owner", spec.owner())
                .text("summary", spec.summary(), 2000, false)
                .text("problemAddressed", spec.problemAddressed(), 10000, false)
                .text("description", spec.description(), 20000, false)
                .text("resourcesNeeded", spec.resourcesNeeded(), 10000, false)
                .text("timescale", spec.timescale(), 2000, false)
                .text("evidenceOfSuccess", spec.evidenceOfSuccess(), 10000, false)
                .text("potentialForTransfer", spec.potentialForTransfer(), 10000, false)
                .text("location", spec.location(), 300, false)
                .text("website", spec.website(), 500, false)
                .webAddress("website", spec.website())
                .date("identifiedOn", spec.identifiedOn() == null ? null : spec.identifiedOn().date(), false)
                .check(spec.identifiedOn() == null || !spec.identifiedOn().date().isAfter(LocalDate.now(clock)),
                        "identifiedOn", "practice.identifiedOn.future");
        if (spec.title() != null && !spec.title().isBlank()) {
            practiceTitled(project, spec.title().strip())
                    .filter(other -> current == null || !other.getId().equals(current.getId()))
                    .ifPresent(other -> checks.check(false, "title", "practice.title.taken", spec.title().strip()));
        }
        Partner owner = null;
        if (spec.owner() != null && !spec.owner().isBlank()) {
            owner = projects.partner(project, spec.owner()).orElse(null);
            checks.check(owner != null, "owner", "practice.owner.unknown", spec.owner());
        }
        List<Theme> resolvedThemes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        checks.check(spec.themes().stream().noneMatch(Objects::isNull), "themes", "validation.listItemMissing");
        for (String name : new LinkedHashSet<>(spec.themes())) {
            if (name == null) {
                continue;
            }
            Optional<Theme> theme = themeNamed(project, name.strip(), themeIndex(project));
            checks.check(theme.isPresent(), "themes", "practice.theme.unknown", name);
            theme.filter(t -> seen.add(t.getName())).ifPresent(resolvedThemes::add);
        }
        return new Resolved(owner, resolvedThemes, checks.violations());
    }

    /** A practice is changed by its owner's editors, the project's coordinators and administrators. */
    private void requireOwner(Practice practice) {
        access.requireWrite(practice.getProject().getId(), practice.getOwner().getId());
    }

    private static Specification<Practice> matching(Project project, PracticeFilter filter, boolean publicOnly) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<jakarta.persistence.criteria.Predicate>();
            predicates.add(cb.equal(root.get("project"), project));
            if (publicOnly) {
                predicates.add(cb.isTrue(root.get("publicVisible")));
            }
            if (filter.ownerId() != null) {
                predicates.add(cb.equal(root.get("owner").get("id"), filter.ownerId()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.themeId() != null) {
                var sub = query.subquery(Long.class);
                var practice = sub.from(Practice.class);
                var theme = practice.join("themes", JoinType.INNER);
                sub.select(practice.get("id")).where(cb.equal(theme.get("id"), filter.themeId()));
                predicates.add(root.get("id").in(sub));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    private record Resolved(Partner owner, List<Theme> themes, List<Violation> violations) {
    }
}
