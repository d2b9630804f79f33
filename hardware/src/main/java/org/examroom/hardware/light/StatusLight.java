package org.examroom.hardware.light;

import java.util.function.Consumer;

/** A status light on a station: an RGB LED or three LEDs on a Pi, or the same on Pi4J's mock platform. */
public interface StatusLight extends AutoCloseable {

    /** Shows the signal with its pattern, replacing whatever was shown. */
    void show(LightState state);

    /** What the light was last asked to show. */
    LightState current();

    /**
     * Tells the listener the colour that is lit each time it changes, blinking included ({@code OFF}
     * in the dark half of a blink), so a simulated light can be drawn as the real one looks.
     * Called on the light's own thread.
     */
    void onLit(Consumer<LightSignal> listener);

    /** Turns the light off and releases its pins. */
    @Override
    void close();
}
