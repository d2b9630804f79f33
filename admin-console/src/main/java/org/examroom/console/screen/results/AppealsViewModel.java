package org.examroom.console.screen.results;

import java.util.OptionalInt;
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
import org.examroom.console.client.StaffApi.Appeal;
import org.examroom.console.client.StaffApi.Exam;
import org.examroom.console.client.StaffApiException;
import org.examroom.console.screen.Calls;
import org.examroom.console.screen.Times;

/**
 * Appeals: on the procedure, filed the same day before the applicant leaves; on the result, within the exam's window
 * after publication. The controller refuses one out of time with the rule's reason; a decision is final, and an
 * upheld appeal on the result may set new points.
 */
public final class AppealsViewModel {

    private final StaffApi api;
    private final Calls calls;
    private final Messages messages;
    private final Times times;

    private final ObjectProperty<Exam> exam = new SimpleObjectProperty<>();
    private final StringProperty attempt = new SimpleStringProperty("");
    private final StringProperty kind = new SimpleStringProperty("RESULT");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<Appeal> appeals = FXCollections.observableArrayList();
    private final ObjectProperty<Appeal> selected = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty newPoints = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding canFile;
    private final BooleanBinding canDecide;

    public AppealsViewModel(StaffApi api, Calls calls, Messages messages, Times times) {
        this.api = api;
        this.calls = calls;
        this.messages = messages;
        this.times = times;
        exam.addListener((o, was, now) -> refresh());
        canFile = Bindings.createBooleanBinding(() -> !attempt.get().isBlank() && !text.get().isBlank(), attempt, text);
        canDecide = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().decision().isEmpty()
                && !reason.get().isBlank() && (newPoints.get().isBlank() || points().isPresent()), selected, reason, newPoints);
    }

    public ObjectProperty<Exam> examProperty() {
        return exam;
    }

    /** The attempt the appeal is about (the row picked in the results). */
    public StringProperty attemptProperty() {
        return attempt;
    }

    /** {@code PROCEDURE} or {@code RESULT}. */
    public StringProperty kindProperty() {
        return kind;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<Appeal> appeals() {
        return appeals;
    }

    public ObjectProperty<Appeal> selectedProperty() {
        return selected;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** New points for an upheld appeal on the result; empty to keep them. */
    public StringProperty newPointsProperty() {
        return newPoints;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding canFileProperty() {
        return canFile;
    }

    public BooleanBinding canDecideProperty() {
        return canDecide;
    }

    /** A line of the list: number, kind, attempt, when filed, and the decision. */
    public String line(Appeal a) {
        return a.id() + " · " + messages.get("appeal.kind." + a.kind()) + " · " + a.attemptId() + " · "
                + times.moscowClock(a.filedAt()) + " · " + a.decision().map(d -> messages.get("appeal.outcome." + d.outcome())
                + (d.pointsAfter().isPresent() ? " (" + d.pointsBefore().orElse(0) + " → " + d.pointsAfter().getAsInt() + ")" : ""))
                .orElse(messages.get("appeal.open"));
    }

    public void refresh() {
        Exam current = exam.get();
        if (current == null) {
            appeals.clear();
            return;
        }
        calls.run(() -> api.appeals(current.id()), appeals::setAll, this::refused);
    }

    public void file() {
        if (!canFile.get()) {
            return;
        }
        String on = attempt.get();
        calls.run(() -> api.fileAppeal(on, kind.get(), text.get().strip()), appeal -> {
            text.set("");
            status.set(messages.get("appeal.filed", appeal.id(), appeal.deadline().map(times::schedule).orElse("—")));
            refresh();
        }, this::refused);
    }

    /** Decides the selected appeal: upheld or rejected, with the reason. */
    public void decide(boolean upheld) {
        Appeal a = selected.get();
        if (!canDecide.get()) {
            return;
        }
        OptionalInt points = upheld ? points() : OptionalInt.empty();
        calls.run(() -> api.decideAppeal(a.id(), upheld ? "UPHELD" : "REJECTED", reason.get().strip(), points), decided -> {
            reason.set("");
            newPoints.set("");
            status.set(messages.get("appeal.decided", decided.id(), messages.get("appeal.outcome." + decided.decision()
                    .map(StaffApi.Appeal.Decision::outcome).orElse(upheld ? "UPHELD" : "REJECTED"))));
            refresh();
        }, this::refused);
    }

    private OptionalInt points() {
        try {
            int p = Integer.parseInt(newPoints.get().strip());
            return p >= 0 && p <= (exam.get() == null ? 100 : exam.get().maxScore()) ? OptionalInt.of(p) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private void refused(StaffApiException e) {
        status.set(messages.get("appeal.refused", e.explanation(messages.locale().getLanguage())));
    }
}
