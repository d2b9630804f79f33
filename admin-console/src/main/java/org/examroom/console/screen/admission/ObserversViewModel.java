package org.examroom.console.screen.admission;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.examroom.common.i18n.Messages;
import org.examroom.console.client.StaffApi;
import org.examroom.console.client.StaffApi.Observer;
import org.examroom.console.screen.Calls;
import org.examroom.console.screen.Times;

/** The observer log of the room: who came in, when, in what role, and when they left. */
public final class ObserversViewModel {

    private final StaffApi api;
    private final Calls calls;
    private final Messages messages;
    private final Times times;

    private final StringProperty room = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final ObservableList<Observer> entries = FXCollections.observableArrayList();
    private final ObjectProperty<Observer> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding canRecord;

    public ObserversViewModel(StaffApi api, Calls calls, Messages messages, Times times) {
        this.api = api;
        this.calls = calls;
        this.messages = messages;
        this.times = times;
        canRecord = Bindings.createBooleanBinding(() -> !room.get().isBlank() && !fullName.get().isBlank()
                && !role.get().isBlank(), room, fullName, role);
        room.addListener((o, was, now) -> load());
    }

    public StringProperty roomProperty() {
        return room;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public ObservableList<Observer> entries() {
        return entries;
    }

    public ObjectProperty<Observer> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding canRecordProperty() {
        return canRecord;
    }

    /** A line of the log: «10:05 МСК — 10:40 МСК · Сидоров П. П., общественный наблюдатель (ОП РФ)». */
    public String line(Observer o) {
        return times.clock(o.enteredAt()) + " — " + o.leftAt().map(times::clock).orElse("…") + " · " + o.fullName()
                + ", " + o.role() + (o.organisation().isBlank() ? "" : " (" + o.organisation() + ")");
    }

    public void load() {
        String r = room.get();
        if (r.isBlank()) {
            entries.clear();
            return;
        }
        calls.run(() -> api.observers(r), entries::setAll, e -> status.set(e.explanation(messages.locale().getLanguage())));
    }

    public void recordEntry() {
        if (!canRecord.get()) {
            return;
        }
        String r = room.get();
        String name = fullName.get().strip();
        calls.perform(() -> api.observerEntered(r, name, role.get().strip(), organisation.get().strip()), () -> {
            status.set(messages.get("observers.entered", name));
            fullName.set("");
            role.set("");
            organisation.set("");
            load();
        }, e -> status.set(e.explanation(messages.locale().getLanguage())));
    }

    public void recordLeft() {
        Observer o = selected.get();
        if (o == null || o.leftAt().isPresent()) {
            return;
        }
        String r = room.get();
        calls.perform(() -> api.observerLeft(r, o.id()), () -> {
            status.set(messages.get("observers.left", o.fullName()));
            load();
        }, e -> status.set(e.explanation(messages.locale().getLanguage())));
    }
}
