package org.examroom.hardware.card;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * A card reader for desktops and tests: cards are put in a queue (by the simulation panel, a test,
 * or lines typed on standard input) and handed to the listeners on the reader's own thread, as a
 * real reader would. Cards wait in the queue until someone listens.
 */
public final class SimulatedCardReader implements CardReader {

    private static final System.Logger LOG = System.getLogger(SimulatedCardReader.class.getName());

    private final BlockingQueue<CardId> queue = new LinkedBlockingQueue<>();
    private final CardListeners listeners = new CardListeners();
    private Thread worker;
    private volatile boolean closed;

    /** A reader fed by lines of text, one card id a line (e.g. {@code System.in}); bad lines are logged and skipped. */
    public static SimulatedCardReader fedBy(InputStream lines) {
        SimulatedCardReader reader = new SimulatedCardReader();
        Thread.ofPlatform().daemon().name("simulated-card-reader-input").start(() -> reader.readLines(lines));
        return reader;
    }

    /** Presents a card, as if it were tapped on the reader. */
    public void present(CardId card) {
        if (closed) {
            throw new IllegalStateException("the card reader is closed");
        }
        queue.add(card);
    }

    private void readLines(InputStream input) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            String line;
            while (!closed && (line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                if (CardId.isValid(line)) {
                    present(new CardId(line));
                } else {
                    LOG.log(System.Logger.Level.WARNING, "Not a card id, skipped: {0}", line.strip());
                }
            }
        } catch (IOException e) {
            if (!closed) {
                LOG.log(System.Logger.Level.WARNING, "The simulated card reader's input failed", e);
            }
        }
    }

    private void deliver() {
        try {
            while (!closed) {
                listeners.tell(queue.take());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void onCard(Consumer<CardId> listener) {
        listeners.add(listener);
        if (worker == null && !closed) {
            worker = Thread.ofPlatform().daemon().name("simulated-card-reader").start(this::deliver);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (worker != null) {
            worker.interrupt();
        }
        listeners.clear();
    }
}
