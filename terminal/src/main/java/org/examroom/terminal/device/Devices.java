package org.examroom.terminal.device;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import org.examroom.hardware.camera.Frame;
import org.examroom.hardware.camera.FrameSize;
import org.examroom.hardware.camera.SimulatedCamera;
import org.examroom.hardware.card.CardId;
import org.examroom.hardware.card.CardReader;
import org.examroom.hardware.card.Mfrc522CardReader;
import org.examroom.hardware.card.SerialCardReader;
import org.examroom.hardware.card.SimulatedCardReader;
import org.examroom.hardware.card.TtySerialLine;
import org.examroom.hardware.gpio.GpioPlatform;
import org.examroom.hardware.gpio.MockPins;
import org.examroom.hardware.light.GpioStatusLight;
import org.examroom.hardware.light.StatusLight;
import org.examroom.common.key.KeySlip;
import org.examroom.hardware.qr.QrScanner;
import org.examroom.hardware.qr.SlipPhotos;
import org.examroom.hardware.qr.ZxingQrScanner;
import org.opencv.core.Mat;

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
        Pins pins;
        try {
            pins = openPins(platform, settings);
        } catch (RuntimeException e) {
            if (platform == GpioPlatform.MOCK) {
                throw e;
            }
            LOG.log(System.Logger.Level.ERROR, "The station's pins cannot be used, so its light and help button"
                    + " are out of order (check the wiring options and that this user is in the 'gpio' group): "
                    + e.getMessage(), e);
            platform = GpioPlatform.MOCK;
            pins = openPins(platform, settings);
        }
        this.pi4j = pins.pi4j();
        this.light = remember(pins.light());
        this.helpButton = remember(pins.button());
        this.cardReader = openCardReader(settings.cardReader(), platform).map(this::remember);
        Optional<Camera> configured = settings.camera().flatMap(source -> openCamera(source, settings.cameraSettings(), clock));
        if (settings.mode() == DeviceSettings.Mode.SIMULATED) {
            // a simulated station always has a camera: the configured images or an empty desk, and slips held up to it
            SimulatedCamera simulated = remember(new SimulatedCamera(configured, settings.cameraSettings(), clock));
            this.camera = Optional.of(simulated);
            this.simulation = Optional.of(new Simulation(pi4j, light, simulated, qrScanner, cardReader
                    .filter(SimulatedCardReader.class::isInstance).map(SimulatedCardReader.class::cast)));
        } else {
            this.camera = configured.map(this::remember);
            this.simulation = Optional.empty();
        }
    }

    private record Pins(Context pi4j, StatusLight light, HelpButton button) {
    }

    /** The light and the button on a new Pi4J context; nothing left open if either fails. */
    private static Pins openPins(GpioPlatform platform, DeviceSettings settings) {
        Context context = platform.newContext();
        try {
            StatusLight light = new GpioStatusLight(context, platform, settings.lightPins());
            HelpButton button = new GpioHelpButton(context, platform, settings.buttonPin());
            if (platform == GpioPlatform.MOCK) {
                MockPins.setLevel(context, GpioHelpButton.ID, DigitalState.HIGH); // released: the pull-up holds it high
            }
            return new Pins(context, light, button);
        } catch (RuntimeException e) {
            context.shutdown();
            throw e;
        }
    }

    /** Opens the devices the settings name. */
    public static Devices open(DeviceSettings settings, Clock clock) {
        Devices devices = new Devices(settings, clock);
        LOG.log(System.Logger.Level.INFO, "Devices: {0} pins, card reader {1}, camera {2}", settings.mode(),
                devices.cardReader.isPresent() || settings.cardReader() instanceof CardReaderChoice.KeyboardWedge
                        ? settings.cardReader() : "none",
                devices.camera.map(camera -> camera instanceof SimulatedCamera
                        ? "simulated, showing " + settings.camera().map(Object::toString).orElse("an empty desk")
                        : settings.camera().map(Object::toString).orElse("?")).orElse("none"));
        return devices;
    }

    private Optional<CardReader> openCardReader(CardReaderChoice choice, GpioPlatform platform) {
        try {
            return switch (choice) {
                case CardReaderChoice.None none -> Optional.empty();
                case CardReaderChoice.KeyboardWedge wedge -> Optional.empty(); // a filter on the scene, not a device
                case CardReaderChoice.Simulated simulated -> Optional.of(new SimulatedCardReader());
                case CardReaderChoice.StandardInput stdin -> Optional.of(SimulatedCardReader.fedBy(System.in));
                // A real serial reader on a desktop or a Pi alike: Pi4J 3.0.3 has no working serial provider.
                case CardReaderChoice.Serial serial ->
                        Optional.of(new SerialCardReader(new TtySerialLine(Path.of(serial.device()), serial.baud())));
                case CardReaderChoice.Mfrc522 rfid -> {
                    if (platform == GpioPlatform.MOCK) {
                        throw new IllegalStateException("the MFRC522 reader needs a Raspberry Pi's SPI bus (--devices pi)");
                    }
                    yield Optional.of(Mfrc522CardReader.onSpi(pi4j, platform, rfid.chipSelect(), rfid.resetPin()));
                }
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

    /** A simulated station: its light to watch, its button to press, its card reader to tap, its camera to hold a slip up to. */
    public static final class Simulation {
        /** How long a slip is held up to the camera. */
        static final Duration SLIP_HELD = Duration.ofSeconds(3);

        private final Context pi4j;
        private final StatusLight light;
        private final SimulatedCamera camera;
        private final QrScanner scanner;
        private final Optional<SimulatedCardReader> cardReader;

        Simulation(Context pi4j, StatusLight light, SimulatedCamera camera, QrScanner scanner,
                Optional<SimulatedCardReader> cardReader) {
            this.pi4j = pi4j;
            this.light = light;
            this.camera = camera;
            this.scanner = scanner;
            this.cardReader = cardReader;
        }

        /**
         * Holds a photo of a key slip for the key up to the camera for a few seconds. Some random tilts
         * are too steep to read, as with a real slip; the photo shown is one that reads.
         *
         * @throws IllegalArgumentException if the text cannot be an access key
         */
        public void holdUpSlip(String key) {
            String payload = KeySlip.payload(key);
            FrameSize size = camera.settings().size();
            for (long seed = 1; ; seed++) {
                Mat photo = SlipPhotos.photograph(payload, size, seed);
                boolean readable;
                try (Frame frame = new Frame(photo.clone(), Instant.EPOCH)) {
                    readable = scanner.decode(frame).isPresent();
                }
                if (readable || seed == 10) {
                    camera.holdUp(photo, SLIP_HELD);
                    photo.release();
                    return;
                }
                photo.release();
            }
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
