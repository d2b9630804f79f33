package org.examroom.common.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The regulations publish every schedule in Moscow time; an applicant in another zone sees both.
 */
public final class MoscowTime {

    /** The zone every exam schedule is written in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private MoscowTime() {
    }

    /** The instant as a Moscow wall-clock date and time. */
    public static ZonedDateTime of(Instant instant) {
        return instant.atZone(ZONE);
    }

    /**
     * The instant as a schedule line for a viewer: Moscow time first, then the viewer's own time
     * when the viewer is elsewhere, e.g. {@code "10:00 МСК (12:00 Asia/Yekaterinburg)"}.
     */
    public static String forViewer(Instant instant, ZoneId viewerZone, Locale locale) {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(viewerZone, "viewerZone");
        String moscowLabel = "ru".equals(locale.getLanguage()) ? "МСК" : "Moscow";
        String moscow = CLOCK.format(instant.atZone(ZONE)) + " " + moscowLabel;
        if (ZONE.getRules().getOffset(instant).equals(viewerZone.getRules().getOffset(instant))) {
            return moscow;
        }
        return moscow + " (" + CLOCK.format(instant.atZone(viewerZone)) + " " + viewerZone.getId() + ")";
    }
}
