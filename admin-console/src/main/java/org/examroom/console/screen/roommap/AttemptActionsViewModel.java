package org.examroom.console.screen.roommap;

import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.examroom.common.i18n.Messages;
import org.examroom.console.client.StaffApi;
import org.examroom.console.client.StaffApiException;
import org.examroom.console.screen.Calls;
import org.examroom.console.screen.Times;

/**
 * What a supervisor can do about the applicant at the selected seat: read their timeline, send a message, pause and
 * resume, extend the time with a reason, record an exit and the return, remove them with an act, record a technical
 * failure, close a call for help. Which actions are open follows the attempt's state; the controller decides in the
 * end and its reason is shown when it refuses.
 */
public final class AttemptActionsViewModel {

    private static final Set<String> WRITING = Set.of("IN_PROGRESS", "PAUSED");
    private static final Set<String> AT_TERMINAL = Set.of("KEY_ENTERED", "RULES_ACCEPTED", "PHOTOS_TAKEN", "IN_PROGRESS", "PAUSED");

    private final StaffApi api;
    private final Calls calls;
    private final Messages messages;
    private final Times times;

    private final ObjectProperty<SeatTile> seat = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> timeline = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<String>> removedAttempt = new ReadOnlyObjectWrapper<>(Optional.empty());

    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty minutes = new SimpleStringProperty("10");
    private final StringProperty actNumber = new SimpleStringProperty("");
    private final StringProperty rule = new SimpleStringProperty("");
    private final StringProperty room = new SimpleStringProperty("");
    private final StringProperty targetSeat = new SimpleStringProperty("");
    private final StringProperty sheets = new SimpleStringProperty("1");
    private final ObservableList<StaffApi.Timeline.Evidence> evidence = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<byte[]>> picture = new ReadOnlyObjectWrapper<>(Optional.empty());

    private final BooleanBinding canPause;
    private final BooleanBinding canResume;
    private final BooleanBinding canExtend;
    private final BooleanBinding canRemove;
    private final BooleanBinding canFail;
    private final BooleanBinding canMessage;
    private final BooleanBinding canCloseHelp;
    private final BooleanBinding canExit;
    private final BooleanBinding canMove;
    private final BooleanBinding canIssueSheets;

    public AttemptActionsViewModel(StaffApi api, Calls calls, Messages messages, Times times) {
        this.api = api;
        this.calls = calls;
        this.messages = messages;
        this.times = times;
        seat.addListener((o, was, now) -> {
            // Another applicant, or another empty seat: the same applicant at a new seat keeps what was done.
            boolean another = was == null || now == null || !was.attemptId().equals(now.attemptId())
                    || was.attemptId().isEmpty() && !was.seat().equals(now.seat());
            state.set(now == null ? "" : now.state());
            heading.set(now == null ? "" : messages.get("actions.heading", now.seat(), now.applicant(), now.statusText()));
            if (another) {
                result.set("");
                timeline.clear();
                evidence.clear();
                picture.set(Optional.empty());
                removedAttempt.set(Optional.empty());
                now = seat.get();
                if (now != null && now.attemptId().isPresent()) {
                    loadTimeline();
                }
            }
        });
        canPause = Bindings.createBooleanBinding(() -> !busy.get() && "IN_PROGRESS".equals(state.get()) && !reason.get().isBlank(), state, busy, reason);
        canResume = Bindings.createBooleanBinding(() -> !busy.get() && "PAUSED".equals(state.get()), state, busy);
        canExtend = Bindings.createBooleanBinding(() -> !busy.get() && WRITING.contains(state.get())
                && !reason.get().isBlank() && minutesValue().isPresent(), state, busy, reason, minutes);
        canRemove = Bindings.createBooleanBinding(() -> !busy.get() && AT_TERMINAL.contains(state.get())
                && !actNumber.get().isBlank() && !rule.get().isBlank() && !reason.get().isBlank(), state, busy, actNumber, rule, reason);
        canFail = Bindings.createBooleanBinding(() -> !busy.get() && AT_TERMINAL.contains(state.get()) && !reason.get().isBlank(), state, busy, reason);
        canMessage = Bindings.createBooleanBinding(() -> !busy.get() && AT_TERMINAL.contains(state.get())
                && !message.get().isBlank() && message.get().length() <= 500, state, busy, message);
        canExit = Bindings.createBooleanBinding(() -> !busy.get() && "IN_PROGRESS".equals(state.get()), state, busy);
        canMove = Bindings.createBooleanBinding(() -> !busy.get() && ("REGISTERED".equals(state.get()) || "ADMITTED".equals(state.get()))
                && !targetSeat.get().isBlank() && !room.get().isBlank(), state, busy, targetSeat, room);
        canIssueSheets = Bindings.createBooleanBinding(() -> !busy.get() && WRITING.contains(state.get())
                && sheetsValue().isPresent(), state, busy, sheets);
        canCloseHelp = Bindings.createBooleanBinding(() -> !busy.get() && seat.get() != null && seat.get().helpRequest().isPresent(), seat, busy);
    }

