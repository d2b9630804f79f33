package org.examroom.terminal.device;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.examroom.hardware.button.GpioHelpButton;
import org.examroom.hardware.button.HelpButton;
import org.examroom.hardware.camera.Camera;
import org.examroom.hardware.camera.CameraException;
import org.examroom.hardware.camera.CameraSettings;
import org.examroom.hardware.camera.CameraSource;
import org.examroom.hardware.camera.Cameras;
import org.examroom.hardware.card.CardId;
import org.examroom.hardware.card.CardReader;
import org.examroom.hardware.card.Mfrc522CardReader;
import org.examroom.hardware.card.Pi4jSerialLine;
import org.examroom.hardware.card.SerialCardReader;
import org.examroom.hardware.card.SimulatedCardReader;
import org.examroom.hardware.card.TtySerialLine;
import org.examroom.hardware.gpio.GpioPlatform;
import org.examroom.hardware.gpio.MockPins;
import org.examroom.hardware.light.GpioStatusLight;
import org.examroom.hardware.light.StatusLight;
import org.examroom.hardware.qr.QrScanner;
import org.examroom.hardware.qr.ZxingQrScanner;

/**
 * The devices a terminal opened, closed together. A device that cannot be opened is logged with
 * what to check and left out: an exam goes on without a camera or a card reader (keys can be typed),
 * and without real pins the light and button run on the mock platform.
 */
public final class Devices implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Devices.class.getName());

    private final DeviceSettings settings;
    private final Context pi4j;
    private final StatusLight light;
    private final HelpButton helpButton;
    private final Optional<CardReader> cardReader;
    private final Optional<Camera> camera;
    private final QrScanner qrScanner = new ZxingQrScanner();
    private final Optional<Simulation> simulation;
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();

    private Devices(DeviceSettings settings, Clock clock) {
        this.settings = settings;
        GpioPlatform platform = settings.mode().platform();
        Context context;
        try {
            context = platform.newContext();
        } catch (IllegalStateException e) {
            LOG.log(System.Logger.Level.ERROR, "The station's pins cannot be used, so its light and help button"
                    + " are out of order: " + e.getMessage(), e);
            platform = GpioPlatform.MOCK;
            context = platform.newContext();
        }
        this.pi4j = context;
        this.light = remember(new GpioStatusLight(pi4j, platform, settings.lightPins()));
        this.helpButton = remember(new GpioHelpButton(pi4j, platform, settings.buttonPin()));
        if (platform == GpioPlatform.MOCK) {
            MockPins.setLevel(pi4j, GpioHelpButton.ID, DigitalState.HIGH); // released: the pull-up holds the pin high
        }
        this.cardReader = openCardReader(settings.cardReader(), platform).map(this::remember);
        this.camera = settings.camera().flatMap(source -> openCamera(source, settings.cameraSettings(), clock)).map(this::remember);
        this.simulation = settings.mode() == DeviceSettings.Mode.SIMULATED
                ? Optional.of(new Simulation(pi4j, light, cardReader
                        .filter(SimulatedCardReader.class::isInstance).map(SimulatedCardReader.class::cast)))
                : Optional.empty();
    }

    /** Opens the devices the settings name. */
    public static Devices open(DeviceSettings settings, Clock clock) {
        Devices devices = new Devices(settings, clock);
        LOG.log(System.Logger.Level.INFO, "Devices: {0} pins, card reader {1}, camera {2}", settings.mode(),
                devices.cardReader.isPresent() ? settings.cardReader() : "none",
                devices.camera.isPresent() ? settings.camera().orElseThrow() : "none");
        return devices;
    }

    private Optional<CardReader> openCardReader(CardReaderChoice choice, GpioPlatform platform) {
        try {
            return switch (choice) {
                case CardReaderChoice.None none -> Optional.empty();
                case CardReaderChoice.KeyboardWedge wedge -> Optional.empty(); // a filter on the scene, not a device
                case CardReaderChoice.Simulated simulated -> Optional.of(new SimulatedCardReader());
                case CardReaderChoice.StandardInput stdin -> Optional.of(SimulatedCardReader.fedBy(System.in));
                case CardReaderChoice.Serial serial -> Optional.of(new SerialCardReader(platform == GpioPlatform.MOCK
                        ? new Pi4jSerialLine(pi4j, platform, serial.device(), serial.baud())
                        : new TtySerialLine(Path.of(serial.device()), serial.baud())));
                case CardReaderChoice.Mfrc522 rfid ->
                        Optional.of(Mfrc522CardReader.onSpi(pi4j, platform, rfid.chipSelect(), rfid.resetPin()));
            };
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "The card reader (" + choice + ") cannot be opened; cards will not be read: "
                    + e.getMessage(), e);
            return Optional.empty();
        }
    }

    private static Optional<Camera> openCamera(CameraSource source, CameraSettings frames, Clock clock) {
        try {
            return Optional.of(Cameras.open(source, frames, clock));
        } catch (CameraException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "No camera: " + e.getMessage());
            return Optional.empty();
        }
    }

    private <T extends AutoCloseable> T remember(T device) {
        opened.push(device);
        return device;
    }

    public DeviceSettings settings() {
        return settings;
    }

    public StatusLight light() {
        return light;
    }

    public HelpButton helpButton() {
        return helpButton;
    }

    /** The card reader device, if one was opened (a keyboard-wedge reader is a scene filter instead). */
    public Optional<CardReader> cardReader() {
        return cardReader;
    }

    public Optional<Camera> camera() {
        return camera;
    }

    public QrScanner qrScanner() {
        return qrScanner;
    }

    /** The levers of a simulated station, for the simulation panel and tests. */
    public Optional<Simulation> simulation() {
        return simulation;
    }

    /** Closes every device, the last opened first, then Pi4J. */
    @Override
    public void close() {
        while (!opened.isEmpty()) {
            AutoCloseable device = opened.pop();
            try {
                device.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "Closing " + device.getClass().getSimpleName() + " failed", e);
            }
        }
        pi4j.shutdown();
    }

    /** A simulated station: its light to watch, its button to press, its card reader to tap. */
    public static final class Simulation {
        private final Context pi4j;
        private final StatusLight light;
        private final Optional<SimulatedCardReader> cardReader;

        Simulation(Context pi4j, StatusLight light, Optional<SimulatedCardReader> cardReader) {
            this.pi4j = pi4j;
            this.light = light;
            this.cardReader = cardReader;
        }

        /** The light, whose lit colour a panel shows. */
        public StatusLight light() {
            return light;
        }

        /** Presses and releases the help button's mock pin, as a finger would. */
        public void pressHelpButton() {
            MockPins.setLevel(pi4j, GpioHelpButton.ID, DigitalState.LOW);
            MockPins.setLevel(pi4j, GpioHelpButton.ID, DigitalState.HIGH);
        }

        /** Whether cards can be tapped on screen. */
        public boolean hasCardReader() {
            return cardReader.isPresent();
        }

        /** Taps a card on the simulated reader. */
        public void presentCard(CardId card) {
            cardReader.orElseThrow(() -> new IllegalStateException("this terminal has no simulated card reader"))
                    .present(card);
        }
    }
}
