package org.examroom.room.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RemovalDeadlineTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    void aRemovalOnAWeekdayIsDueByTheEndOfTheNextDay() {
        // Wednesday 15 July 2026, 11:00 Moscow time
        Instant removed = Instant.parse("2026-07-15T08:00:00Z");
        assertThat(RemovalDeadline.of(removed, MOSCOW)).isEqualTo(Instant.parse("2026-07-16T21:00:00Z"));
    }

    @Test
    void aRemovalOnFridayOrSaturdayIsDueByTheEndOfMonday() {
        Instant friday = Instant.parse("2026-07-17T12:00:00Z");
        Instant saturday = Instant.parse("2026-07-18T12:00:00Z");
        Instant mondayEnd = Instant.parse("2026-07-20T21:00:00Z");
        assertThat(RemovalDeadline.of(friday, MOSCOW)).isEqualTo(mondayEnd);
        assertThat(RemovalDeadline.of(saturday, MOSCOW)).isEqualTo(mondayEnd);
    }

    @Test
    void theWarningStartsTheGivenTimeBeforeTheDeadline() {
        Instant removed = Instant.parse("2026-07-15T08:00:00Z");
        Duration twelveHours = Duration.ofHours(12);
        assertThat(RemovalDeadline.atRisk(removed, Instant.parse("2026-07-16T08:59:00Z"), MOSCOW, twelveHours)).isFalse();
        assertThat(RemovalDeadline.atRisk(removed, Instant.parse("2026-07-16T09:00:00Z"), MOSCOW, twelveHours)).isTrue();
        assertThat(RemovalDeadline.atRisk(removed, Instant.parse("2026-07-18T09:00:00Z"), MOSCOW, twelveHours)).isTrue();
    }
}
