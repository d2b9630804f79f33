package org.examroom.hardware.button;

/** The help button on a station: one event per press, however much the contacts bounce. */
public interface HelpButton extends AutoCloseable {

    /** Calls the listener once for each press, on the button's own thread. */
    void onPress(Runnable listener);

    /** Releases the button's pin. */
    @Override
    void close();
}
