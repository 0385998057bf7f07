package eu.practicehub.challenge;

import eu.practicehub.account.Access;
import eu.practicehub.common.Checks;
import eu.practicehub.common.ChoiceDeniedException;
import eu.practicehub.common.NotFoundException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.common.Violation;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.Theme;
import eu.practicehub.project.Partner;
import eu.practicehub.search.PracticeHit;
import eu.practicehub.search.PracticeSearch;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferFilter;
import eu.practicehub.transfer.TransferService;
import eu.practicehub.transfer.TransferStage;
import eu.practicehub.transfer.TransferStart;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partners' challenges, the good practices suggested for each, and turning a suggestion into a transfer. */
@Service
@Transactional(readOnly = true)
public class ChallengeService {

    static final int TITLE_LENGTH = 300;
    static final int DESCRIPTION_LENGTH = 10_000;

    private final ChallengeRepository challenges;
    private final ProjectService projects;
    private final PracticeService practices;
    private final TransferService transfers;
    private final Access access;
    private final PracticeSearch search;

    ChallengeService(ChallengeRepository challenges, ProjectService projects, PracticeService practices,
            TransferService transfers, Access access, PracticeSearch search) {
        this.access = access;
        this.search = search;
        this.challenges = challenges;
        this.projects = projects;
        this.practices = practices;
        this.transfers = transfers;
    }

    /** The project's challenges with their partners and themes, by partner and title. */
    public List<Challenge> challenges(Project project) {
        List<Challenge> found = challenges.findByProject(project);
        // Reading the themes inside the transaction loads them for all challenges in one batch.
        found.forEach(c -> c.getThemes().size());
        return found;
    }

    public List<Challenge> challengesOf(Partner partner) {
        List<Challenge> found = challenges.findByPartner(partner);
        found.forEach(c -> c.getThemes().size());
        return found;
    }

    public Challenge challenge(Project project, long id) {
        return challenges.findByProjectAndId(project, id).orElseThrow(() -> new NotFoundException("challenge", id));
    }

    @Transactional
    public Challenge create(Project project, ChallengeSpec spec) {
        Challenge challenge = new Challenge(project);
        describe(project, challenge, spec);
        return challenges.saveAndFlush(challenge);
    }

    @Transactional
    public Challenge update(Project project, long id, long version, ChallengeSpec spec) {
        Challenge challenge = current(project, id, version);
        describe(project, challenge, spec);
        return challenges.saveAndFlush(challenge);
    }

    @Transactional
    public void delete(Project project, long id, long version) {
        challenges.delete(current(project, id, version));
        challenges.flush();
    }

    /**
     * Creates or updates the partner's challenge with the spec's title, as a project document states
     * it; the rules are those of {@link #create}.
     */
    @Transactional
    public Challenge importChallenge(Project project, ChallengeSpec spec) {
        access.requireCoordinator(project.getId());
        check(project, spec).throwIfAny();
        ChallengeKey key = ChallengeKey.of(spec);
        Challenge challenge = challenges.findByProject(project).stream().filter(c -> ChallengeKey.of(c).equals(key))
                .findFirst().orElseGet(() -> new Challenge(project));
        describe(project, challenge, spec);
        return challenges.save(challenge);
    }

    /** Removes the project's challenges a document does not list, and any second one of a listed key. */
    @Transactional
    public void removeChallengesExcept(Project project, Set<ChallengeKey> keep) {
        access.requireCoordinator(project.getId());
        Set<ChallengeKey> seen = new HashSet<>();
        challenges.findByProject(project).stream()
                .filter(c -> {
                    ChallengeKey key = ChallengeKey.of(c);
                    return !keep.contains(key) || !seen.add(key);
                })
                .forEach(challenges::delete);
        challenges.flush();
    }

    /** How a project document identifies a challenge: its partner's short name and its title. */
    public record ChallengeKey(String partner, String title) {

        public static ChallengeKey of(ChallengeSpec spec) {
            return new ChallengeKey(spec.partner() == null ? null : spec.partner().strip(),
                    spec.title() == null ? null : spec.title().strip());
        }

        static ChallengeKey of(Challenge challenge) {
            return new ChallengeKey(challenge.getPartner().getShortName(), challenge.getTitle());
        }
    }

    /** The rules a challenge breaks, for forms that show them all at once: a partner the person may not write for is one. */
    public List<Violation> problems(Project project, ChallengeSpec spec) {
        List<Violation> violations = new ArrayList<>(check(project, spec).violations());
        refusedPartner(project, spec).ifPresent(violations::add);
        return violations;
    }

    /** A challenge is its partner's: a new one, or one moved to another partner, must be theirs too. */
    private Optional<Violation> refusedPartner(Project project, ChallengeSpec spec) {
        Optional<Partner> named = spec.partner() == null ? Optional.empty() : projects.partner(project, spec.partner().strip());
        return named.flatMap(p -> access.refusedChoice(project.getId(), p.getId(), "partner", p.getShortName()));
    }

