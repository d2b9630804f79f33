package org.examroom.hardware.light;

/** A status light on a station: an RGB LED or three LEDs on a Pi, or a simulated one. */
public interface StatusLight extends AutoCloseable {

    /** Shows the signal, steady or blinking. */
    void show(LightSignal signal, boolean blinking);

    /** The signal shown now. */
    LightSignal current();

    /** Turns the light off and releases its pins. */
    @Override
    void close();
}
