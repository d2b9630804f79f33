package org.examroom.hardware.card;

import java.util.function.Consumer;

/** A card reader on a station: tells its listeners each card presented to it. */
public interface CardReader extends AutoCloseable {

    /**
     * Calls the listener with each card read, on the reader's own thread. Readers start reading
     * with their first listener, so no card is read for nobody.
     */
    void onCard(Consumer<CardId> listener);

    /** Stops reading and releases the device. */
    @Override
    void close();
}
