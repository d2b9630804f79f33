package org.examroom.terminal.screen.photos;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.examroom.common.i18n.Messages;
import org.examroom.face.FaceTexts;
import org.examroom.face.enrol.EnrolmentResult;
import org.examroom.face.enrol.Guidance;
import org.examroom.face.enrol.LivenessCheck;
import org.examroom.face.enrol.PhotoCheck;
import org.examroom.face.vision.DetectedFace;
import org.examroom.face.vision.Embedding;
import org.examroom.face.vision.Images;
import org.examroom.terminal.proctor.PhotoChecks;
import org.opencv.core.Mat;

/**
 * The identity photos: camera frames in, preview, guidance and the state of the five shots out. Each shot is checked
 * by the face module's enrolment rules (one face, large enough, sharp, lit, frontal); a shot that fails is not kept
 * and the screen says what to fix. Five kept shots must agree that they show one person (else the odd one is taken
 * again), then the liveness step asks the applicant to turn the head left, then right; only then can the photos be
 * sent. Between shots, about twice a second, a frame is checked to say what to fix before the button is pressed.
 *
 * <p>Without face checks (no models, a failure of the checks) the shots are kept as taken and the supervisor checks
 * them; the screen says so. Frames arrive on the camera's thread, checks run on {@code faceWork}, and every property
 * changes on {@code ui}.
 */
public final class PhotosViewModel implements AutoCloseable {

    /** Where the applicant stands. */
    public enum Stage {
        /** Taking the five shots. */
        SHOTS,
        /** Turning the head left, then right. */
        LIVENESS,
        /** The liveness step did not pass; it can be tried again. */
        LIVENESS_FAILED,
        /** Everything is done: the photos can be sent. */
        READY
    }

    /**
     * What the screen hands on.
     *
     * @param jpegs    the kept shots
     * @param template the enrolment the face checks made from them, empty when they did not run
     */
    public record Photos(List<byte[]> jpegs, Optional<Embedding> template) {
        public Photos {
            jpegs = List.copyOf(jpegs);
        }
    }

    /** Identity photos asked for: enough views of the face for the face checks to enrol from. */
    public static final int SHOTS = 5;
    /** Between shots, how often a frame is checked to guide the applicant. */
    static final Duration HINT_INTERVAL = Duration.ofMillis(500);
    private static final int JPEG_QUALITY = 90;
    private static final System.Logger LOG = System.getLogger(PhotosViewModel.class.getName());

