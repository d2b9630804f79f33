package org.examroom.hardware.light;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.examroom.hardware.gpio.GpioPlatform;

/**
 * The status light on GPIO pins through Pi4J. Blinking runs on the light's own daemon thread, so the
 * terminal only says what to show.
 */
public final class GpioStatusLight implements StatusLight {

    /** Pi4J ids of the light's pins, for tests and the simulation panel. */
    public static final String RED_ID = "status-light-red";
    public static final String GREEN_ID = "status-light-green";
    public static final String AMBER_ID = "status-light-amber";

    private final LightPins pins;
    private final DigitalOutput red;
    private final DigitalOutput green;
    private final Optional<DigitalOutput> amber;
    private final ScheduledExecutorService blinker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "status-light");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Consumer<LightSignal>> listeners = new CopyOnWriteArrayList<>();

    private LightState state = LightState.OFF;
    private LightSignal lit = LightSignal.OFF;
    private ScheduledFuture<?> nextPhase;
    private boolean closed;

    public GpioStatusLight(Context pi4j, GpioPlatform platform, LightPins pins) {
        this.pins = Objects.requireNonNull(pins, "pins");
        this.red = output(pi4j, platform, RED_ID, "Status light, red", pins.red());
        this.green = output(pi4j, platform, GREEN_ID, "Status light, green", pins.green());
        this.amber = pins.usesAmberPin()
                ? Optional.of(output(pi4j, platform, AMBER_ID, "Status light, amber", pins.amber()))
                : Optional.empty();
    }

    private DigitalOutput output(Context pi4j, GpioPlatform platform, String id, String name, int pin) {
        DigitalState dark = pins.activeLow() ? DigitalState.HIGH : DigitalState.LOW;
        return pi4j.create(DigitalOutput.newConfigBuilder(pi4j)
                .id(id).name(name).address(pin)
                .initial(dark).shutdown(dark)
                .provider(platform.digitalOutputProvider()));
    }

    @Override
    public synchronized void show(LightState requested) {
        Objects.requireNonNull(requested, "requested");
        if (closed) {
            throw new IllegalStateException("the status light is closed");
        }
        if (requested.equals(state)) {
            return; // keep the blink in phase when the terminal repeats itself
        }
        state = requested;
        if (nextPhase != null) {
            nextPhase.cancel(false);
            nextPhase = null;
        }
        light(requested.signal());
        if (requested.pattern().blinks() && requested.signal() != LightSignal.OFF) {
            schedulePhase(requested, false);
        }
    }

    /** After the current phase (lit or dark) of a blinking state, switches to the other one. */
    private void schedulePhase(LightState blinking, boolean nowDark) {
        long delay = (nowDark ? blinking.pattern().off() : blinking.pattern().on()).toNanos();
        nextPhase = blinker.schedule(() -> {
            synchronized (this) {
                if (closed || !state.equals(blinking)) {
                    return;
                }
                light(nowDark ? blinking.signal() : LightSignal.OFF);
                schedulePhase(blinking, !nowDark);
            }
        }, delay, TimeUnit.NANOSECONDS);
    }

    private void light(LightSignal signal) {
        boolean mixAmber = signal == LightSignal.AMBER && !pins.usesAmberPin();
        set(red, signal == LightSignal.RED || mixAmber);
        set(green, signal == LightSignal.GREEN || mixAmber);
        amber.ifPresent(pin -> set(pin, signal == LightSignal.AMBER));
        if (signal != lit) {
            lit = signal;
            listeners.forEach(listener -> listener.accept(signal));
        }
    }

    private void set(DigitalOutput output, boolean on) {
        output.state(on != pins.activeLow() ? DigitalState.HIGH : DigitalState.LOW);
    }

    @Override
    public synchronized LightState current() {
        return state;
    }

    /** The colour lit at this moment ({@code OFF} in the dark half of a blink). */
    public synchronized LightSignal lit() {
        return lit;
    }

    @Override
    public void onLit(Consumer<LightSignal> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        show(LightState.OFF);
        closed = true;
        blinker.shutdownNow();
        listeners.clear();
    }
}
