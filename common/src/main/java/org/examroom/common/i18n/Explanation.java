package org.examroom.common.i18n;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.examroom.common.time.MoscowTime;

/**
 * Why something was decided, in words a supervisor can read: a key of the rules bundle
 * ({@code org/examroom/common/i18n/rules.properties}) and its arguments, rendered in a language on demand.
 * Durations read as minutes and seconds, instants as Moscow wall-clock time, dates as day.month.year.
 */
public record Explanation(String key, List<Object> args) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public Explanation {
        args = List.copyOf(args);
    }

    public static Explanation of(String key, Object... args) {
        return new Explanation(key, List.of(args));
    }

    /** The explanation in the language (Russian unless English). */
    public String in(Locale locale) {
        Messages messages = Messages.load("org.examroom.common.i18n.rules", locale, Explanation.class.getClassLoader());
        boolean english = Locale.ENGLISH.equals(messages.locale());
        Object[] shown = args.stream().map(arg -> switch (arg) {
            case Duration d -> duration(d, english);
            case Instant i -> CLOCK.format(MoscowTime.of(i)) + (english ? " Moscow time" : " МСК");
            case LocalDate date -> DATE.format(date);
            case Explanation inner -> inner.in(locale);
            default -> arg;
        }).toArray();
        return messages.get(key, shown);
    }

    /** "31 мин 5 с" / "31 min 5 s"; whole minutes drop the seconds. */
    public static String duration(Duration d, boolean english) {
        long seconds = d.abs().toSeconds();
        long minutes = seconds / 60;
        long rest = seconds % 60;
        String min = english ? " min" : " мин";
        String sec = english ? " s" : " с";
        String sign = d.isNegative() ? "−" : "";
        if (minutes == 0) {
            return sign + rest + sec;
        }
        return sign + minutes + min + (rest == 0 ? "" : " " + rest + sec);
    }

    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
