package org.examroom.terminal.device;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.examroom.hardware.card.CardId;

/**
 * Catches a keyboard-wedge card reader in front of the screen. Such a reader "types" the card id and
 * Enter within a few milliseconds; a person needs a hundred or more between keys. So the filter holds
 * back each key until the next one comes: keys that follow each other within {@code maxGap} and end
 * in Enter are a card and never reach the screen; anything slower is handed on to where it was
 * going, a moment late. The id is read from the keys, not the characters they type, so a Russian
 * keyboard layout does not turn hex digits into Cyrillic. Put it in front of the window as an event
 * filter ({@link #install}).
 */
public final class CardWedgeFilter implements EventHandler<KeyEvent> {

    /** Readers type a key every 1–10 ms; people rarely type two keys within 35 ms, and never a whole id. */
    public static final Duration DEFAULT_MAX_GAP = Duration.ofMillis(35);

    /** The shortest card id that counts (shorter bursts ending in Enter are people). */
    public static final int MIN_LENGTH = 4;

    private final Consumer<CardId> onCard;
    private final long maxGapNanos;
    private final LongSupplier nanoTime;
    private final PauseTransition quiet;

    private final List<KeyEvent> held = new ArrayList<>();
    private final StringBuilder typed = new StringBuilder();
    private long lastKeyAt;
    private boolean swallowingEnter;
    private boolean replaying;

    public CardWedgeFilter(Consumer<CardId> onCard, Duration maxGap, LongSupplier nanoTime) {
        this.onCard = Objects.requireNonNull(onCard, "onCard");
        this.maxGapNanos = maxGap.toNanos();
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.quiet = new PauseTransition(javafx.util.Duration.millis(maxGap.toMillis() + 1));
        this.quiet.setOnFinished(e -> handOn());
    }

    /**
     * Puts a filter with the default timing in front of everything the window shows: on the window,
     * not a scene, so it stays when the terminal changes screens.
     */
    public static CardWedgeFilter install(Window window, Consumer<CardId> onCard) {
        CardWedgeFilter filter = new CardWedgeFilter(onCard, DEFAULT_MAX_GAP, System::nanoTime);
        window.addEventFilter(KeyEvent.ANY, filter);
        return filter;
    }

    @Override
    public void handle(KeyEvent event) {
        if (replaying) {
            return; // a held key on its way to where it was going
        }
        long now = nanoTime.getAsLong();
        if (!held.isEmpty() && now - lastKeyAt > maxGapNanos) {
            handOn(); // the pause says a person is typing
        }
        if (swallowingEnter && event.getEventType() == KeyEvent.KEY_PRESSED) {
            swallowingEnter = false; // a new key: the card's Enter is over, even if its release never came
        }
        if (swallowingEnter && isEnter(event)) {
            event.consume();
            if (event.getEventType() == KeyEvent.KEY_RELEASED) {
                swallowingEnter = false;
            }
            return;
        }
        if (event.getEventType() == KeyEvent.KEY_PRESSED) {
            pressed(event, now);
        } else if (!held.isEmpty()) {
            hold(event, now);
        }
    }

    private void pressed(KeyEvent event, long now) {
        if (event.getCode() == KeyCode.ENTER) {
            if (!held.isEmpty() && typed.length() >= MIN_LENGTH && CardId.isValid(typed.toString())) {
                event.consume();
                CardId card = new CardId(typed.toString());
                forget();
                swallowingEnter = true;
                onCard.accept(card);
            } else {
                handOn();
            }
            return;
        }
        String character = cardCharacter(event.getCode());
        if (!held.isEmpty() || !character.isEmpty()) {
            hold(event, now);
            typed.append(character);
        }
    }

    private void hold(KeyEvent event, long now) {
        event.consume();
        held.add(event);
        lastKeyAt = now;
        quiet.playFromStart();
    }

    /** Sends the held keys on to their targets, in order, as if never stopped. */
    private void handOn() {
        List<KeyEvent> keys = List.copyOf(held);
        forget();
        replaying = true;
        try {
            for (KeyEvent key : keys) {
                EventTarget target = key.getTarget();
                Event.fireEvent(target, new KeyEvent(null, target, key.getEventType(), key.getCharacter(),
                        key.getText(), key.getCode(), key.isShiftDown(), key.isControlDown(), key.isAltDown(),
                        key.isMetaDown()));
            }
        } finally {
            replaying = false;
        }
    }

    private void forget() {
        held.clear();
        typed.setLength(0);
        quiet.stop();
    }

    private static boolean isEnter(KeyEvent event) {
        return event.getCode() == KeyCode.ENTER
                || (event.getEventType() == KeyEvent.KEY_TYPED
                        && ("\r".equals(event.getCharacter()) || "\n".equals(event.getCharacter())));
    }

    /**
     * The character of a key as printed on it, whatever the keyboard layout: with a Russian layout
     * the reader's "A" types "Ф", but the key is still A.
     */
    private static String cardCharacter(KeyCode code) {
        if (code.isLetterKey()) {
            return code.getChar();
        }
        if (code.isDigitKey()) {
            return code.getName().substring(code.getName().length() - 1); // "1", "Numpad 1"
        }
        return code == KeyCode.MINUS || code == KeyCode.SUBTRACT ? "-" : "";
    }
}
