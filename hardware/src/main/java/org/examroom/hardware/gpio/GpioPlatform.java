package org.examroom.hardware.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;

/**
 * Which Pi4J providers drive the pins: the Raspberry Pi's kernel GPIO driver, or Pi4J's mock
 * platform, where the same light and button code runs on a desktop and in tests.
 */
public enum GpioPlatform {
    /** A Raspberry Pi station: GPIO through libgpiod (Pi 3, 4 and 5), SPI through /dev/spidev. */
    RASPBERRY_PI("gpiod-digital-input", "gpiod-digital-output", "linuxfs-spi", "raspberrypi-serial"),
    /** Pi4J's mock providers: pins that hold their state in memory (runtime dependency pi4j-plugin-mock). */
    MOCK("mock-digital-input", "mock-digital-output", "mock-spi", "mock-serial");

    private final String digitalInput;
    private final String digitalOutput;
    private final String spi;
    private final String serial;

    GpioPlatform(String digitalInput, String digitalOutput, String spi, String serial) {
        this.digitalInput = digitalInput;
        this.digitalOutput = digitalOutput;
        this.spi = spi;
        this.serial = serial;
    }

    /** The Pi4J provider id for digital inputs (buttons). */
    public String digitalInputProvider() {
        return digitalInput;
    }

    /** The Pi4J provider id for digital outputs (LEDs). */
    public String digitalOutputProvider() {
        return digitalOutput;
    }

    /** The Pi4J provider id for the SPI bus (the MFRC522 reader). */
    public String spiProvider() {
        return spi;
    }

    /**
     * The Pi4J provider id for serial ports. Pi4J 3.0.3's Raspberry Pi serial provider reads nothing,
     * so real serial readers go through {@code card.TtySerialLine}; the mock one loops back for tests.
     */
    public String serialProvider() {
        return serial;
    }

    /**
     * A new Pi4J context with this platform's providers. The mock plugin is found only when asked
     * for, so a Pi with it on the class path still drives its real pins.
     */
    public Context newContext() {
        try {
            return switch (this) {
                case RASPBERRY_PI -> Pi4J.newContextBuilder().autoDetect().build();
                case MOCK -> Pi4J.newContextBuilder().autoDetectMockPlugins().autoDetect().build();
            };
        } catch (RuntimeException e) {
            throw new IllegalStateException("Pi4J could not start on platform " + this + ": " + e.getMessage()
                    + (this == MOCK ? " (is pi4j-plugin-mock on the class path?)" : " (is this a Raspberry Pi with libgpiod?)"), e);
        }
    }
}
