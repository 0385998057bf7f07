package eu.practicehub.event;

import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeExaminations;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the practice module at which events a practice was examined. */
@Component
@Transactional(readOnly = true)
class EventExaminations implements PracticeExaminations {

    private final EventRepository events;

    EventExaminations(EventRepository events) {
        this.events = events;
    }

    @Override
    public List<Examination> examinationsOf(Practice practice) {
        return events.findExamining(practice).stream()
                .map(e -> new Examination(e.getId(), e.getTitle(), e.getType().name(), e.getStatus().name(),
                        e.getStartDate(), e.getEndDate(), e.getDatePrecision().name(), e.hostName()))
                .toList();
    }

    @Override
    public boolean isExamined(Practice practice) {
        return events.existsExamining(practice);
    }
}
