package org.examroom.console.screen.roommap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.examroom.common.i18n.Messages;
import org.examroom.console.client.StaffApi;
import org.examroom.console.client.StaffApi.LiveRoom;
import org.examroom.console.client.StaffApi.LiveSeat;
import org.examroom.console.client.StaffApiException;
import org.examroom.console.screen.Times;

/**
 * The room map's state. {@link #follow} long-polls the controller on a thread of its own and applies each new
 * version on the UI thread, so a change in the room reaches the screen as soon as the controller has it (well
 * within the two seconds the supervisors were promised); {@link #tick} moves the clocks in between.
 */
public final class RoomMapViewModel implements AutoCloseable {

    private final StaffApi api;
    private final java.util.concurrent.Executor ui;
    private final Messages messages;
    private final Clock clock;

    private final ObservableList<SeatTile> tiles = FXCollections.observableArrayList();
    private final IntegerProperty rows = new SimpleIntegerProperty(0);
    private final IntegerProperty columns = new SimpleIntegerProperty(0);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper alert = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper keyEntryPaused = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<SeatTile> selected = new SimpleObjectProperty<>();
    private final ObservableList<TerminalCheck> checks = FXCollections.observableArrayList();

    private volatile Thread follower;
    private final AtomicBoolean running = new AtomicBoolean(false);
    private LiveRoom latest;
    private volatile String room;

    public RoomMapViewModel(StaffApi api, java.util.concurrent.Executor ui, Messages messages, Clock clock) {
        this.api = api;
        this.ui = ui;
        this.messages = messages;
        this.clock = clock;
    }

    public ObservableList<SeatTile> tiles() {
        return tiles;
    }

    public IntegerProperty rowsProperty() {
        return rows;
    }

    public IntegerProperty columnsProperty() {
        return columns;
    }

    /** How many seats are in each status, e.g. «пишут 24 · сдали 3 · помощь 1». */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** A warning for the whole room (a burst of wrong keys), or empty. */
    public ReadOnlyStringProperty alertProperty() {
        return alert.getReadOnlyProperty();
    }

    /** Whether a burst of wrong keys paused key entry in the room until the supervisor releases it. */
    public javafx.beans.property.ReadOnlyBooleanProperty keyEntryPausedProperty() {
        return keyEntryPaused.getReadOnlyProperty();
    }

    /** The supervisor has looked at the terminals and lets key entry go on. */
    public void releaseKeyEntry() {
        String followed = room;
        if (followed == null) {
            return;
        }
        Thread.ofVirtual().start(() -> {
            try {
                api.releaseKeyEntry(followed);
            } catch (StaffApiException e) {
                String why = e.explanation(messages.locale().getLanguage());
                ui.execute(() -> alert.set(messages.get("map.release.refused", why)));
            }
        });
    }

    /** Empty while the controller answers; says so when it does not. */
    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    /** The pre-exam check of every terminal in the room: connection, clock offset, status, its own setup notes. */
    public ObservableList<TerminalCheck> terminalChecks() {
        return checks;
    }

    public ObjectProperty<SeatTile> selectedProperty() {
        return selected;
    }

    /** Starts following {@code roomId}, replacing any room followed before. */
    public void follow(String roomId) {
        close();
        room = roomId;
        running.set(true);
        Thread t = Thread.ofPlatform().daemon().name("room-map-" + roomId).unstarted(() -> loop(roomId));
        follower = t;
        t.start();
    }

