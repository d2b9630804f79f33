package org.examroom.terminal.screen.pairing;

import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.examroom.common.i18n.Messages;
import org.examroom.terminal.client.PairingService;

/**
 * State of the pairing screen: the code typed so far, whether it can be sent, and what the
 * controller answered. Needs no running toolkit; results arrive through {@code uiThread}.
 */
public final class PairingViewModel {

    /** Pairing codes are six digits, shown on the console. */
    public static final Pattern CODE = Pattern.compile("\\d{6}");

    private final String terminalId;
    private final PairingService pairing;
    private final Executor uiThread;
    private final Messages messages;

    private final StringProperty code = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper seat = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSubmit;

    public PairingViewModel(String terminalId, PairingService pairing, Executor uiThread, Messages messages) {
        this.terminalId = terminalId;
        this.pairing = pairing;
        this.uiThread = uiThread;
        this.messages = messages;
        this.canSubmit = Bindings.createBooleanBinding(
                () -> !busy.get() && CODE.matcher(code.get().strip()).matches(), code, busy);
    }

    public String terminalId() {
        return terminalId;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The seat this terminal was paired to, empty until then. */
    public ReadOnlyStringProperty seatProperty() {
        return seat.getReadOnlyProperty();
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    /** Sends the code when it is complete; the answer lands in {@link #statusProperty()}. */
    public void submit() {
        if (!canSubmit.get()) {
            status.set(messages.get("pairing.code.invalid"));
            return;
        }
        busy.set(true);
        status.set(messages.get("pairing.sending"));
        pairing.pair(terminalId, code.get().strip()).thenAcceptAsync(outcome -> {
            busy.set(false);
            switch (outcome) {
                case PairingService.Outcome.Paired paired -> {
                    seat.set(paired.seat());
                    status.set(messages.get("pairing.paired", paired.seat()));
                }
                case PairingService.Outcome.Refused refused -> status.set(messages.get("pairing.refused", refused.reason()));
            }
        }, uiThread);
    }
}
