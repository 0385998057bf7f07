package eu.practicehub.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.event.EventStatus;
import org.junit.jupiter.api.Test;

class CalendarStatusTests {

    @Test
    void plannedAndHeldEventsAreConfirmedPostponedOnesTentativeCancelledOnesCancelled() {
        assertThat(CalendarWriter.status(EventStatus.PLANNED).getValue()).isEqualTo("CONFIRMED");
        assertThat(CalendarWriter.status(EventStatus.HELD).getValue()).isEqualTo("CONFIRMED");
        assertThat(CalendarWriter.status(EventStatus.POSTPONED).getValue()).isEqualTo("TENTATIVE");
        assertThat(CalendarWriter.status(EventStatus.CANCELLED).getValue()).isEqualTo("CANCELLED");
    }
}
