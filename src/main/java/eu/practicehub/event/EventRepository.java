package eu.practicehub.event;

import eu.practicehub.practice.Practice;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface EventRepository extends JpaRepository<Event, Long>, JpaSpecificationExecutor<Event> {

    @Override
    @EntityGraph(attributePaths = "host", type = EntityGraph.EntityGraphType.LOAD)
    Page<Event> findAll(Specification<Event> spec, Pageable pageable);

    @EntityGraph(attributePaths = {"host", "participants"}, type = EntityGraph.EntityGraphType.LOAD)
    Optional<Event> findByProjectAndId(Project project, Long id);

    Optional<Event> findByProjectAndTitleAndStartDate(Project project, String title, LocalDate startDate);

    @EntityGraph(attributePaths = {"host", "activities"}, type = EntityGraph.EntityGraphType.LOAD)
    @Query("select e from Event e where e.project = :project order by e.startDate, e.id")
    List<Event> findByProject(Project project);

    @EntityGraph(attributePaths = "host", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select e from Event e where e.project = :project and e.status = eu.practicehub.event.EventStatus.HELD"
            + " and exists (select a from EventActivity a where a.event = e"
            + " and coalesce(a.day, e.startDate) between :from and :to) order by e.startDate, e.id")
    List<Event> findHeldBetween(Project project, LocalDate from, LocalDate to);

    @EntityGraph(attributePaths = "host", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select e from Event e where e.project = :project and e.status = eu.practicehub.event.EventStatus.HELD"
            + " and exists (select a from EventActivity a where a.event = e and a.type in :types"
            + " and coalesce(a.day, e.startDate) between :from and :to) order by e.startDate, e.id")
    List<Event> findHeldBetween(Project project, LocalDate from, LocalDate to, Collection<EventType> types);

    @EntityGraph(attributePaths = "host", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select e from Event e where e.host = :partner order by e.startDate, e.id")
    List<Event> findHostedBy(Partner partner);

    @EntityGraph(attributePaths = "host", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select e from Event e where :partner member of e.participants order by e.startDate, e.id")
    List<Event> findAttendedBy(Partner partner);

    @EntityGraph(attributePaths = {"host", "activities"}, type = EntityGraph.EntityGraphType.LOAD)
    @Query("select e from Event e where e.host = :partner or :partner member of e.participants order by e.startDate, e.id")
    List<Event> findTakingPart(Partner partner);

    @EntityGraph(attributePaths = "host", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select e from Event e where :practice member of e.practices or exists (select a from EventActivity a"
            + " where a.event = e and :practice member of a.practices) order by e.startDate, e.id")
    List<Event> findExamining(Practice practice);

    @Query("select count(e) > 0 from Event e where :practice member of e.practices or exists (select a from EventActivity a"
            + " where a.event = e and :practice member of a.practices)")
    boolean existsExamining(Practice practice);

    @Query("select count(a) from EventActivity a join a.event e where e.project = :project and a.type = :type"
            + " and e.status = eu.practicehub.event.EventStatus.HELD")
    long countHeld(Project project, EventType type);

    long countByProject(Project project);

    @EntityGraph(attributePaths = "host", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select e from Event e where e.project = :project and e.status = eu.practicehub.event.EventStatus.PLANNED"
            + " and e.startDate >= :from order by e.startDate, e.startTime, e.id")
    List<Event> findPlannedFrom(Project project, LocalDate from, Pageable pageable);

    @Query("select count(e) from Event e where e.project = :project and e.status = eu.practicehub.event.EventStatus.PLANNED and e.startDate >= :from")
    long countPlannedFrom(Project project, LocalDate from);

    @Query("select a.type, e.status, count(a) from EventActivity a join a.event e where e.project = :project"
            + " and coalesce(a.day, e.startDate) between :from and :to group by a.type, e.status")
    List<Object[]> countByTypeAndStatusBetween(Project project, LocalDate from, LocalDate to);

    @EntityGraph(attributePaths = "host", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select e from Event e where e.project = :project and e.status = eu.practicehub.event.EventStatus.PLANNED"
            + " and e.mode <> eu.practicehub.event.EventMode.VIRTUAL order by e.startDate, e.id")
    List<Event> findPlannedOnSite(Project project);

    @EntityGraph(attributePaths = "host", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select e from Event e where e.project = :project and e.id in :ids order by e.startDate, e.id")
    List<Event> findByProjectAndIdIn(Project project, Collection<Long> ids);

    @EntityGraph(attributePaths = {"host", "activities"}, type = EntityGraph.EntityGraphType.LOAD)
    @Query("select e from Event e where e.project = :project and e.endDate >= :from order by e.startDate, e.id")
    List<Event> findByProjectEndingFrom(Project project, LocalDate from);

    @EntityGraph(attributePaths = {"host", "activities"}, type = EntityGraph.EntityGraphType.LOAD)
    @Query("select e from Event e where (e.host = :partner or :partner member of e.participants) and e.endDate >= :from"
            + " order by e.startDate, e.id")
    List<Event> findTakingPartEndingFrom(Partner partner, LocalDate from);
}