    private void loop(String roomId) {
        long version = 0;
        while (running.get() && Thread.currentThread() == follower) {
            try {
                LiveRoom room = api.live(roomId, version);
                version = room.version();
                if (Thread.currentThread() != follower) {
                    return;
                }
                ui.execute(() -> apply(room));
            } catch (StaffApiException e) {
                if (!running.get() || Thread.currentThread() != follower) {
                    return; // stopped or replaced (the map shown again): not a lost connection
                }
                String why = e.explanation(messages.locale().getLanguage());
                ui.execute(() -> connection.set(messages.get("map.connection.lost", why)));
                version = 0;
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** Reads the room map afresh (when the map is shown again), then goes on following it. */
    public void refresh() {
        String followed = room;
        if (followed != null && running.get()) {
            follow(followed);
        }
    }

    /** Shows one version of the room map. */
    public void apply(LiveRoom room) {
        latest = room;
        connection.set("");
        keyEntryPaused.set(room.keyEntryPaused());
        alert.set(room.keyEntryPaused() ? messages.get("map.alert.paused", room.wrongKeysLast10Minutes())
                : room.wrongKeyAlert() ? messages.get("map.alert.wrongKeys", room.wrongKeysLast10Minutes()) : "");
        render();
    }

    /** Moves the clocks on the tiles to the present (called each second by the view). */
    public void tick() {
        if (latest != null) {
            render();
        }
    }

    private void render() {
        Instant now = clock.instant();
        Duration since = Duration.between(latest.at(), now).isNegative() ? Duration.ZERO : Duration.between(latest.at(), now);
        List<SeatTile> next = latest.seats().stream().map(s -> tile(s, since, now)).toList();
        rows.set(next.stream().mapToInt(SeatTile::row).max().orElse(0));
        columns.set(next.stream().mapToInt(SeatTile::column).max().orElse(0));
        SeatTile keep = selected.get();
        tiles.setAll(next);
        if (keep != null) {
            // The selection follows its applicant: after a move or a swap the panel still shows the one moved.
            selected.set(keep.attemptId().flatMap(a -> next.stream().filter(t -> t.attemptId().equals(Optional.of(a))).findFirst())
                    .or(() -> next.stream().filter(t -> t.seat().equals(keep.seat())).findFirst()).orElse(null));
        }
        checks.setAll(latest.seats().stream().filter(seat -> seat.terminalId().isPresent())
                .map(seat -> TerminalCheck.of(seat, now, messages)).toList());
        Map<SeatStatus, Long> counts = next.stream().filter(t -> t.status() != SeatStatus.EMPTY)
                .collect(Collectors.groupingBy(SeatTile::status, () -> new EnumMap<>(SeatStatus.class), Collectors.counting()));
        summary.set(counts.entrySet().stream()
                .map(e -> messages.get("seat.status." + e.getKey().name()) + " " + e.getValue())
                .collect(Collectors.joining(" · ")));
    }

    private SeatTile tile(LiveSeat s, Duration sinceSnapshot, Instant now) {
        SeatStatus status = SeatStatus.of(s);
        String remaining = "";
        if (s.remainingSeconds().isPresent()) {
            long left = s.remainingSeconds().getAsLong();
            if ("IN_PROGRESS".equals(s.state().orElse(""))) {
                left -= sinceSnapshot.toSeconds();
            }
            remaining = messages.get("map.remaining", Times.duration(Duration.ofSeconds(left)));
        }
        boolean over = s.state().map(st -> org.examroom.common.attempt.AttemptState.valueOf(st).isFinal()).orElse(true);
        String heartbeat = over ? "" : s.lastSeen().map(seen -> ago(Duration.between(seen, now))).orElse("");
        // "waiting" covers three steps at the door; the tile says which
        String statusText = status == SeatStatus.WAITING && s.state().isPresent()
                ? messages.get("state." + s.state().get()) : messages.get("seat.status." + status.name());
        if (status == SeatStatus.FLAGGED && s.lastFlag().isPresent()) {
            statusText = statusText + " " + flagText(s.lastFlag().get());
        }
        return new SeatTile(s.seat(), s.row(), s.column(), s.attemptId(), s.applicant().orElse(""), s.state().orElse(""), status, statusText,
                remaining, heartbeat, s.flags(), s.helpRequest().isPresent()
                        ? Optional.of(s.helpRequest().getAsLong()) : Optional.empty());
    }

    /** «3 с назад», «4 мин назад»: how long ago the terminal was heard. */
    private String ago(Duration since) {
        long s = Math.max(0, since.toSeconds());
        return s < 120 ? messages.get("map.heartbeat.seconds", Long.toString(s))
                : messages.get("map.heartbeat.minutes", Long.toString(s / 60));
    }

    private String flagText(String kind) {
        return messages.bundle().containsKey("flag." + kind) ? messages.get("flag." + kind) : kind;
    }

    /** Stops following the room. */
    @Override
    public void close() {
        running.set(false);
        Thread t = follower;
        follower = null;
        if (t != null) {
            t.interrupt();
        }
    }
}
