package org.examroom.hardware.card;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The listeners of one reader; a failing listener is logged and does not stop the reader. */
final class CardListeners {

    private static final System.Logger LOG = System.getLogger(CardListeners.class.getName());

    private final List<Consumer<CardId>> listeners = new CopyOnWriteArrayList<>();

    void add(Consumer<CardId> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void tell(CardId card) {
        for (Consumer<CardId> listener : listeners) {
            try {
                listener.accept(card);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "A card listener failed", e);
            }
        }
    }

    void clear() {
        listeners.clear();
    }
}
