package org.examroom.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoscowTimeTest {

    private static final Instant TEN_MOSCOW = Instant.parse("2026-07-15T07:00:00Z");

    @Test
    void moscowViewerSeesOneTime() {
        assertThat(MoscowTime.forViewer(TEN_MOSCOW, ZoneId.of("Europe/Moscow"), Locale.of("ru")))
                .isEqualTo("10:00 МСК");
    }

    @Test
    void zoneWithTheSameOffsetSeesOneTime() {
        assertThat(MoscowTime.forViewer(TEN_MOSCOW, ZoneId.of("Europe/Minsk"), Locale.ENGLISH))
                .isEqualTo("10:00 Moscow");
    }

    @Test
    void viewerElsewhereSeesBoth() {
        assertThat(MoscowTime.forViewer(TEN_MOSCOW, ZoneId.of("Asia/Tomsk"), Locale.of("ru")))
                .isEqualTo("10:00 МСК (14:00 Asia/Tomsk)");
    }

    @Test
    void wallClockIsMoscow() {
        assertThat(MoscowTime.of(TEN_MOSCOW).getHour()).isEqualTo(10);
    }
}
