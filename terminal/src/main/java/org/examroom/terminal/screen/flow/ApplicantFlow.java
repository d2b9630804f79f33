package org.examroom.terminal.screen.flow;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.examroom.common.i18n.Messages;
import org.examroom.common.proctoring.ProctoringPreset;
import org.examroom.common.time.MoscowTime;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.monitor.FaceCheckStatus;
import org.examroom.face.vision.Embedding;
import org.examroom.terminal.client.TerminalApi;
import org.examroom.terminal.client.TerminalApiException;
import org.examroom.terminal.journal.AnswerJournal;
import org.examroom.terminal.proctor.CameraFeed;
import org.examroom.terminal.proctor.EventOutbox;
import org.examroom.terminal.proctor.FaceChecks;
import org.examroom.terminal.proctor.FaceSetup;
import org.examroom.terminal.proctor.Reenrolment;
import org.examroom.terminal.proctor.SetupReport;
import org.examroom.terminal.proctor.TestMonitoring;
import org.examroom.terminal.screen.key.KeyEntryViewModel;
import org.examroom.terminal.screen.photos.PhotosViewModel;
import org.examroom.terminal.screen.test.ControllerMedia;
import org.examroom.terminal.screen.test.TestViewModel;
import org.examroom.terminal.session.AttemptSession;

/**
 * The applicant's way through the terminal: which screen shows, and what each screen between the seat and the test
 * holds. Calls to the controller run on {@code io}; their results are applied on {@code ui}. A terminal restarted
 * mid-attempt asks the controller where the attempt stands and opens that screen, the test at the question last shown.
 *
 * <p>The face checks: the photos screen watches the camera while it is open; the enrolment its photos make is what
 * monitoring compares the applicant with while the test screen is open (paused with the attempt, stopped at the
 * end), by the proctoring preset the controller names for the applicant. A terminal that reaches the test without
 * that enrolment (it restarted) enrols again from the identity photos the controller keeps. What monitoring sees,
 * and the terminal's setup notes, go to the controller through one {@link EventOutbox}.
 */
