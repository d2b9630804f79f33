package org.examroom.hardware.button;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import org.examroom.hardware.gpio.GpioPlatform;

/**
 * A push button between a GPIO pin and ground, read through Pi4J with the pin's pull-up, so the
 * pin reads low while the button is held.
 */
public final class GpioHelpButton implements HelpButton {

    /** The Pi4J id of the button's pin, for tests and the simulation panel. */
    public static final String ID = "help-button";

    /** Long enough for the chatter of a cheap tactile switch, short enough not to miss a second press. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(50);

    private static final System.Logger LOG = System.getLogger(GpioHelpButton.class.getName());

    private final Context pi4j;
    private final DigitalInput input;
    private final Debouncer debouncer;
    private final LongSupplier nanoTime;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public GpioHelpButton(Context pi4j, GpioPlatform platform, int pin) {
        this(pi4j, platform, pin, DEFAULT_DEBOUNCE, System::nanoTime);
    }

    /** A button with its own debounce time and clock (tests drive the clock). */
    public GpioHelpButton(Context pi4j, GpioPlatform platform, int pin, Duration debounce, LongSupplier nanoTime) {
        this.pi4j = Objects.requireNonNull(pi4j, "pi4j");
        this.debouncer = new Debouncer(debounce);
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.input = pi4j.create(DigitalInput.newConfigBuilder(pi4j)
                .id(ID).name("Help button").address(pin)
                .pull(PullResistance.PULL_UP)
                .provider(platform.digitalInputProvider()));
        input.addListener(event -> levelChanged(event.state()));
    }

    private void levelChanged(DigitalState level) {
        if (debouncer.accept(level == DigitalState.LOW, nanoTime.getAsLong())) {
            for (Runnable listener : listeners) {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "A help-button listener failed", e);
                }
            }
        }
    }

    @Override
    public void onPress(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void close() {
        listeners.clear();
        if (pi4j.registry().exists(ID)) {
            pi4j.shutdown(ID);
        }
    }
}
