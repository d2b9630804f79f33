package org.examroom.terminal.device;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.examroom.hardware.camera.CameraSettings;
import org.examroom.hardware.camera.CameraSource;
import org.examroom.hardware.camera.FrameSize;
import org.examroom.hardware.gpio.GpioPlatform;
import org.examroom.hardware.light.LightPins;

/**
 * Which devices a terminal opens. A Raspberry Pi station drives real pins; everything else runs the
 * same light and button code on Pi4J's mock platform, with a panel on screen to watch and press them.
 *
 * @param camera empty for a terminal without a camera (a simulated one then shows an empty desk)
 */
public record DeviceSettings(Mode mode, LightPins lightPins, int buttonPin, CardReaderChoice cardReader,
        Optional<CameraSource> camera, CameraSettings cameraSettings) {

    /** Real pins or simulated ones. */
    public enum Mode {
        /** Pi4J's mock platform and a simulation panel: desktops, development, tests. */
        SIMULATED(GpioPlatform.MOCK),
        /** A Raspberry Pi station's GPIO and SPI. */
        PI(GpioPlatform.RASPBERRY_PI);

        private final GpioPlatform platform;

        Mode(GpioPlatform platform) {
            this.platform = platform;
        }

        public GpioPlatform platform() {
            return platform;
        }
    }

    /** The help button's GPIO pin in the station wiring of docs/hardware.md. */
    public static final int DEFAULT_BUTTON_PIN = 23;

    public DeviceSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(lightPins, "lightPins");
        Objects.requireNonNull(cardReader, "cardReader");
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(cameraSettings, "cameraSettings");
        if (buttonPin < 0 || buttonPin > 27) {
            throw new IllegalArgumentException("GPIO pin " + buttonPin + " is not on the Raspberry Pi header (0–27)");
        }
    }

    /** A desktop: simulated light and button, the panel's card field, a camera that sees an empty desk. */
    public static DeviceSettings simulated() {
        return new DeviceSettings(Mode.SIMULATED, LightPins.DEFAULT, DEFAULT_BUTTON_PIN,
                new CardReaderChoice.Simulated(), Optional.empty(), CameraSettings.DEFAULT);
    }

    /**
     * Reads the terminal's named parameters: {@code devices=simulated|pi}, {@code light=rgb|rgb-anode|leds:R,G,A},
     * {@code button-pin=N}, {@code card-reader=…} (see {@link CardReaderChoice#parse}),
     * {@code camera=INDEX|DEVICE|images:PATH|none}, {@code camera-size=WxH}, {@code camera-fps=N}.
     * A Pi defaults to a keyboard-wedge reader and camera 0; a simulation to the panel, and a simulated
     * camera showing an empty desk (and the slips held up from the panel).
     */
    public static DeviceSettings fromParameters(Map<String, String> named) {
        Mode mode = switch (named.getOrDefault("devices", "simulated").strip().toLowerCase(Locale.ROOT)) {
            case "simulated", "sim" -> Mode.SIMULATED;
            case "pi" -> Mode.PI;
            default -> throw new IllegalArgumentException("--devices is 'simulated' or 'pi', not " + named.get("devices"));
        };
        LightPins light = Optional.ofNullable(named.get("light")).map(DeviceSettings::lightPins).orElse(LightPins.DEFAULT);
        int button = Integer.parseInt(named.getOrDefault("button-pin", Integer.toString(DEFAULT_BUTTON_PIN)).strip());
        CardReaderChoice reader = Optional.ofNullable(named.get("card-reader")).map(CardReaderChoice::parse)
                .orElse(mode == Mode.PI ? new CardReaderChoice.KeyboardWedge() : new CardReaderChoice.Simulated());
        String cameraOption = named.getOrDefault("camera", mode == Mode.PI ? "0" : "none");
        Optional<CameraSource> camera = cameraOption.isBlank() || cameraOption.strip().equalsIgnoreCase("none")
                ? Optional.empty()
                : Optional.of(CameraSource.parse(cameraOption));
        CameraSettings frames = new CameraSettings(
                FrameSize.parse(named.getOrDefault("camera-size", CameraSettings.DEFAULT.size().toString())),
                Double.parseDouble(named.getOrDefault("camera-fps", Double.toString(CameraSettings.DEFAULT.framesPerSecond()))));
        return new DeviceSettings(mode, light, button, reader, camera, frames);
    }

    /** {@code rgb} (common cathode), {@code rgb-anode} or {@code leds}, optionally followed by {@code :RED,GREEN,AMBER}. */
    static LightPins lightPins(String text) {
        String[] kindAndPins = text.strip().toLowerCase(Locale.ROOT).split(":", 2);
        LightPins.Wiring wiring = switch (kindAndPins[0]) {
            case "rgb" -> LightPins.Wiring.RGB_COMMON_CATHODE;
            case "rgb-anode" -> LightPins.Wiring.RGB_COMMON_ANODE;
            case "leds" -> LightPins.Wiring.THREE_LEDS;
            default -> throw new IllegalArgumentException(
                    "--light is rgb, rgb-anode or leds, optionally with :RED,GREEN,AMBER pins, not " + text);
        };
        if (kindAndPins.length == 1) {
            LightPins pins = LightPins.DEFAULT;
            return new LightPins(wiring, pins.red(), pins.green(), pins.amber());
        }
        String[] pins = kindAndPins[1].split(",");
        if (pins.length != 3) {
            throw new IllegalArgumentException("--light needs three pins, RED,GREEN,AMBER (the third unused by an RGB LED): " + text);
        }
        return new LightPins(wiring, Integer.parseInt(pins[0].strip()), Integer.parseInt(pins[1].strip()),
                Integer.parseInt(pins[2].strip()));
    }
}