    /**
     * The other partners' good practices for the challenge, best first, each with why it is suggested.
     * Practices and their themes are read in a batch, the partner's transfers in one query.
     */
    public List<Suggestion> suggestions(Project project, long id) {
        Challenge challenge = challenge(project, id);
        Partner partner = challenge.getPartner();
        Map<Long, Transfer> held = transfers.transfers(project, new TransferFilter(null, partner.getId()), Pageable.unpaged())
                .stream()
                .filter(t -> t.getImporter().equals(partner))
                .filter(t -> t.getStage().isOpen() || t.getStage() == TransferStage.REUSE)
                .collect(Collectors.toMap(t -> t.getPractice().getId(), Function.identity(), (a, b) -> a.isOpen() ? a : b));
        List<Matchmaking.Offer> offers = new ArrayList<>();
        for (Practice p : practices.visiblePractices(project)) {
            Transfer transfer = held.get(p.getId());
            offers.add(new Matchmaking.Offer(p.getId(), p.getTitle(), p.getOwner().getShortName(),
                    p.getThemes().stream().map(Theme::getName).toList(),
                    Matchmaking.texts(p.getTitle(), p.getSummary(), p.getProblemAddressed(), p.getDescription(),
                            p.getPotentialForTransfer()),
                    transfer == null ? null : transfer.getId(), transfer == null ? null : transfer.getStage()));
        }
        Matchmaking.Need need = new Matchmaking.Need(partner.getShortName(), challenge.themeNames(), challenge.getTitle(),
                challenge.getDescription());
        return Matchmaking.rank(need, offers);
    }

    /**
     * Good practices of the other projects in the good-practice database for the challenge, that the
     * current person may see: those sharing its themes first, then those holding its words; best first.
     */
    public List<PracticeHit> suggestionsElsewhere(Project project, long id, int max) {
        Challenge challenge = challenge(project, id);
        return search.related(project.getId(), challenge.themeNames(),
                challenge.getTitle() + " " + Objects.toString(challenge.getDescription(), ""), max);
    }

    /**
     * Starts the transfer of a suggested practice to the challenge's partner, in one step. Refused
     * (a broken rule) when the partner owns the practice, or already has it in an open or adopted transfer.
     * The signed-in person starts it.
     */
    @Transactional
    public Transfer startTransfer(Project project, long challengeId, long practiceId) {
        Challenge challenge = challenge(project, challengeId);
        // The challenge's partner imports the practice: its editors start the transfer.
        requirePartner(challenge);
        Practice practice = practices.practice(project, practiceId);
        Partner importer = challenge.getPartner();
        Optional<Transfer> adopted = transfers.transfersOf(practice).stream()
                .filter(t -> t.getImporter().equals(importer) && t.getStage() == TransferStage.REUSE).findFirst();
        new Checks().check(adopted.isEmpty(), "practice", "challenge.transfer.adopted", importer.getShortName(),
                practice.getTitle()).throwIfAny();
        return transfers.start(project, new TransferStart(practice.getTitle(), importer.getShortName()));
    }

    private void describe(Project project, Challenge challenge, ChallengeSpec spec) {
        if (!access.mayWriteSomething(project.getId())) {
            throw new AccessDeniedException("Not allowed for this account");
        }
        Checks checks = check(project, spec);
        if (!checks.hasViolation("partner") && !checks.hasViolation("title")) {
            ChallengeKey key = ChallengeKey.of(spec);
            boolean taken = challenges.findByProject(project).stream()
                    .anyMatch(other -> other != challenge && ChallengeKey.of(other).equals(key));
            checks.check(!taken, "title", "challenge.title.taken", spec.title().strip(), spec.partner().strip());
        }
        ChoiceDeniedException.throwIfAny(refusedPartner(project, spec), checks.violations());
        Partner partner = projects.partner(project, spec.partner().strip()).orElseThrow();
        List<Theme> themes = spec.themes().stream().map(name -> practices.theme(project, name).orElseThrow()).toList();
        challenge.describe(partner, spec.title().strip(), blankToNull(spec.description()), themes);
    }

    /** A challenge is changed by its partner's editors, the project's coordinators and administrators. */
    private void requirePartner(Challenge challenge) {
        access.requireWrite(challenge.getProject().getId(), challenge.getPartner().getId());
    }

    private Checks check(Project project, ChallengeSpec spec) {
        Checks checks = new Checks();
        if (spec.partner() == null || spec.partner().isBlank()) {
            checks.required("partner", spec.partner());
        } else {
            checks.check(projects.partner(project, spec.partner().strip()).isPresent(), "partner",
                    "challenge.partner.unknown", spec.partner().strip());
        }
        checks.text("title", spec.title(), TITLE_LENGTH, true);
        checks.text("description", spec.description(), DESCRIPTION_LENGTH, false);
        checks.check(spec.themes().stream().noneMatch(Objects::isNull), "themes", "validation.listItemMissing");
        for (String theme : spec.themes()) {
            if (theme != null) {
                checks.check(practices.theme(project, theme).isPresent(), "themes", "challenge.theme.unknown", theme);
            }
        }
        return checks;
    }

    private Challenge current(Project project, long id, long version) {
        Challenge challenge = challenge(project, id);
        requirePartner(challenge);
        if (challenge.getVersion() != version) {
            throw new StaleVersionException(version, challenge.getVersion());
        }
        return challenge;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
