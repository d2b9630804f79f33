package org.examroom.hardware.card;

import com.pi4j.context.Context;
import com.pi4j.io.serial.Serial;
import org.examroom.hardware.gpio.GpioPlatform;

/**
 * A serial port through Pi4J's serial API. Which provider reads the port depends on the platform;
 * on Pi4J's mock platform the port loops back what is written to it, which the tests use.
 */
public final class Pi4jSerialLine implements SerialLine {

    /** The Pi4J id of the reader's port. */
    public static final String ID = "card-reader-serial";

    private final Context pi4j;
    private final Serial serial;

    public Pi4jSerialLine(Context pi4j, GpioPlatform platform, String device, int baud) {
        this.pi4j = pi4j;
        this.serial = pi4j.create(Serial.newConfigBuilder(pi4j)
                .id(ID).name("Card reader").device(device).baud(baud)
                .provider(platform.serialProvider()));
    }

    /** The port itself (tests write to the mock port through it). */
    public Serial serial() {
        return serial;
    }

    @Override
    public int read(byte[] buffer) {
        int available = serial.available();
        if (available <= 0) {
            pause();
            return 0;
        }
        return Math.max(0, serial.read(buffer, 0, Math.min(available, buffer.length)));
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (pi4j.registry().exists(ID)) {
            pi4j.shutdown(ID);
        }
    }
}
