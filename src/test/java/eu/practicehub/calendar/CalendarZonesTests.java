package eu.practicehub.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import net.fortuna.ical4j.model.TimeZoneUpdater;
import org.junit.jupiter.api.Test;

class CalendarZonesTests {

    private final CalendarZones zones = new CalendarZones();

    @Test
    void aZoneIsDefinedFromTheBundledDefinitionsWithoutFetchingAnything() {
        assertThat(new TimeZoneUpdater().isEnabled()).isFalse();

        CalendarZones.CalendarZone rome = zones.of(ZoneId.of("Europe/Rome")).orElseThrow();

        assertThat(rome.zone()).isEqualTo(ZoneId.of("Europe/Rome"));
        assertThat(rome.definition().getTimeZoneId().getValue()).isEqualTo("Europe/Rome");
        assertThat(rome.definition().getObservances()).isNotEmpty();
    }

    @Test
    void aZoneKnownByAnOldNameIsWrittenUnderTheNameItsDefinitionHas() {
        CalendarZones.CalendarZone kyiv = zones.of(ZoneId.of("Europe/Kiev")).orElseThrow();

        assertThat(kyiv.zone().getId()).isEqualTo(kyiv.definition().getTimeZoneId().getValue()).isEqualTo("Europe/Kyiv");
    }

    @Test
    void aBareOffsetHasNoDefinition() {
        assertThat(zones.of(ZoneId.of("+02:00"))).isEmpty();
    }
}
