package org.examroom.terminal.device;

import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.examroom.common.i18n.Messages;
import org.examroom.hardware.card.CardId;
import org.examroom.hardware.light.LightSignal;

/**
 * State of the simulation panel: the colour the simulated light shows at this moment (blinks
 * included), the help button, a card field, and a key slip to hold up to the camera. Needs no running toolkit; light changes arrive
 * through {@code uiThread}.
 */
public final class SimulationPanelModel {

    private final Devices.Simulation station;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<LightSignal> lit;
    private final StringProperty card = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper cardStatus = new ReadOnlyStringWrapper("");
    private final StringProperty slipKey = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper slipStatus = new ReadOnlyStringWrapper("");

    public SimulationPanelModel(Devices.Simulation station, Executor uiThread, Messages messages) {
        this.station = Objects.requireNonNull(station, "station");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.lit = new ReadOnlyObjectWrapper<>(station.light().current().signal());
        station.light().onLit(signal -> uiThread.execute(() -> lit.set(signal)));
    }

    /** The colour lit now ({@code OFF} between blinks). */
    public ReadOnlyObjectProperty<LightSignal> litProperty() {
        return lit.getReadOnlyProperty();
    }

    /** The name of the lit colour, for people who cannot tell the colours apart. */
    public String litName(LightSignal signal) {
        return messages.get("simulation.light." + signal.name().toLowerCase(java.util.Locale.ROOT));
    }

    public boolean hasCardReader() {
        return station.hasCardReader();
    }

    /** The card id typed into the panel. */
    public StringProperty cardProperty() {
        return card;
    }

    /** What happened to the last card tapped, or why it could not be. */
    public ReadOnlyStringProperty cardStatusProperty() {
        return cardStatus.getReadOnlyProperty();
    }

    /** Presses the station's help button once. */
    public void pressHelp() {
        station.pressHelpButton();
    }

    /** Taps the card typed in the field on the simulated reader. */
    public void presentCard() {
        String text = card.get();
        if (!CardId.isValid(text)) {
            cardStatus.set(messages.get("simulation.card.invalid"));
            return;
        }
        CardId id = new CardId(text);
        station.presentCard(id);
        cardStatus.set(messages.get("simulation.card.presented", id.value()));
    }

    /** The access key printed on the slip to hold up. */
    public StringProperty slipKeyProperty() {
        return slipKey;
    }

    /** What happened to the last slip, or why it could not be shown. */
    public ReadOnlyStringProperty slipStatusProperty() {
        return slipStatus.getReadOnlyProperty();
    }

    /** Holds a key slip for the typed key up to the simulated camera for a few seconds. */
    public void holdUpSlip() {
        try {
            station.holdUpSlip(slipKey.get());
            slipStatus.set(messages.get("simulation.slip.shown"));
        } catch (IllegalArgumentException e) {
            slipStatus.set(messages.get("simulation.slip.invalid"));
        }
    }
}
