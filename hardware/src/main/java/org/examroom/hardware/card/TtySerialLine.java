package org.examroom.hardware.card;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Linux serial device (e.g. {@code /dev/ttyUSB0}, {@code /dev/serial0}) read as a file after
 * {@code stty} has set its speed and raw mode. USB serial readers need nothing else, and Pi4J 3.0.3
 * has no serial provider for the Pi's own UART that works without pigpio.
 */
public final class TtySerialLine implements SerialLine {

    private final InputStream input;

    public TtySerialLine(Path device, int baud) throws IOException {
        if (!Files.isReadable(device)) {
            throw new IOException("Cannot read the card reader's serial device " + device
                    + ": is it plugged in, and is this user in the 'dialout' group?");
        }
        configure(device, baud);
        this.input = Files.newInputStream(device);
    }

    private static void configure(Path device, int baud) throws IOException {
        // min 0 time 1: a read returns after 0.1 s without data, so the reader can notice it was closed.
        List<String> command = List.of("stty", "-F", device.toString(), Integer.toString(baud),
                "raw", "-echo", "min", "0", "time", "1");
        Process stty = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!stty.waitFor(5, TimeUnit.SECONDS) || stty.exitValue() != 0) {
                String output = new String(stty.getInputStream().readAllBytes());
                throw new IOException("stty could not set up " + device + " at " + baud + " baud: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while setting up " + device, e);
        }
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        int read = input.read(buffer);
        return read < 0 ? 0 : read; // a tty in this mode answers "nothing yet" as end of file
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
