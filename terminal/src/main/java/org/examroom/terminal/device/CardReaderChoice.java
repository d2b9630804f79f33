package org.examroom.terminal.device;

import java.util.Locale;

/** Which card reader a terminal has. */
public sealed interface CardReaderChoice {

    /** No card reader: keys are typed or scanned. */
    record None() implements CardReaderChoice {
    }

    /** A USB reader that types the card id and Enter, caught before it reaches the screen. */
    record KeyboardWedge() implements CardReaderChoice {
    }

    /** The simulation panel's card field. */
    record Simulated() implements CardReaderChoice {
    }

    /** Card ids typed on the terminal's standard input, one a line (desktops, scripted demos). */
    record StandardInput() implements CardReaderChoice {
    }

    /** A serial reader, e.g. a USB reader at {@code /dev/ttyUSB0} or an RDM6300 on {@code /dev/serial0}. */
    record Serial(String device, int baud) implements CardReaderChoice {
    }

    /** An MFRC522 module on SPI0 with the given chip select and its RST on a GPIO pin. */
    record Mfrc522(int chipSelect, int resetPin) implements CardReaderChoice {
    }

    /**
     * Parses the option: {@code none}, {@code wedge}, {@code simulated}, {@code stdin},
     * {@code serial:DEVICE[@BAUD]} (9600 baud unless said), {@code mfrc522[:CE[:RSTPIN]]} (CE0, GPIO 25 unless said).
     */
    static CardReaderChoice parse(String text) {
        String value = text.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("serial:")) {
            String[] deviceAndBaud = value.substring("serial:".length()).split("@", 2);
            int baud = deviceAndBaud.length == 2 ? Integer.parseInt(deviceAndBaud[1]) : 9600;
            return new Serial(deviceAndBaud[0], baud);
        }
        if (lower.equals("mfrc522") || lower.startsWith("mfrc522:")) {
            String[] parts = lower.split(":");
            int chipSelect = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            int reset = parts.length > 2 ? Integer.parseInt(parts[2]) : 25;
            return new Mfrc522(chipSelect, reset);
        }
        return switch (lower) {
            case "none" -> new None();
            case "wedge", "keyboard" -> new KeyboardWedge();
            case "simulated" -> new Simulated();
            case "stdin" -> new StandardInput();
            default -> throw new IllegalArgumentException("Unknown card reader '" + text
                    + "': use none, wedge, simulated, stdin, serial:DEVICE[@BAUD] or mfrc522[:CE[:RSTPIN]]");
        };
    }
}
