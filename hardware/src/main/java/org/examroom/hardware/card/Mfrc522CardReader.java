package org.examroom.hardware.card;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.spi.Spi;
import com.pi4j.io.spi.SpiBus;
import com.pi4j.io.spi.SpiMode;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;
import org.examroom.hardware.gpio.GpioPlatform;

/** An MFRC522 RFID module on the Pi's SPI bus, polled a few times a second for a card in its field. */
public final class Mfrc522CardReader implements CardReader {

    /** Pi4J ids of the reader's SPI device and reset pin. */
    public static final String SPI_ID = "card-reader-spi";
    public static final String RESET_ID = "card-reader-reset";

    static final Duration POLL = Duration.ofMillis(150);
    private static final System.Logger LOG = System.getLogger(Mfrc522CardReader.class.getName());

    private final Runnable release;
    private final Mfrc522 chip;
    private final RepeatFilter repeats = new RepeatFilter(RepeatFilter.DEFAULT_WINDOW, System::nanoTime);
    private final CardListeners listeners = new CardListeners();
    private Thread worker;
    private volatile boolean closed;

    /** A reader on SPI0 with the given chip select (CE0 = 0), its RST line on the given GPIO pin. */
    public static Mfrc522CardReader onSpi(Context pi4j, GpioPlatform platform, int chipSelect, int resetPin)
            throws IOException {
        DigitalOutput reset = pi4j.create(DigitalOutput.newConfigBuilder(pi4j)
                .id(RESET_ID).name("Card reader reset").address(resetPin)
                .initial(DigitalState.HIGH).shutdown(DigitalState.LOW)
                .provider(platform.digitalOutputProvider()));
        Spi spi = pi4j.create(Spi.newConfigBuilder(pi4j)
                .id(SPI_ID).name("Card reader").bus(SpiBus.BUS_0).channel(chipSelect)
                .mode(SpiMode.MODE_0).baud(1_000_000)
                .provider(platform.spiProvider()));
        Mfrc522.Bus bus = out -> {
            byte[] in = new byte[out.length];
            spi.transfer(out, in, out.length);
            return in;
        };
        return new Mfrc522CardReader(new Mfrc522(bus), () -> {
            pi4j.shutdown(SPI_ID);
            reset.low();
            pi4j.shutdown(RESET_ID);
        });
    }

    /** A reader polling the given chip; {@code release} frees its bus when closed. */
    public Mfrc522CardReader(Mfrc522 chip, Runnable release) throws IOException {
        this.chip = chip;
        this.release = release;
        chip.initialise();
        LOG.log(System.Logger.Level.INFO, "MFRC522 card reader ready, chip version 0x{0}",
                Integer.toHexString(chip.version()));
    }

    private void poll() {
        int failures = 0;
        while (!closed) {
            try {
                chip.readUid().map(CardId::ofUid).flatMap(repeats::tap).ifPresent(listeners::tell);
                failures = 0;
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                if (failures++ == 0) {
                    LOG.log(System.Logger.Level.ERROR, "The MFRC522 card reader failed; retrying", e);
                }
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Starts polling with the first listener. */
    @Override
    public synchronized void onCard(Consumer<CardId> listener) {
        listeners.add(listener);
        if (worker == null && !closed) {
            worker = Thread.ofPlatform().daemon().name("mfrc522-card-reader").start(this::poll);
        }
    }

    @Override
    public void close() {
        Thread polling;
        synchronized (this) {
            closed = true;
            listeners.clear();
            polling = worker;
        }
        if (polling != null) {
            polling.interrupt();
            try {
                polling.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        release.run();
    }
}
