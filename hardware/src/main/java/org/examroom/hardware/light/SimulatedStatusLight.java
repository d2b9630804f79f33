package org.examroom.hardware.light;

/** A status light for desktops and tests: remembers what it was told to show. */
public final class SimulatedStatusLight implements StatusLight {

    private volatile LightSignal signal = LightSignal.OFF;
    private volatile boolean blinking;

    @Override
    public void show(LightSignal signal, boolean blinking) {
        this.signal = signal;
        this.blinking = blinking;
    }

    @Override
    public LightSignal current() {
        return signal;
    }

    /** Whether the current signal blinks. */
    public boolean blinking() {
        return blinking;
    }

    @Override
    public void close() {
        show(LightSignal.OFF, false);
    }
}
