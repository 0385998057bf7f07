package eu.practicehub.project;

import eu.practicehub.account.Access;
import eu.practicehub.common.Checks;
import eu.practicehub.common.Languages;
import eu.practicehub.common.ImportScope;
import eu.practicehub.common.NotFoundException;
import eu.practicehub.common.Violation;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and writes projects and their partners; the only way other modules reach them. */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    private static final Pattern PROJECT_KEY = Pattern.compile("^[A-Z][A-Z0-9_-]{1,31}$");
    private static final Pattern NUTS = Pattern.compile("^[A-Z]{2}[A-Z0-9]{0,3}$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final ProjectRepository projects;
    private final PartnerRepository partners;
    private final Access access;

    ProjectService(ProjectRepository projects, PartnerRepository partners, Access access) {
        this.access = access;
        this.projects = projects;
        this.partners = partners;
    }

    public List<Project> projects() {
        return projects.findAll().stream().sorted((a, b) -> a.getName().compareToIgnoreCase(b.getName())).toList();
    }

    /** The projects of these ids that exist, in one query. */
    public List<Project> projects(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : projects.findAllById(ids);
    }

    public Project project(String key) {
        return findProject(key).orElseThrow(() -> new NotFoundException("project", key));
    }

    public Optional<Project> findProject(String key) {
        return projects.findByKey(key);
    }

    public boolean exists(String key) {
        return projects.existsByKey(key);
    }

    /** The partners, lead partner first, then in the order they were added. */
    public List<Partner> partners(Project project) {
        return partners.findByProject(project);
    }

    /**
     * The partners whose records the current person may change, in the order of {@link #partners}: every
     * one for the project's coordinators and administrators, their own for a partner's editor. These are
     * the choices a form offers for a host, an owner or an importer.
     */
    public List<Partner> writablePartners(Project project) {
        return writablePartners(project, partners(project));
    }

    /** As {@link #writablePartners(Project)}, among the project's partners a page has already read. */
    public List<Partner> writablePartners(Project project, List<Partner> partners) {
        return partners.stream().filter(p -> access.mayWrite(project.getId(), p.getId())).toList();
    }

    /**
     * The partners of these projects with their project, in one query: for pages that name the
     * projects and partners of records that keep only their ids (such as an account's roles).
     */
    public List<Partner> partnersOfProjects(java.util.Collection<Long> projectIds) {
        return projectIds.isEmpty() ? List.of() : partners.findWithProjectByProjectIdIn(projectIds);
    }

    /**
     * The project's time zone: its lead partner's, UTC when it has none that is valid. Its days count
     * transfers into semesters, and its pages show moments in it to readers without a zone of their own.
     */
    public ZoneId zone(Project project) {
        return importIndex(project).map(index -> List.copyOf(index.values())).orElseGet(() -> partners(project)).stream().filter(p -> p.getRole() == PartnerRole.LEAD).findFirst()
                .map(Partner::getTimeZone).filter(ProjectService::isZone).<ZoneId>map(ZoneId::of)
                .orElse(ZoneOffset.UTC);
    }

    /** As {@link #zone(Project)}, for the project of this key (UTC for none), in one query. */
    public ZoneId zone(String projectKey) {
        return partners.findLeadTimeZones(projectKey).stream().filter(ProjectService::isZone).findFirst()
                .<ZoneId>map(ZoneId::of).orElse(ZoneOffset.UTC);
    }

    public Partner partner(Project project, long id) {
        return partners.findByProjectAndId(project, id).orElseThrow(() -> new NotFoundException("partner", id));
    }

    public Optional<Partner> partner(Project project, String shortName) {
        if (shortName == null) {
            return Optional.empty();
        }
        return importIndex(project).map(index -> Optional.ofNullable(index.get(shortName.strip())))
                .orElseGet(() -> partners.findByProjectAndShortName(project, shortName.strip()));
    }

    /** The project's partners by short name while a document is imported (see {@link ImportScope}). */
    private Optional<Map<String, Partner>> importIndex(Project project) {
        return ImportScope.index("partners", project.getId(), () -> {
            Map<String, Partner> byShortName = new java.util.HashMap<>();
            partners.findByProject(project).forEach(p -> byShortName.put(p.getShortName(), p));
            return byShortName;
        });
    }

    @Transactional
    public Project createOrUpdate(ProjectSpec spec) {
        new Checks().addAll(check(spec)).throwIfAny();
        Optional<Project> existing = projects.findByKey(spec.key());
        // Administrators create projects; a project's coordinators change it.
        if (existing.isPresent()) {
            access.requireCoordinator(existing.get().getId());
        } else {
            access.requireAdmin();
        }
        existing.ifPresent(project -> project.apply(spec));
        return existing.orElseGet(() -> projects.save(new Project(spec)));
    }

    @Transactional
    public Partner createOrUpdatePartner(Project project, PartnerSpec spec) {
        access.requireCoordinator(project.getId());
        new Checks().addAll(check(spec)).throwIfAny();
        Optional<Map<String, Partner>> index = importIndex(project);
        Optional<Partner> existing = index.map(byShortName -> Optional.ofNullable(byShortName.get(spec.shortName())))
                .orElseGet(() -> partners.findByProjectAndShortName(project, spec.shortName()));
        existing.ifPresent(partner -> partner.apply(spec));
        Partner partner = existing.orElseGet(() -> partners.save(new Partner(project, spec)));
        index.ifPresent(byShortName -> byShortName.put(partner.getShortName(), partner));
        return partner;
    }

    /** Removes partners that an import document no longer lists. */
    @Transactional
    public void removePartnersExcept(Project project, Set<String> shortNames) {
        access.requireCoordinator(project.getId());
        partners.findByProject(project).stream()
                .filter(p -> !shortNames.contains(p.getShortName()))
                .forEach(partners::delete);
        ImportScope.forget("partners", project.getId());
    }

    public List<Violation> check(ProjectSpec spec) {
        Checks checks = new Checks()
                .required("key", spec.key())
                .text("name", spec.name(), 200, true)
                .text("programme", spec.programme(), 200, false)
                .text("mission", spec.mission(), 4000, false)
                .date("startDate", spec.startDate(), true)
                .text("website", spec.website(), 500, false)
                .webAddress("website", spec.website())
                .check(spec.semesterMonths() == null || spec.semesterMonths() >= 1 && spec.semesterMonths() <= 24,
                        "semesterMonths", "project.semesterMonths.range")
                .check(spec.language() == null || Languages.CODES.contains(spec.language()), "language",
                        "project.language.unknown", spec.language(), String.join(", ", Languages.CODES));
        if (spec.startDate() != null && spec.endDate() != null) {
            checks.check(!spec.endDate().isBefore(spec.startDate()), "endDate", "project.endDate.beforeStart");
        }
        if (spec.key() != null && !spec.key().isBlank()) {
            checks.check(PROJECT_KEY.matcher(spec.key()).matches(), "key", "project.key.format");
        }
        checks.check(!spec.phases().isEmpty(), "phases", "project.phases.required");
        for (int i = 0; i < spec.phases().size(); i++) {
            Phase phase = spec.phases().get(i);
            String field = "phases[" + i + "]";
            checks.text(field + ".name", phase.name(), 200, true)
                    .date(field + ".startDate", phase.startDate(), true)
                    .date(field + ".endDate", phase.endDate(), true);
            if (phase.startDate() != null && phase.endDate() != null) {
                checks.check(!phase.endDate().isBefore(phase.startDate()), field + ".endDate", "project.phase.endBeforeStart");
            }
            checkWithinRun(checks, spec, phase, field);
        }
        return checks.violations();
    }

    /** A phase lies within the project's run: not before its start, not after its own end date. */
    private static void checkWithinRun(Checks checks, ProjectSpec spec, Phase phase, String field) {
        if (spec.startDate() != null && phase.startDate() != null) {
            checks.check(!phase.startDate().isBefore(spec.startDate()), field + ".startDate",
                    "project.phase.beforeStart", spec.startDate());
        }
        if (spec.endDate() != null && phase.endDate() != null) {
            checks.check(!phase.endDate().isAfter(spec.endDate()), field + ".endDate", "project.phase.afterEnd",
                    spec.endDate());
        }
    }

    public List<Violation> check(PartnerSpec spec) {
        Checks checks = new Checks()
                .text("shortName", spec.shortName(), 100, true)
                .text("name", spec.name(), 300, true)
                .required("country", spec.country())
                .required("role", spec.role())
                .required("timeZone", spec.timeZone())
                .text("contactName", spec.contactName(), 200, false)
                .text("contactEmail", spec.contactEmail(), 320, false)
                .email("contactEmail", spec.contactEmail())
                .text("website", spec.website(), 500, false)
                .webAddress("website", spec.website());
        if (spec.country() != null && !spec.country().isBlank()) {
            checks.check(COUNTRIES.contains(spec.country().toUpperCase(Locale.ROOT)), "country", "partner.country.unknown", spec.country());
        }
        if (spec.nutsCode() != null && !spec.nutsCode().isBlank()) {
            checks.check(NUTS.matcher(spec.nutsCode()).matches(), "nutsCode", "partner.nutsCode.format", spec.nutsCode());
        }
        if (spec.timeZone() != null && !spec.timeZone().isBlank()) {
            checks.check(isZone(spec.timeZone()), "timeZone", "validation.timeZone", spec.timeZone());
        }
        return checks.violations();
    }

    /**
     * Checks that a list of partners has unique short names and exactly one lead partner, and that
     * transfer partners are in a transfer network: a partnership of its lead (the good-practice city)
     * and transfer partners, with no partner of the ordinary kind.
     */
    public List<Violation> checkPartnership(List<PartnerSpec> specs) {
        Checks checks = new Checks();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            String shortName = specs.get(i).shortName();
            checks.check(shortName == null || seen.add(shortName), "partners[" + i + "].shortName", "partner.shortName.duplicate", shortName);
        }
        long leads = specs.stream().filter(s -> s.role() == PartnerRole.LEAD).count();
        checks.check(leads == 1, "partners", "partner.lead.exactlyOne", leads);
        boolean transferNetwork = specs.stream().anyMatch(s -> s.role() == PartnerRole.TRANSFER_PARTNER);
        for (int i = 0; transferNetwork && i < specs.size(); i++) {
            checks.check(specs.get(i).role() != PartnerRole.PARTNER, "partners[" + i + "].role",
                    "partner.transferNetwork.noPartner", specs.get(i).shortName());
        }
        return checks.violations();
    }

    public static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
