package org.examroom.terminal.device;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.examroom.hardware.camera.FramePump;
import org.examroom.hardware.card.CardId;
import org.examroom.hardware.light.LightState;
import org.examroom.common.key.KeySlip;

/**
 * Connects the devices to the terminal: the light follows the terminal's status, the help button
 * asks for help, and while key entry is open a tapped card or a key slip held up to the camera enters
 * the key. Devices call in on their own threads; the terminal hears back on its UI thread.
 */
public final class DeviceController implements AutoCloseable {

    /** A slip held in front of the camera is seen in many frames; it enters its key once in this time. */
    static final Duration SAME_SLIP_WINDOW = Duration.ofSeconds(5);

    private static final System.Logger LOG = System.getLogger(DeviceController.class.getName());

    private final Devices devices;
    private final KeyInput keyInput;
    private final Runnable onHelpRequested;
    private final Executor uiThread;
    private final Clock clock;

    private TerminalStatus status = TerminalStatus.UNPAIRED;
    private boolean helpPending;
    private volatile boolean keyEntryOpen;
    private Optional<FramePump> slipScanner = Optional.empty();
    private String lastSlipKey;
    private Instant lastSlipAt = Instant.MIN;

    public DeviceController(Devices devices, KeyInput keyInput, Runnable onHelpRequested, Executor uiThread, Clock clock) {
        this.devices = Objects.requireNonNull(devices, "devices");
        this.keyInput = Objects.requireNonNull(keyInput, "keyInput");
        this.onHelpRequested = Objects.requireNonNull(onHelpRequested, "onHelpRequested");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.clock = Objects.requireNonNull(clock, "clock");
        devices.helpButton().onPress(this::helpPressed);
        devices.cardReader().ifPresent(reader -> reader.onCard(this::cardPresented));
        devices.light().show(status.light());
    }

    /** The terminal's status changed: the light follows, with a pending help request shown over it where it may. */
    public synchronized void show(TerminalStatus newStatus) {
        status = Objects.requireNonNull(newStatus, "newStatus");
        updateLight();
    }

    /** The status shown by the light now (the terminal's, or help requested over it). */
    public synchronized TerminalStatus shown() {
        return helpPending && status.yieldsToHelp() ? TerminalStatus.HELP_REQUESTED : status;
    }

    /** The supervisor came: the light goes back to the terminal's status. */
    public synchronized void helpAnswered() {
        helpPending = false;
        updateLight();
    }

    private void updateLight() {
        LightState light = shown().light();
        devices.light().show(light);
    }

    private void helpPressed() {
        synchronized (this) {
            helpPending = true;
            updateLight();
        }
        uiThread.execute(onHelpRequested);
    }

    /** A card was read (by a reader device, or by the keyboard-wedge filter). */
    public void cardPresented(CardId card) {
        if (!keyEntryOpen) {
            LOG.log(System.Logger.Level.INFO, "A card was tapped while no key is asked for; ignored");
            return;
        }
        uiThread.execute(() -> keyInput.enter(new KeyEntry.FromCard(card)));
    }

    /** Key entry is on screen: cards enter keys, and the camera looks for key slips. */
    public synchronized void openKeyEntry() {
        keyEntryOpen = true;
        if (slipScanner.isEmpty()) {
            slipScanner = devices.camera().map(camera -> FramePump.start(camera,
                    frame -> devices.qrScanner().decode(frame).flatMap(KeySlip::keyIn).ifPresent(this::slipSeen),
                    "key-slip-scanner"));
        }
    }

    /** Key entry is done: cards are ignored, the camera stops looking for slips. */
    public void closeKeyEntry() {
        Optional<FramePump> scanner;
        synchronized (this) {
            keyEntryOpen = false;
            scanner = slipScanner;
            slipScanner = Optional.empty();
        }
        scanner.ifPresent(FramePump::close); // outside the lock: the pump may be waiting for it
    }

    private void slipSeen(String key) {
        Instant now = clock.instant();
        synchronized (this) {
            // the window slides: a slip held up for a minute is one entry
            boolean repeat = key.equals(lastSlipKey) && now.isBefore(lastSlipAt.plus(SAME_SLIP_WINDOW));
            lastSlipKey = key;
            lastSlipAt = now;
            if (!keyEntryOpen || repeat) {
                return;
            }
        }
        uiThread.execute(() -> keyInput.enter(new KeyEntry.FromSlip(key)));
    }

    /** Stops scanning; the devices themselves are closed by their holder. */
    @Override
    public void close() {
        closeKeyEntry();
    }
}
