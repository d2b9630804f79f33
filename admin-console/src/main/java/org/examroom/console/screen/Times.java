package org.examroom.console.screen;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.examroom.common.time.MoscowTime;

/**
 * How the console writes times: schedules in Moscow time, and in the viewer's own zone beside it when that differs
 * (a remote group site in another time zone); durations as h:mm:ss.
 */
public final class Times {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final ZoneId viewer;
    private final Locale locale;

    public Times(ZoneId viewer, Locale locale) {
        this.viewer = viewer;
        this.locale = locale;
    }

    public ZoneId viewer() {
        return viewer;
    }

    /** «12:34:56 МСК», and «(10:34:56 местное)» when the viewer's zone is not Moscow's. */
    public String clock(Instant now) {
        return both(now, CLOCK);
    }

    /** «12:34:56 МСК» alone, for the lines of a timeline. */
    public String moscowClock(Instant at) {
        return CLOCK.format(MoscowTime.of(at)) + (ru() ? " МСК" : " MSK");
    }

    /** A date and time of a schedule, the same way. */
    public String schedule(Instant at) {
        return both(at, DAY_TIME);
    }

    private String both(Instant at, DateTimeFormatter format) {
        String moscow = format.format(MoscowTime.of(at)) + (ru() ? " МСК" : " MSK");
        if (viewer.getRules().getOffset(at).equals(MoscowTime.ZONE.getRules().getOffset(at))) {
            return moscow;
        }
        var local = at.atZone(viewer);
        // the local part repeats the date only when it is another day there
        DateTimeFormatter localFormat = format == DAY_TIME && local.toLocalDate().equals(MoscowTime.of(at).toLocalDate())
                ? DateTimeFormatter.ofPattern("HH:mm") : format;
        return moscow + " (" + localFormat.format(local) + (ru() ? " местное" : " local") + ")";
    }

    /** A remaining time: «1:05:09», «4:07»; never negative. */
    public static String duration(Duration left) {
        long s = Math.max(0, left.toSeconds());
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? "%d:%02d:%02d".formatted(h, m, sec) : "%d:%02d".formatted(m, sec);
    }

    private boolean ru() {
        return !"en".equals(locale.getLanguage());
    }
}
