package org.examroom.hardware.card;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/** A card reader on a serial line: frames decoded into card ids, repeats of one tap dropped. */
public final class SerialCardReader implements CardReader {

    private static final System.Logger LOG = System.getLogger(SerialCardReader.class.getName());

    private final SerialLine line;
    private final CardFrameDecoder decoder = new CardFrameDecoder();
    private final RepeatFilter repeats;
    private final CardListeners listeners = new CardListeners();
    private Thread worker;
    private volatile boolean closed;

    public SerialCardReader(SerialLine line) {
        this(line, System::nanoTime);
    }

    SerialCardReader(SerialLine line, LongSupplier nanoTime) {
        this.line = line;
        this.repeats = new RepeatFilter(RepeatFilter.DEFAULT_WINDOW, nanoTime);
    }

    private void readLoop() {
        byte[] buffer = new byte[256];
        try {
            while (!closed) {
                int read = line.read(buffer);
                if (read < 0) {
                    LOG.log(System.Logger.Level.WARNING, "The card reader's serial line closed");
                    return;
                }
                for (CardId card : decoder.feed(buffer, read)) {
                    repeats.tap(card).ifPresent(listeners::tell);
                }
            }
        } catch (IOException e) {
            if (!closed) {
                LOG.log(System.Logger.Level.ERROR, "The card reader's serial line failed; cards are not read", e);
            }
        }
    }

    /** Starts reading with the first listener: until then, cards wait in the serial line. */
    @Override
    public synchronized void onCard(Consumer<CardId> listener) {
        listeners.add(listener);
        if (worker == null && !closed) {
            worker = Thread.ofPlatform().daemon().name("serial-card-reader").start(this::readLoop);
        }
    }

    @Override
    public void close() {
        Thread reading;
        synchronized (this) {
            closed = true;
            listeners.clear();
            reading = worker;
        }
        try {
            if (reading != null) {
                reading.join(1000);
            }
            line.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Closing the card reader's serial line failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