    public ObjectProperty<SeatTile> seatProperty() {
        return seat;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** What came of the last action: done, or the controller's reason for refusing it. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The attempt's events, oldest first, as lines «10:02:11 МСК — ключ введён (терминал T-…)». */
    public ObservableList<String> timeline() {
        return timeline;
    }

    /** The attempt just removed, whose act can now be printed. */
    public ReadOnlyObjectProperty<Optional<String>> removedAttemptProperty() {
        return removedAttempt.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The reason for a pause, an extension, a removal or a technical failure. */
    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty minutesProperty() {
        return minutes;
    }

    public StringProperty actNumberProperty() {
        return actNumber;
    }

    /** The rule broken, as the act names it (e.g. «п. 4.3 — пользование телефоном»). */
    public StringProperty ruleProperty() {
        return rule;
    }

    public BooleanBinding canPauseProperty() {
        return canPause;
    }

    public BooleanBinding canResumeProperty() {
        return canResume;
    }

    public BooleanBinding canExtendProperty() {
        return canExtend;
    }

    public BooleanBinding canRemoveProperty() {
        return canRemove;
    }

    public BooleanBinding canFailProperty() {
        return canFail;
    }

    public BooleanBinding canMessageProperty() {
        return canMessage;
    }

    /** An exit or a return can be recorded while the applicant writes; the exam's leaving policy decides. */
    public BooleanBinding canExitProperty() {
        return canExit;
    }

    /** The room the map shows, where seats are changed. */
    public StringProperty roomProperty() {
        return room;
    }

    /** The seat to move the applicant to (typed, or by dragging the tile onto it). */
    public StringProperty targetSeatProperty() {
        return targetSeat;
    }

    /** Seats change only before the key is issued, since the key is bound to the seat. */
    public BooleanBinding canMoveProperty() {
        return canMove;
    }

    /** Moves the selected applicant to {@link #targetSeatProperty}; the controller swaps when the seat is taken. */
    public void move() {
        String to = targetSeat.get().strip();
        String in = room.get();
        Optional<String> attempt = attemptId();
        if (attempt.isEmpty() || to.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        result.set(messages.get("actions.sending"));
        calls.run(() -> api.moveSeat(attempt.get(), in, to), change -> {
            busy.set(false);
            targetSeat.set("");
            String done = change.swappedWith().isPresent()
                    ? messages.get("actions.done.swap", to, change.attempt().variantId().orElse("—"))
                    : messages.get("actions.done.move", to, change.attempt().variantId().orElse("—"));
            result.set(change.sameVariantNeighbours().isEmpty() ? done
                    : done + " " + messages.get("actions.move.clash", String.join(", ", change.sameVariantNeighbours())));
            loadTimeline();
        }, this::refused);
    }

    /** How many extra draft sheets to hand over (1–20). */
    public StringProperty sheetsProperty() {
        return sheets;
    }

    public BooleanBinding canIssueSheetsProperty() {
        return canIssueSheets;
    }

    /** Records the extra draft sheets handed to the applicant; they go into the exam's log. */
    public void issueDraftSheets() {
        int n = sheetsValue().orElse(0);
        act("actions.done.sheets", a -> api.draftSheets(a, n), () -> sheets.set("1"));
    }

    /** The attempt's pictures: identity photos and the snapshots of the camera's notes. */
    public ObservableList<StaffApi.Timeline.Evidence> evidence() {
        return evidence;
    }

    /** The picture shown, once one is asked for; each viewing goes on the audit trail. */
    public ReadOnlyObjectProperty<Optional<byte[]>> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** A line of the pictures' list: «10:42:05 МСК — снимок камеры». */
    public String evidenceLine(StaffApi.Timeline.Evidence e) {
        return times.moscowClock(e.at()) + " — " + messages.get(e.kind().equals("proctoring") ? "actions.picture.snapshot"
                : "actions.picture.identity");
    }

    public void showPicture(StaffApi.Timeline.Evidence e) {
        calls.run(() -> api.evidence(e.id()), jpeg -> picture.set(Optional.of(jpeg)), this::refused);
    }

    public BooleanBinding canCloseHelpProperty() {
        return canCloseHelp;
    }

    public void sendMessage() {
        String text = message.get().strip();
        act("actions.done.message", a -> api.message(a, text), () -> message.set(""));
    }

    public void pause() {
        String why = reason.get().strip();
        act("actions.done.pause", a -> api.pause(a, why), () -> reason.set(""));
    }

    public void resume() {
        act("actions.done.resume", api::resume, () -> { });
    }

    public void extend() {
        int by = minutesValue().orElse(0);
        String why = reason.get().strip();
        act("actions.done.extend", a -> api.extend(a, by, why), () -> reason.set(""));
    }

    public void exit() {
        act("actions.done.exit", api::exit, () -> { });
    }

    public void returned() {
        act("actions.done.return", api::returned, () -> { });
    }

    /** Removes the applicant with the act's number, the rule broken and the reason; the act can then be printed. */
    public void remove() {
        String number = actNumber.get().strip();
        String broken = rule.get().strip();
        String why = reason.get().strip();
        Optional<String> attempt = attemptId();
        act("actions.done.remove", a -> api.remove(a, number, broken, why), () -> {
            actNumber.set("");
            rule.set("");
            reason.set("");
            removedAttempt.set(attempt);
        });
    }

    public void technicalFailure() {
        String why = reason.get().strip();
        act("actions.done.failure", a -> api.technicalFailure(a, why), () -> reason.set(""));
    }

    public void closeHelp() {
        SeatTile tile = seat.get();
        if (tile == null || tile.helpRequest().isEmpty()) {
            return;
        }
        long request = tile.helpRequest().get();
        busy.set(true);
        calls.perform(() -> api.closeHelp(request), () -> {
            busy.set(false);
            result.set(messages.get("actions.done.help"));
        }, this::refused);
    }

    /** Reads the attempt's events again from the controller. */
    public void loadTimeline() {
        Optional<String> attempt = attemptId();
        if (attempt.isEmpty()) {
            return;
        }
        calls.run(() -> api.timeline(attempt.get()), t -> {
            if (!attempt.equals(attemptId())) {
                return;
            }
            timeline.setAll(t.events().stream().map(e -> times.moscowClock(e.at()) + " — "
                    + eventText(e.type()) + (e.actor().isEmpty() ? "" : " (" + e.actor() + ")")).toList());
            t.evidence().stream().filter(x -> x.kind().equals("proctoring"))
                    .forEach(x -> timeline.add(times.moscowClock(x.at()) + " — " + messages.get("actions.timeline.flag", x.details())));
            evidence.setAll(t.evidence().stream().filter(StaffApi.Timeline.Evidence::hasFile).toList());
        }, e -> timeline.setAll(e.explanation(language())));
    }

    private String eventText(String type) {
        String key = "event." + type;
        return messages.bundle().containsKey(key) ? messages.get(key) : type;
    }

    private interface AttemptCall {
        void run(String attemptId) throws StaffApiException;
    }

    private void act(String doneKey, AttemptCall call, Runnable after) {
        Optional<String> attempt = attemptId();
        if (attempt.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        result.set(messages.get("actions.sending"));
        calls.perform(() -> call.run(attempt.get()), () -> {
            busy.set(false);
            result.set(messages.get(doneKey));
            after.run();
            loadTimeline();
        }, this::refused);
    }

    private void refused(StaffApiException e) {
        busy.set(false);
        result.set(messages.get("actions.refused", e.explanation(language())));
    }

    private Optional<String> attemptId() {
        return Optional.ofNullable(seat.get()).flatMap(SeatTile::attemptId);
    }

    private Optional<Integer> sheetsValue() {
        try {
            int n = Integer.parseInt(sheets.get().strip());
            return n >= 1 && n <= 20 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Integer> minutesValue() {
        try {
            int m = Integer.parseInt(minutes.get().strip());
            return m >= 1 && m <= 180 ? Optional.of(m) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String language() {
        return messages.locale().getLanguage();
    }
}