    private final Executor faceWork;
    private final Executor ui;
    private final Messages messages;
    private final Messages faceTexts;
    private final LivenessCheck.Settings livenessSettings;
    private final Consumer<Photos> send;

    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.SHOTS);
    private final IntegerProperty kept = new SimpleIntegerProperty(0);
    private final StringProperty guidance = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty checking = new SimpleBooleanProperty(false);
    private final BooleanProperty checked = new SimpleBooleanProperty();
    private final ObjectProperty<PreviewFrame> preview = new SimpleObjectProperty<>();

    // The UI thread's.
    private final List<Shot> shots = new ArrayList<>();
    private Optional<Embedding> template = Optional.empty();
    private LivenessCheck liveness;

    // Shared with the camera's thread.
    private volatile Optional<PhotoChecks> checks;
    private volatile Stage stageNow = Stage.SHOTS;
    private final AtomicBoolean frameWorkInFlight = new AtomicBoolean();
    private final Object frameLock = new Object();
    private Mat latest;
    private Instant lastHintAt;

    /** A kept shot, and its check when face checks ran. */
    private record Shot(byte[] jpeg, Optional<PhotoCheck.Accepted> check) {
    }

    /**
     * @param checks   the face checks, or empty when they are unavailable on this terminal
     * @param faceWork where checks run: one thread, not the UI's
     * @param send     called on {@code ui} with the photos when the applicant sends them
     */
    public PhotosViewModel(Optional<PhotoChecks> checks, Executor faceWork, Executor ui, Messages messages,
            LivenessCheck.Settings liveness, Consumer<Photos> send) {
        this.checks = checks;
        this.faceWork = faceWork;
        this.ui = ui;
        this.messages = messages;
        this.faceTexts = FaceTexts.load(messages.locale());
        this.livenessSettings = liveness;
        this.send = send;
        this.checked.set(checks.isPresent());
        if (checks.isEmpty()) {
            guidance.set(messages.get("photos.unchecked"));
        }
    }

    /** A camera frame (BGR), on the camera's thread; the caller keeps and releases its own frame. */
    public void frame(Mat bgr, Instant capturedAt) {
        Mat keep = bgr.clone();
        Mat dropped;
        synchronized (frameLock) {
            dropped = latest;
            latest = keep;
        }
        if (dropped != null) {
            dropped.release();
        }
        PreviewFrame shown = PreviewFrame.of(bgr);
        ui.execute(() -> preview.set(shown));
        Optional<PhotoChecks> face = checks;
        if (face.isEmpty()) {
            return;
        }
        Stage now = stageNow;
        if (now == Stage.LIVENESS && frameWorkInFlight.compareAndSet(false, true)) {
            Mat frame = bgr.clone();
            faceWork.execute(() -> observeLiveness(face.get(), frame, capturedAt));
        } else if (now == Stage.SHOTS && hintDue(capturedAt) && frameWorkInFlight.compareAndSet(false, true)) {
            Mat frame = bgr.clone();
            faceWork.execute(() -> hint(face.get(), frame));
        }
    }

    private boolean hintDue(Instant capturedAt) {
        synchronized (frameLock) {
            if (lastHintAt != null && Duration.between(lastHintAt, capturedAt).compareTo(HINT_INTERVAL) < 0) {
                return false;
            }
            lastHintAt = capturedAt;
            return true;
        }
    }

    private void hint(PhotoChecks face, Mat frame) {
        try {
            PhotoCheck check = face.check(frame);
            ui.execute(() -> {
                if (stage.get() == Stage.SHOTS && !checking.get()) {
                    guidance.set(advice(check));
                }
            });
        } catch (RuntimeException e) {
            ui.execute(() -> checksFailed(e));
        } finally {
            frame.release();
            frameWorkInFlight.set(false);
        }
    }

    private void observeLiveness(PhotoChecks face, Mat frame, Instant capturedAt) {
        try {
            List<DetectedFace> people = face.people(frame);
            ui.execute(() -> livenessSeen(people, capturedAt));
        } catch (RuntimeException e) {
            ui.execute(() -> checksFailed(e));
        } finally {
            frame.release();
            frameWorkInFlight.set(false);
        }
    }

    /**
     * "Take a photo": the frame the preview shows now becomes a shot, kept if it passes the checks.
     *
     * @return false when there is nothing to take (no frame from the camera, or not taking shots now)
     */
    public boolean take() {
        if (stage.get() != Stage.SHOTS || checking.get() || shots.size() >= SHOTS) {
            return false;
        }
        Mat shot;
        synchronized (frameLock) {
            shot = latest == null ? null : latest.clone();
        }
        if (shot == null) {
            notice.set(messages.get("photos.noCamera"));
            return false;
        }
        Optional<PhotoChecks> face = checks;
        if (face.isEmpty()) {
            try {
                keep(new Shot(Images.jpeg(shot, JPEG_QUALITY), Optional.empty()));
            } finally {
                shot.release();
            }
            return true;
        }
        checking.set(true);
        notice.set(messages.get("photos.checking"));
        faceWork.execute(() -> {
            try {
                PhotoCheck check = face.get().check(shot);
                byte[] jpeg = check instanceof PhotoCheck.Accepted ? Images.jpeg(shot, JPEG_QUALITY) : new byte[0];
                ui.execute(() -> shotChecked(check, jpeg));
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    checking.set(false);
                    checksFailed(e);
                });
            } finally {
                shot.release();
            }
        });
        return true;
    }

    private void shotChecked(PhotoCheck check, byte[] jpeg) {
        checking.set(false);
        if (stage.get() != Stage.SHOTS) {
            return; // started again meanwhile
        }
        switch (check) {
            case PhotoCheck.Rejected rejected -> {
                String fix = text(rejected.fixes().getFirst());
                guidance.set(fix);
                notice.set(messages.get("photos.notKept", fix));
            }
            case PhotoCheck.Accepted accepted -> keep(new Shot(jpeg, Optional.of(accepted)));
        }
    }

    private void keep(Shot shot) {
        shots.add(shot);
        kept.set(shots.size());
        notice.set(messages.get("photos.kept", shots.size(), SHOTS));
        if (shots.size() < SHOTS) {
            return;
        }
        if (checks.isEmpty() || shots.stream().anyMatch(s -> s.check().isEmpty())) {
            stage(Stage.READY);
            notice.set(messages.get("photos.readyUnchecked"));
            return;
        }
        EnrolmentResult agreement = checks.get().agree(shots.stream().map(s -> s.check().orElseThrow()).toList());
        switch (agreement) {
            case EnrolmentResult.Enrolled enrolled -> {
                template = Optional.of(enrolled.template());
                startLiveness();
            }
            case EnrolmentResult.Retake retake -> {
                retake.problems().stream().map(EnrolmentResult.PhotoProblem::photoIndex)
                        .sorted(Comparator.reverseOrder()).forEach(i -> shots.remove((int) i));
                kept.set(shots.size());
                String fix = text(retake.problems().getFirst().fixes().getFirst());
                guidance.set(fix);
                notice.set(messages.get("photos.notKept", fix));
            }
        }
    }

    private void startLiveness() {
        liveness = new LivenessCheck(livenessSettings);
        stage(Stage.LIVENESS);
        guidance.set(faceTexts.get(liveness.state().messageKey()));
        notice.set(messages.get("photos.liveness"));
    }

    private void livenessSeen(List<DetectedFace> people, Instant capturedAt) {
        if (stage.get() != Stage.LIVENESS) {
            return;
        }
        LivenessCheck.State state = liveness.observe(people, capturedAt);
        guidance.set(faceTexts.get(state.messageKey()));
        switch (state) {
            case LivenessCheck.State.Passed passed -> {
                stage(Stage.READY);
                notice.set(messages.get("photos.ready"));
            }
            case LivenessCheck.State.Failed failed -> {
                stage(Stage.LIVENESS_FAILED);
                notice.set("");
            }
            default -> { }
        }
    }

    /** "Try again" after the liveness step did not pass. */
    public void retryLiveness() {
        if (stage.get() == Stage.LIVENESS_FAILED) {
            startLiveness();
        }
    }

    /** "Start again": every shot is dropped. */
    public void startAgain() {
        shots.clear();
        kept.set(0);
        template = Optional.empty();
        liveness = null;
        stage(Stage.SHOTS);
        notice.set("");
        guidance.set(checks.isEmpty() ? messages.get("photos.unchecked") : "");
    }

    /** "Send": hands the photos on once everything is done; false (and says what is missing) before. */
    public boolean send() {
        if (stage.get() != Stage.READY) {
            notice.set(shots.size() < SHOTS ? messages.get("photos.needMore", SHOTS - shots.size())
                    : messages.get("photos.livenessFirst"));
            return false;
        }
        send.accept(new Photos(shots.stream().map(Shot::jpeg).toList(), template));
        return true;
    }

    /**
     * A check failed (a native error): the photos go on unchecked rather than keeping the applicant at the camera,
     * and the terminal reports face checks unavailable since there is no enrolment to compare with.
     */
    private void checksFailed(RuntimeException e) {
        if (checks.isEmpty()) {
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "A photo check failed; the photos are taken unchecked", e);
        checks = Optional.empty();
        checked.set(false);
        template = Optional.empty();
        guidance.set(messages.get("photos.unchecked"));
        if (stage.get() != Stage.SHOTS || shots.size() >= SHOTS) {
            stage(Stage.READY);
            notice.set(messages.get("photos.readyUnchecked"));
        }
    }

    private void stage(Stage next) {
        stageNow = next;
        stage.set(next);
    }

    private String advice(PhotoCheck check) {
        return switch (check) {
            case PhotoCheck.Accepted accepted -> messages.get("photos.good");
            case PhotoCheck.Rejected rejected -> text(rejected.fixes().getFirst());
        };
    }

    private String text(Guidance fix) {
        return faceTexts.get(fix.messageKey());
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    /** Shots kept so far. */
    public IntegerProperty keptProperty() {
        return kept;
    }

    /** What to do now: the fix the face checks ask for, or the liveness step's instruction. */
    public StringProperty guidanceProperty() {
        return guidance;
    }

    /** What happened to the last shot, and what comes next. */
    public StringProperty noticeProperty() {
        return notice;
    }

    /** A shot is being checked. */
    public BooleanProperty checkingProperty() {
        return checking;
    }

    /** Whether the face checks look at the shots (false: they are taken unchecked). */
    public BooleanProperty checkedProperty() {
        return checked;
    }

    /** The latest camera frame, for the live preview; empty until the camera sends one. */
    public ObjectProperty<PreviewFrame> previewProperty() {
        return preview;
    }

    /** Releases the last frame and the checks' engine (on the checks' thread, after any check in hand). */
    @Override
    public void close() {
        synchronized (frameLock) {
            if (latest != null) {
                latest.release();
                latest = null;
            }
        }
        checks.ifPresent(face -> faceWork.execute(face::close));
    }
}
