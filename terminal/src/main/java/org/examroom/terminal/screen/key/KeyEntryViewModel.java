package org.examroom.terminal.screen.key;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.examroom.common.i18n.Messages;
import org.examroom.common.key.AccessKeys;
import org.examroom.terminal.device.KeyEntry;
import org.examroom.terminal.device.KeyInput;

/**
 * The key as it is typed, with what is wrong with it said at once (the check symbol catches a mistyped symbol before
 * the controller is asked), and keys arriving from a slip's QR code or a card. A card's id goes to the controller
 * only: it is never put in the key field or the hint.
 */
public final class KeyEntryViewModel implements KeyInput {

    private final Messages messages;
    private final Consumer<String> send;
    private final Consumer<String> sendCard;
    private final StringProperty key = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper wellFormed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /**
     * {@code send} gets the canonical key when the applicant sends a well-formed one; {@code sendCard} the id of a card
     * tapped on the reader, which the controller knows as the applicant's issued key.
     */
    public KeyEntryViewModel(Messages messages, Consumer<String> send, Consumer<String> sendCard) {
        this.messages = messages;
        this.send = send;
        this.sendCard = sendCard;
        key.addListener((o, before, typed) -> check(typed));
        check("");
    }

    public StringProperty keyProperty() {
        return key;
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty wellFormedProperty() {
        return wellFormed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void busy(boolean on) {
        busy.set(on);
    }

    /** A message from the controller (a refused key or card), shown in place of the typing hint. */
    public void refused(String explanation) {
        busy.set(false);
        hint.set(explanation);
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        var canonical = AccessKeys.canonical(key.get());
        if (canonical.isEmpty()) {
            check(key.get());
            return;
        }
        busy.set(true);
        hint.set(messages.get("key.sending"));
        send.accept(AccessKeys.format(canonical.get()));
    }

    @Override
    public void enter(KeyEntry entry) {
        switch (entry) {
            case KeyEntry.FromSlip slip -> {
                key.set(slip.key());
                submit();
            }
            case KeyEntry.FromCard card -> tapped(card);
        }
    }

    /** A card is sent at once, unless the controller is still answering for a key or another card. */
    private void tapped(KeyEntry.FromCard card) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        hint.set(messages.get("key.card.sending"));
        sendCard.accept(card.card().value());
    }

    private void check(String typed) {
        AccessKeys.Status status = AccessKeys.status(typed);
        wellFormed.set(status == AccessKeys.Status.WELL_FORMED);
        hint.set(switch (status) {
            case INCOMPLETE -> typed.isBlank() ? messages.get("key.hint") : messages.get("key.incomplete");
            case BAD_SYMBOL -> messages.get("key.badSymbol");
            case WRONG_CHECK -> messages.get("key.wrongCheck");
            case TOO_LONG -> messages.get("key.tooLong");
            case WELL_FORMED -> messages.get("key.wellFormed");
        });
    }
}
