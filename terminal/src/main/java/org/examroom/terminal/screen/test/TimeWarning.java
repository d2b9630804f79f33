package org.examroom.terminal.screen.test;

/** How close the end is, for the always-visible clock. */
public enum TimeWarning {
    NONE, TEN_MINUTES, FIVE_MINUTES, TIME_UP;

    public static TimeWarning of(long remainingSeconds) {
        if (remainingSeconds <= 0) {
            return TIME_UP;
        }
        if (remainingSeconds <= 5 * 60) {
            return FIVE_MINUTES;
        }
        return remainingSeconds <= 10 * 60 ? TEN_MINUTES : NONE;
    }
}
