package org.examroom.hardware.light;

import java.util.Objects;

/** A signal and how it is shown: what the terminal asks its light for. */
public record LightState(LightSignal signal, LightPattern pattern) {

    /** The light switched off. */
    public static final LightState OFF = new LightState(LightSignal.OFF, LightPattern.STEADY);

    public LightState {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(pattern, "pattern");
    }

    /** A steady signal. */
    public static LightState steady(LightSignal signal) {
        return new LightState(signal, LightPattern.STEADY);
    }

    /** A blinking signal. */
    public static LightState blinking(LightSignal signal, LightPattern pattern) {
        return new LightState(signal, pattern);
    }
}
