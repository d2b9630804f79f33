package org.examroom.hardware.light;

import java.util.Objects;

/**
 * Where the light is wired (BCM GPIO numbers) and how.
 *
 * @param red   the red LED, or the red die of an RGB LED
 * @param green the green LED, or the green die
 * @param amber the amber LED of a three-LED light; unused by an RGB LED, which mixes amber from red and green
 */
public record LightPins(Wiring wiring, int red, int green, int amber) {

    /** How the LEDs are connected. */
    public enum Wiring {
        /** One RGB LED with a common cathode: a high pin lights its die. */
        RGB_COMMON_CATHODE,
        /** One RGB LED with a common anode to 3.3 V: a low pin lights its die. */
        RGB_COMMON_ANODE,
        /** Three separate LEDs (red, amber, green), each lit by a high pin. */
        THREE_LEDS
    }

    /** The station wiring described in docs/hardware.md: an RGB LED on GPIO 17, 27 and 22. */
    public static final LightPins DEFAULT = new LightPins(Wiring.RGB_COMMON_CATHODE, 17, 27, 22);

    public LightPins {
        Objects.requireNonNull(wiring, "wiring");
        for (int pin : new int[] {red, green, amber}) {
            if (pin < 0 || pin > 27) {
                throw new IllegalArgumentException("GPIO pin " + pin + " is not on the Raspberry Pi header (0–27)");
            }
        }
        if (red == green || (wiring == Wiring.THREE_LEDS && (amber == red || amber == green))) {
            throw new IllegalArgumentException("The light's pins must differ: " + red + ", " + green + ", " + amber);
        }
    }

    /** Whether a lit emitter is driven low. */
    boolean activeLow() {
        return wiring == Wiring.RGB_COMMON_ANODE;
    }

    /** Whether the third pin is used. */
    boolean usesAmberPin() {
        return wiring == Wiring.THREE_LEDS;
    }
}
