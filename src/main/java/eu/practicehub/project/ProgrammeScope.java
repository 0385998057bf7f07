package eu.practicehub.project;

import jakarta.persistence.Parameter;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The projects of one programme (all the projects whose programme bears one of these names), as a reader
 * sees them: someone who sees everything counts every record, anyone else the published records and, in
 * the projects they are a member of, the unpublished ones too. Modules write it into their counting
 * queries with {@link #projectIn} and {@link #visible} and bind it with {@link #bind}.
 */
public record ProgrammeScope(Set<String> programmes, boolean seesEverything, Set<Long> memberProjects) {

    private static final long NO_PROJECT = -1;

    public ProgrammeScope {
        programmes = Set.copyOf(programmes);
        memberProjects = Set.copyOf(memberProjects);
    }

    /** A condition: the project at {@code project} (a path such as {@code p.project}) is in the programme. */
    public String projectIn(String project) {
        return project + ".programme in (:scopeProgrammes)";
    }

    /**
     * {@code " and (<published> or <project is one of the reader's>)"} for readers who do not see everything,
     * else nothing.
     */
    public String visible(String published, String project) {
        return seesEverything ? "" : " and (" + published + " or " + project + ".id in (:scopeMembers))";
    }

    public <Q extends Query> Q bind(Q query) {
        Set<String> names = query.getParameters().stream().map(Parameter::getName).collect(Collectors.toSet());
        query.setParameter("scopeProgrammes", programmes);
        if (names.contains("scopeMembers")) {
            Collection<Long> members = new HashSet<>(memberProjects);
            members.add(NO_PROJECT);
            query.setParameter("scopeMembers", members);
        }
        return query;
    }
}
