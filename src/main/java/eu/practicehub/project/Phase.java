package eu.practicehub.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A named period of the project, e.g. the learning phase or the monitoring phase. */
@Embeddable
public record Phase(
        @Column(name = "name") String name,
        @Column(name = "start_date") LocalDate startDate,
        @Column(name = "end_date") LocalDate endDate) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}
