package org.examroom.console.screen.desk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
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
import org.examroom.console.client.StaffApi.Exam;
import org.examroom.console.client.StaffLogin.SignedIn;
import org.examroom.console.screen.Calls;
import org.examroom.console.screen.Times;
import org.examroom.console.screen.admission.AdmissionViewModel;
import org.examroom.console.screen.admission.ObserversViewModel;
import org.examroom.console.screen.documents.DocumentsViewModel;
import org.examroom.console.screen.grading.GradingViewModel;
import org.examroom.console.screen.results.AppealsViewModel;
import org.examroom.console.screen.results.ResultsViewModel;
import org.examroom.console.screen.roommap.AttemptActionsViewModel;
import org.examroom.console.screen.roommap.RoomMapViewModel;
import org.examroom.console.screen.setup.SetupViewModel;

/**
 * The signed-in desk: which exam and which room the supervisor is looking at, the room's clock in Moscow time (and
 * the viewer's, when it differs), and the view models of every tab, all following the chosen exam and room.
 */
public final class DeskViewModel implements AutoCloseable {

    private final StaffApi api;
    private final Calls calls;
    private final Messages messages;
    private final Times times;
    private final Clock clock;

    private final ObservableList<Exam> exams = FXCollections.observableArrayList();
    private final ObjectProperty<Exam> exam = new SimpleObjectProperty<>();
    private final ObservableList<String> rooms = FXCollections.observableArrayList();
    private final StringProperty room = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper examText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper who;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private final SetupViewModel setup;
    private final AdmissionViewModel admission;
    private final ObserversViewModel observers;
    private final RoomMapViewModel roomMap;
    private final AttemptActionsViewModel actions;
    private final DocumentsViewModel documents;
    private final ResultsViewModel results;
    private final AppealsViewModel appeals;
    private final GradingViewModel grading;

    public DeskViewModel(StaffApi api, Calls calls, Messages messages, Times times, Clock clock, SignedIn staff,
                         String university, Path documentsFolder) {
        this.api = api;
        this.calls = calls;
        this.messages = messages;
        this.times = times;
        this.clock = clock;
        this.who = new ReadOnlyStringWrapper(messages.get("desk.who", staff.displayName(), String.join(", ",
                staff.roles().stream().map(r -> messages.get("role." + r)).toList())));
        setup = new SetupViewModel(api, calls, messages, times);
        admission = new AdmissionViewModel(api, calls, messages, university);
        observers = new ObserversViewModel(api, calls, messages, times);
        roomMap = new RoomMapViewModel(api, calls.ui(), messages, clock);
        actions = new AttemptActionsViewModel(api, calls, messages, times);
        documents = new DocumentsViewModel(api, calls, messages, documentsFolder);
        results = new ResultsViewModel(api, calls, messages, times, documentsFolder);
        appeals = new AppealsViewModel(api, calls, messages, times);
        grading = new GradingViewModel(api, calls, messages);
        roomMap.selectedProperty().addListener((o, was, now) -> actions.seatProperty().set(now));

        exam.addListener((o, was, now) -> {
            setup.examProperty().set(now);
            admission.examProperty().set(now);
            documents.examProperty().set(now);
            results.examProperty().set(now);
            appeals.examProperty().set(now);
            grading.examProperty().set(now);
            examText.set(now == null ? "" : messages.get("desk.exam", now.subject(), times.schedule(now.scheduledStart()),
                    now.durationMinutes(), now.passMark(), now.maxScore(), now.policy(),
                    messages.get("proctoring." + now.proctoring().presetName())));
            loadRooms();
        });
        room.addListener((o, was, now) -> {
            observers.roomProperty().set(now == null ? "" : now);
            actions.roomProperty().set(now == null ? "" : now);
            if (now != null && !now.isBlank()) {
                roomMap.follow(now);
            } else {
                roomMap.close();
            }
        });
        tick();
    }

    public SetupViewModel setup() {
        return setup;
    }

    public AdmissionViewModel admission() {
        return admission;
    }

    public ObserversViewModel observers() {
        return observers;
    }

    public RoomMapViewModel roomMap() {
        return roomMap;
    }

    public AttemptActionsViewModel actions() {
        return actions;
    }

    public DocumentsViewModel documents() {
        return documents;
    }

    public ResultsViewModel results() {
        return results;
    }

    public AppealsViewModel appeals() {
        return appeals;
    }

    public GradingViewModel grading() {
        return grading;
    }

    public ObservableList<Exam> exams() {
        return exams;
    }

    public ObjectProperty<Exam> examProperty() {
        return exam;
    }

    public ObservableList<String> rooms() {
        return rooms;
    }

    public StringProperty roomProperty() {
        return room;
    }

    public ReadOnlyStringProperty clockProperty() {
        return clockText.getReadOnlyProperty();
    }

    /** The chosen exam in a line: subject, start, duration, pass mark, policy. */
    public ReadOnlyStringProperty examTextProperty() {
        return examText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whoProperty() {
        return who.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Reads the exams; picks the one whose start is nearest to now. */
    public void load() {
        calls.run(api::exams, list -> {
            exams.setAll(list);
            Instant now = clock.instant();
            list.stream().min(Comparator.comparing(e -> Duration.between(now, e.scheduledStart()).abs()))
                    .ifPresent(exam::set);
            status.set(list.isEmpty() ? messages.get("desk.noExams") : "");
        }, e -> status.set(e.explanation(messages.locale().getLanguage())));
    }

    /** The rooms the exam's applicants are seated in; the first is followed. */
    public void loadRooms() {
        Exam current = exam.get();
        if (current == null) {
            rooms.clear();
            return;
        }
        calls.run(() -> api.attempts(current.id()), attempts -> {
            var found = attempts.stream().map(StaffApi.Attempt::roomId).flatMap(java.util.Optional::stream)
                    .distinct().sorted().toList();
            rooms.setAll(found);
            if (!found.contains(room.get())) {
                room.set(found.isEmpty() ? "" : found.getFirst());
            }
        }, e -> status.set(e.explanation(messages.locale().getLanguage())));
    }

    /** Moves the desk's clock (called each second by the view). */
    public void tick() {
        clockText.set(times.clock(clock.instant()));
    }

    @Override
    public void close() {
        roomMap.close();
        if (Objects.nonNull(api)) {
            calls.perform(api::signOut, () -> { }, e -> { });
        }
    }
}