public final class ApplicantFlow implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ApplicantFlow.class.getName());
    /** Identity photos asked for: enough views of the face for the face checks to enrol from. */
    public static final int PHOTOS = PhotosViewModel.SHOTS;
    /** Before the attempt is finished, how long the last face-check events may take to reach the controller. */
    static final Duration EVENTS_BEFORE_FINISH = Duration.ofSeconds(3);

    private final Path data;
    private final TerminalApi api;
    private final Executor io;
    private final Executor ui;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final Messages messages;
    private final FaceSetup face;
    private final EventOutbox events;

    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.PAIRING);
    private final StringProperty seat = new SimpleStringProperty("");
    private final StringProperty room = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty rules = new SimpleBooleanProperty(false);
    private final BooleanProperty consent = new SimpleBooleanProperty(false);
    private final BooleanProperty variantReady = new SimpleBooleanProperty(false);
    private final StringProperty doneText = new SimpleStringProperty("");
    private final ObjectProperty<TestViewModel> test = new SimpleObjectProperty<>();
    private final KeyEntryViewModel keyEntry;

    private Optional<TerminalApi.Session> session = Optional.empty();
    private Optional<TerminalApi.Variant> variant = Optional.empty();
    private AttemptSession attemptSession;
    private AnswerJournal journal;
    private PhotosViewModel photos;
    private CameraFeed.Watch photosCamera;
    private Optional<Embedding> enrolment = Optional.empty();
    private TestMonitoring monitoring;
    /** Enrolling again from the controller's photos: whether the face checks run on this test is not known yet. */
    private boolean enrolling;
    private boolean setupReported;
    private boolean faceChecksUnavailableReported;
    private volatile boolean closed;

    public ApplicantFlow(Path data, TerminalApi api, Executor io, Executor ui, Clock clock, LongSupplier nanoTime,
                         Messages messages, FaceSetup face) {
        this.data = data;
        this.api = api;
        this.io = io;
        this.ui = ui;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.messages = messages;
        this.face = face;
        this.events = new EventOutbox(api);
        this.keyEntry = new KeyEntryViewModel(messages, this::sendKey, this::sendCard);
        screen.addListener((o, before, now) -> {
            if (now == Screen.PHOTOS) {
                watchCameraForPhotos();
            } else if (before == Screen.PHOTOS) {
                stopPhotos();
            }
        });
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public Screen screen() {
        return screen.get();
    }

    /** The terminal is paired to {@code seat}: show the seat and find out whether an attempt is already open here. */
    public void paired(String seat, Optional<String> room) {
        this.seat.set(seat);
        this.room.set(room.orElse(""));
        screen.set(Screen.SEAT);
        resume();
    }

    /** Asks the controller for the attempt open on this terminal and opens its screen; the seat screen otherwise. */
    public void resume() {
        busy.set(true);
        io.execute(() -> {
            try {
                Optional<TerminalApi.Session> found = api.attempt();
                // Finding the test already under way means this terminal restarted in the middle of it: the
                // controller pauses the clock and the supervisor confirms on the console before the applicant goes on.
                Optional<TerminalApi.Session> open = found.isPresent() && found.get().attempt().state().equals("IN_PROGRESS")
                        ? Optional.of(found.get().withAttempt(api.restarted()))
                        : found;
                ui.execute(() -> {
                    busy.set(false);
                    notice.set("");
                    // Calls run side by side: a key typed meanwhile may have opened the attempt already, and its
                    // newer reply has moved the applicant on; this older answer must not send them back.
                    if (screen.get() == Screen.SEAT || screen.get() == Screen.KEY) {
                        open.ifPresent(this::opened);
                    }
                });
            } catch (TerminalApiException e) {
                ui.execute(() -> {
                    busy.set(false);
                    notice.set(messages.get("flow.offline"));
                    retryResume();
                });
            }
        });
    }

    /**
     * A terminal restarted while the controller is away keeps asking, so that an attempt already under way reopens
     * by itself when the controller is back (its key is spent and cannot be typed again).
     */
    private void retryResume() {
        if (closed || screen.get() != Screen.SEAT) {
            return;
        }
        inTwoSeconds(() -> {
            if (!closed && screen.get() == Screen.SEAT) {
                resume();
            }
        });
    }

    /** Runs {@code onUi} on the UI thread two seconds from now: how often an absent controller is asked again. */
    private void inTwoSeconds(Runnable onUi) {
        java.util.concurrent.CompletableFuture.delayedExecutor(2, java.util.concurrent.TimeUnit.SECONDS, io)
                .execute(() -> ui.execute(onUi));
    }

    public void openKeyEntry() {
        screen.set(Screen.KEY);
    }

    public KeyEntryViewModel keyEntry() {
        return keyEntry;
    }

    private void sendKey(String key) {
        enter(() -> api.key(key), "key.refused");
    }

    /** A card stands for the applicant's issued key: the same outcomes, said of the card. */
    private void sendCard(String cardId) {
        enter(() -> api.card(cardId), "key.card.refused");
    }

    private void enter(Call<TerminalApi.Session> call, String refusedMessage) {
        io.execute(() -> {
            try {
                TerminalApi.Session accepted = call.run();
                ui.execute(() -> {
                    keyEntry.busy(false);
                    keyEntry.keyProperty().set("");
                    opened(accepted);
                });
            } catch (TerminalApiException.Refused r) {
                ui.execute(() -> keyEntry.refused(r.status() == 429 ? messages.get("key.throttled")
                        : messages.get(refusedMessage, r.explanation(messages.locale().getLanguage()))));
            } catch (TerminalApiException u) {
                ui.execute(() -> keyEntry.refused(messages.get("flow.offline")));
            }
        });
    }

    private void opened(TerminalApi.Session opened) {
        session = Optional.of(opened);
        opened.attempt().seat().ifPresent(seat::set);
        opened.attempt().roomId().ifPresent(room::set);
        switch (opened.attempt().state()) {
            case "KEY_ENTERED" -> screen.set(Screen.RULES);
            case "RULES_ACCEPTED" -> screen.set(Screen.PHOTOS);
            case "PHOTOS_TAKEN" -> waitForStart();
            case "IN_PROGRESS", "PAUSED" -> openTest();
            case "SUBMITTED" -> done("done.submitted");
            case "REMOVED" -> done("done.removed");
            case "TECHNICAL_FAILURE" -> done("done.technical");
            default -> screen.set(Screen.SEAT);
        }
    }

    public Optional<TerminalApi.Session> session() {
        return session;
    }

    public BooleanProperty rulesProperty() {
        return rules;
    }

    public BooleanProperty consentProperty() {
        return consent;
    }

    public void acceptRules() {
        if (!rules.get() || !consent.get()) {
            notice.set(messages.get("rules.both"));
            return;
        }
        call(() -> api.rules(true, true), attempt -> screen.set(Screen.PHOTOS));
    }

    /** The photos screen's model, made when the screen first needs it. */
    public PhotosViewModel photos() {
        if (photos == null) {
            photos = new PhotosViewModel(
                    face.checks() instanceof FaceChecks.Available available ? Optional.of(available.photoChecks()) : Optional.empty(),
                    face.photoWork(), ui, messages, face.liveness(), this::sendPhotos);
        }
        return photos;
    }

    private void watchCameraForPhotos() {
        PhotosViewModel model = photos();
        if (photosCamera == null) {
            photosCamera = face.camera().watch(frame -> model.frame(frame.image(), frame.capturedAt()), "photos-camera");
        }
    }

    /** The photos screen is left: the camera stops (off the UI thread: a frame may be in hand) and its model goes. */
    private void stopPhotos() {
        CameraFeed.Watch watch = photosCamera;
        PhotosViewModel model = photos;
        photosCamera = null;
        photos = null;
        io.execute(() -> {
            if (watch != null) {
                watch.close();
            }
            if (model != null) {
                model.close();
            }
        });
    }

    private void sendPhotos(PhotosViewModel.Photos taken) {
        call(() -> api.photos(taken.jpegs()), attempt -> {
            enrolment = taken.template();
            waitForStart();
        });
    }

    private void waitForStart() {
        screen.set(Screen.WAITING);
        loadVariant();
    }

    /** Tries to fetch the variant (it exists once the package is unsealed); the test can begin once it is here. */
    public void loadVariant() {
        io.execute(() -> {
            try {
                TerminalApi.Variant loaded = api.variant();
                ui.execute(() -> {
                    variant = Optional.of(loaded);
                    variantReady.set(true);
                });
            } catch (TerminalApiException e) {
                LOG.log(System.Logger.Level.DEBUG, "No variant yet: {0}", e.getMessage());
            }
        });
    }

    public BooleanProperty variantReadyProperty() {
        return variantReady;
    }

    /** Time until the exam's scheduled start, as of now; zero or less once it has come. */
    public Duration untilStart() {
        return session.map(s -> Duration.between(clock.instant(), s.exam().scheduledStart())).orElse(Duration.ZERO);
    }

    /** The exam's start in Moscow time, e.g. {@code 15.07.2026 10:00}. */
    public String startMoscow() {
        return session.map(s -> MoscowTime.of(s.exam().scheduledStart()).format(
                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"))).orElse("");
    }

    public String nowMoscow() {
        return MoscowTime.of(Instant.now(clock)).format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss"));
    }

    /** "Begin": starts the personal clock on the controller and opens the test. */
    public void begin() {
        if (untilStart().isPositive()) {
            notice.set(messages.get("waiting.notYet"));
            return;
        }
        if (variant.isEmpty()) {
            notice.set(messages.get("waiting.noVariant"));
            loadVariant();
            return;
        }
        call(api::start, attempt -> openTest());
    }

    private void openTest() {
        if (variant.isEmpty()) {
            io.execute(() -> {
                try {
                    TerminalApi.Variant loaded = api.variant();
                    ui.execute(() -> {
                        variant = Optional.of(loaded);
                        openTest();
                    });
                } catch (TerminalApiException e) {
                    ui.execute(() -> {
                        screen.set(Screen.WAITING);
                        notice.set(messages.get("waiting.noVariant"));
                    });
                }
            });
            return;
        }
        TerminalApi.Session s = session.orElseThrow();
        if (journal == null) {
            journal = AnswerJournal.open(data.resolve("journal").resolve(s.attempt().id() + ".jsonl"), clock);
        }
        AttemptSession running = new AttemptSession(api, journal, clock, nanoTime,
                instruction -> ui.execute(() -> instruction(instruction)),
                state -> ui.execute(() -> {
                    if (test.get() != null) {
                        test.get().update(state);
                    }
                }));
        ControllerMedia media = new ControllerMedia(api, io, ui);
        media.prefetch(variant.get().items());
        TestViewModel model = new TestViewModel(variant.get().items(), journal, running::answerJournaled, messages,
                s.exam().aids().contains("CALCULATOR"), media);
        attemptSession = running;
        test.set(model);
        startMonitoring(model);
        screen.set(Screen.TEST);
        running.start();
    }

    /**
     * Monitoring runs while the test screen is open, when this terminal has face checks and a camera, against the
     * enrolment its photos made. A terminal that reaches the test without one (it restarted: the template is never
     * kept on its disk) enrols again from the identity photos the controller keeps, and monitoring starts once that
     * is done.
     */
    private void startMonitoring(TestViewModel model) {
        if (monitoring != null || enrolling) {
            return;
        }
        if (!face.camera().present() || !(face.checks() instanceof FaceChecks.Available available)) {
            noMonitoring(face.checks() instanceof FaceChecks.Unavailable unavailable ? unavailable.reason() : "no camera");
            return;
        }
        if (enrolment.isPresent()) {
            monitor(available, enrolment.get(), model);
        } else {
            enrolAgain(available, model);
        }
    }

    /**
     * Fetches the identity photos (on {@code io}) and enrols from them on the photo checks' thread, never the UI
     * thread; the outcome comes back to {@link #enrolledAgain}. While the controller cannot be reached it asks again
     * every 2 s, as long as the test is open.
     */
    private void enrolAgain(FaceChecks.Available checks, TestViewModel model) {
        enrolling = true;
        io.execute(() -> {
            List<byte[]> photos;
            try {
                photos = api.identityPhotos();
            } catch (TerminalApiException.Unreachable away) {
                inTwoSeconds(() -> {
                    enrolling = false;
                    if (!closed && test.get() == model && screen.get() == Screen.TEST) {
                        startMonitoring(model);
                    }
                });
                return;
            } catch (TerminalApiException refused) {
                ui.execute(() -> enrolledAgain(checks, model, new Reenrolment.Outcome.NotEnrolled(
                        "the controller did not give the identity photos: " + refused.getMessage())));
                return;
            }
            try {
                face.photoWork().execute(() -> {
                    Reenrolment.Outcome outcome = Reenrolment.fromIdentityPhotos(checks, photos);
                    ui.execute(() -> enrolledAgain(checks, model, outcome));
                });
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                ui.execute(() -> enrolledAgain(checks, model, new Reenrolment.Outcome.NotEnrolled("the terminal is closing")));
            }
        });
    }

    private void enrolledAgain(FaceChecks.Available checks, TestViewModel model, Reenrolment.Outcome outcome) {
        enrolling = false;
        if (closed || test.get() != model || screen.get() != Screen.TEST) {
            return; // the test ended meanwhile
        }
        switch (outcome) {
            case Reenrolment.Outcome.Enrolled enrolled -> {
                LOG.log(System.Logger.Level.INFO, "Enrolled again from {0} identity photos kept by the controller", enrolled.photos());
                enrolment = Optional.of(enrolled.template());
                monitor(checks, enrolled.template(), model);
            }
            case Reenrolment.Outcome.NotEnrolled notEnrolled -> {
                noMonitoring(notEnrolled.reason());
                if (setupReported && !faceChecksUnavailableReported) {
                    // the setup was reported while this was not known yet
                    faceChecksUnavailableReported = true;
                    events.offer(SetupReport.note(SetupReport.FACE_CHECKS_UNAVAILABLE, clock));
                }
            }
        }
    }

    private void monitor(FaceChecks.Available checks, Embedding template, TestViewModel model) {
        TestMonitoring started = TestMonitoring.start(checks, presetPolicy(), template, face.camera(), events, clock,
                status -> ui.execute(() -> faceChecks(status)));
        monitoring = started;
        if (model.pausedProperty().get()) {
            started.pause(); // a restarted terminal opens the test paused until the supervisor confirms
        }
        model.pausedProperty().addListener((o, was, paused) -> {
            if (paused) {
                started.pause();
            } else {
                started.resume();
            }
        });
    }

    private static void noMonitoring(String reason) {
        LOG.log(System.Logger.Level.INFO, "No face monitoring during this test: {0}", reason);
    }

    /**
     * The figures monitoring goes by: the preset the controller names for the applicant (the exam's, or accommodated
     * for an applicant granted an accommodation), whatever the photo checks were opened with.
     */
    private ProctoringPolicy presetPolicy() {
        return ProctoringPolicy.of(session.map(TerminalApi.Session::proctoring).orElse(ProctoringPreset.IN_ROOM));
    }

    /** The figures monitoring goes by while it runs on this test. */
    public Optional<ProctoringPolicy> monitoringPolicy() {
        return Optional.ofNullable(monitoring).map(TestMonitoring::policy);
    }

    /** Face checks that stop working during the test are reported as unavailable, once. */
    private void faceChecks(FaceCheckStatus status) {
        if (status instanceof FaceCheckStatus.Unavailable && !faceChecksUnavailableReported) {
            faceChecksUnavailableReported = true;
            events.offer(SetupReport.note(SetupReport.FACE_CHECKS_UNAVAILABLE, clock));
        }
    }

    /**
     * Reports the terminal's setup once the test is open: a second monitor, and face checks unavailable when
     * monitoring does not run.
     */
    public void reportSetup(int screens) {
        setupReported = true;
        // Still enrolling again from the controller's photos: whether they run is told when that is done.
        boolean faceChecksRun = monitoring != null || enrolling;
        if (!faceChecksRun) {
            faceChecksUnavailableReported = true;
        }
        SetupReport.send(events, clock, SetupReport.kinds(screens, faceChecksRun));
    }

    /** Whether monitoring runs during this test. */
    public boolean monitoring() {
        return monitoring != null;
    }

    /** The terminal's events on their way to the controller. */
    public EventOutbox events() {
        return events;
    }

    private void instruction(TerminalApi.Instruction instruction) {
        TestViewModel model = test.get();
        if (model != null && model.instruction(instruction)) {
            done(instruction.kind().equals("REMOVE") ? "done.removed" : "done.timeUp");
        }
    }

    public ObjectProperty<TestViewModel> testProperty() {
        return test;
    }

    public Optional<AttemptSession> attemptSession() {
        return Optional.ofNullable(attemptSession);
    }

    /** The final confirmation: sends whatever is still unsent, then finishes on the controller. */
    public void confirmFinish() {
        TestViewModel model = test.get();
        model.sending(true);
        TestMonitoring watching = monitoring;
        io.execute(() -> {
            boolean allSent = attemptSession.sendPending();
            if (allSent && watching != null) {
                // The controller takes no events once the attempt is finished: the open ones end and go first.
                eventsBeforeFinish(watching);
            }
            if (!allSent) {
                ui.execute(() -> {
                    model.sending(false);
                    model.messageProperty().set(messages.get("finish.offline"));
                });
                return;
            }
            try {
                api.finish();
                ui.execute(() -> done("done.submitted"));
            } catch (TerminalApiException.Refused r) {
                if (watching != null) {
                    watching.resume();
                }
                ui.execute(() -> {
                    model.sending(false);
                    model.messageProperty().set(r.explanation(messages.locale().getLanguage()));
                });
            } catch (TerminalApiException u) {
                if (watching != null) {
                    watching.resume();
                }
                ui.execute(() -> {
                    model.sending(false);
                    model.messageProperty().set(messages.get("finish.offline"));
                });
            }
        });
    }

    private void eventsBeforeFinish(TestMonitoring watching) {
        try {
            watching.pauseAndWait(EVENTS_BEFORE_FINISH);
            if (!events.awaitSent(EVENTS_BEFORE_FINISH)) {
                LOG.log(System.Logger.Level.WARNING, "Finishing with {0} face-check events not yet sent", events.pending());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The help button: the room map shows the request until a supervisor closes it. */
    public void help() {
        notice.set(messages.get("help.sent"));
        io.execute(() -> {
            try {
                api.help();
            } catch (TerminalApiException e) {
                ui.execute(() -> notice.set(messages.get("help.offline")));
            }
        });
    }

    private void done(String key) {
        if (attemptSession != null) {
            attemptSession.close();
        }
        stopMonitoring();
        doneText.set(messages.get(key));
        screen.set(Screen.DONE);
    }

    public StringProperty doneTextProperty() {
        return doneText;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty seatProperty() {
        return seat;
    }

    public StringProperty roomProperty() {
        return room;
    }

    /** A call to the controller that moves the flow on when it succeeds and says why when it does not. */
    private <T> void call(Call<T> call, java.util.function.Consumer<T> then) {
        busy.set(true);
        notice.set("");
        io.execute(() -> {
            try {
                T result = call.run();
                ui.execute(() -> {
                    busy.set(false);
                    then.accept(result);
                });
            } catch (TerminalApiException.Refused r) {
                ui.execute(() -> {
                    busy.set(false);
                    notice.set(r.explanation(messages.locale().getLanguage()));
                });
            } catch (TerminalApiException u) {
                ui.execute(() -> {
                    busy.set(false);
                    notice.set(messages.get("flow.offline"));
                });
            }
        });
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws TerminalApiException;
    }

    private void stopMonitoring() {
        if (monitoring != null) {
            monitoring.close();
        }
    }

    @Override
    public void close() {
        closed = true;
        if (attemptSession != null) {
            attemptSession.close();
        }
        stopMonitoring();
        if (monitoring != null) {
            try {
                monitoring.awaitStopped(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (photosCamera != null) {
            photosCamera.close();
        }
        if (photos != null) {
            photos.close();
        }
        events.close();
        if (journal != null) {
            journal.close();
        }
    }
}
