package org.examroom.launcher.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examroom.launcher.terminal.LiveRoom.eventually;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.i18n.Messages;
import org.examroom.common.proctoring.ProctoringPreset;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.vision.OpenCvNatives;
import org.examroom.hardware.camera.Frame;
import org.examroom.terminal.TerminalApp;
import org.examroom.terminal.proctor.CameraFeed;
import org.examroom.terminal.proctor.FaceChecks;
import org.examroom.terminal.proctor.FaceSetup;
import org.examroom.terminal.client.Credential;
import org.examroom.terminal.client.HttpPairingService;
import org.examroom.terminal.client.PairingService;
import org.examroom.terminal.screen.flow.ApplicantFlow;
import org.examroom.terminal.screen.flow.Screen;
import org.examroom.terminal.screen.test.FinishStage;
import org.examroom.terminal.screen.test.TestViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/**
 * An applicant's whole way through the terminal's view models against a real controller over HTTPS: pairing, key,
 * rules, photos, the test, a network cut, a restart of the terminal, the supervisor's pause, and the end.
 */
class ApplicantWalkTest {

    @TempDir
    Path roomData;
    @TempDir
    Path terminalData;

    LiveRoom room;
    ExecutorService ui = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("ui").unstarted(r));
    ExecutorService io = Executors.newCachedThreadPool(r -> Thread.ofPlatform().daemon().name("io").unstarted(r));
    Messages messages = TerminalApp.messages(Locale.ENGLISH);
    LiveRoom.Terminal terminal;
    ApplicantFlow flow;

    @BeforeEach
    void roomAndPairedTerminal() {
        room = new LiveRoom(roomData);
        var outcome = new HttpPairingService(room.uri(), room.trust, c -> c.save(terminalData))
                .pair("T-7F3K2Q", room.pairingCode()).join();
        assertThat(outcome).isInstanceOf(PairingService.Outcome.Paired.class);
        terminal = room.new Terminal(() -> Credential.load(terminalData).orElseThrow().token());
    }

    @AfterEach
    void stop() {
        if (flow != null) {
            flow.close();
        }
        room.close();
        ui.shutdownNow();
        io.shutdownNow();
    }

    private ApplicantFlow newFlow() {
        // Face checks unavailable here (their own tests use the shared models): the photos go unchecked.
        return new ApplicantFlow(terminalData, terminal, io, ui, room.clock, System::nanoTime, messages,
                new FaceSetup(new FaceChecks.Unavailable("not in this test", ProctoringPolicy.IN_ROOM), GREY_DESK, Runnable::run));
    }

    /** A camera that shows an empty grey desk: one frame to each watcher, which the photos screen keeps. */
    static final CameraFeed GREY_DESK = new CameraFeed() {
        @Override
        public boolean present() {
            return true;
        }

        @Override
        public Watch watch(java.util.function.Consumer<Frame> frames, String threadName) {
            OpenCvNatives.load();
            try (Frame frame = new Frame(new Mat(480, 640, CvType.CV_8UC3, new Scalar(96, 100, 104)), java.time.Instant.now())) {
                frames.accept(frame);
            }
            return () -> { };
        }
    };



    private <T> T onUi(Callable<T> read) {
        try {
            return ui.submit(read).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void doOnUi(Runnable action) {
        onUi(() -> {
            action.run();
            return null;
        });
    }

    private Screen screen() {
        return onUi(() -> flow.screen());
    }

    private TestViewModel test() {
        return onUi(() -> flow.testProperty().get());
    }

    /** From the seat screen to the first question. */
    private void walkToTheTest() {
        flow = newFlow();
        Credential credential = Credential.load(terminalData).orElseThrow();
        doOnUi(() -> flow.paired(credential.seat(), credential.roomId()));
        assertThat(screen()).isEqualTo(Screen.SEAT);
        doOnUi(flow::openKeyEntry);
        doOnUi(() -> flow.keyEntry().keyProperty().set(room.key.toLowerCase(Locale.ROOT)));
        assertThat(onUi(() -> flow.keyEntry().wellFormedProperty().get())).isTrue();
        doOnUi(() -> flow.keyEntry().submit());
        eventually("the key opens the rules", () -> screen() == Screen.RULES);

        doOnUi(() -> flow.rulesProperty().set(true));
        doOnUi(flow::acceptRules);
        assertThat(screen()).as("one tick is not enough").isEqualTo(Screen.RULES);
        doOnUi(() -> flow.consentProperty().set(true));
        doOnUi(flow::acceptRules);
        eventually("rules accepted", () -> screen() == Screen.PHOTOS);

        // the camera's frames come on their own thread: a shot needs the first of them
        eventually("the camera's picture", () -> onUi(() -> flow.photos().previewProperty().get()) != null);
        for (int i = 0; i < ApplicantFlow.PHOTOS; i++) {
            assertThat(onUi(() -> flow.photos().take())).isTrue();
        }
        assertThat(onUi(() -> flow.photos().send())).isTrue();
        eventually("photos taken", () -> screen() == Screen.WAITING);
        assertThat(onUi(() -> flow.untilStart())).isEqualTo(Duration.ofMinutes(20));
        assertThat(onUi(flow::startMoscow)).isEqualTo("15.07.2026 10:00");
        eventually("the variant is here", () -> onUi(() -> flow.variantReadyProperty().get()));

        room.clock.set(LiveRoom.START);
        doOnUi(flow::begin);
        eventually("the test is open", () -> screen() == Screen.TEST);
        assertThat(onUi(() -> flow.session().orElseThrow().proctoring())).as("the exam's default preset")
                .isEqualTo(ProctoringPreset.IN_ROOM);
        eventually("the controller's clock arrived", () -> onUi(() -> flow.testProperty().get().remainingSecondsProperty().get()) == 180 * 60);
        assertThat(room.attemptState()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void anApplicantAnswersAndFinishesInThreeSteps() {
        walkToTheTest();
        TestViewModel test = test();
        assertThat(test.calculatorAllowed()).isTrue();
        assertThat(onUi(() -> test.answer("q1", "RESPONSE", new ResponseValue.Identifier("A")))).isTrue();
        doOnUi(() -> test.answer("q3", "RESPONSE", new ResponseValue.Text("12")));
        eventually("both answers acknowledged", () -> onUi(() -> flow.attemptSession().orElseThrow().state().pendingAnswers()) == 0);

        doOnUi(test::endAttempt);
        assertThat(onUi(test::unanswered)).containsExactly(2, 4);
        assertThat(onUi(() -> test.finishStageProperty().get())).isEqualTo(FinishStage.SUMMARY);
        doOnUi(test::sendAllAndFinish);
        assertThat(onUi(() -> test.finishStageProperty().get())).isEqualTo(FinishStage.CONFIRM);
        doOnUi(flow::confirmFinish);
        eventually("finished", () -> screen() == Screen.DONE);
        assertThat(onUi(() -> flow.doneTextProperty().get())).isEqualTo(messages.get("done.submitted"));
        assertThat(room.attemptState()).isEqualTo("SUBMITTED");
    }

    @Test
    void answersGivenDuringANetworkCutAllArriveWhenItIsBack() throws Exception {
        walkToTheTest();
        TestViewModel test = test();
        doOnUi(() -> test.answer("q1", "RESPONSE", new ResponseValue.Identifier("B")));
        eventually("first answer acknowledged", () -> onUi(() -> test.pendingAnswersProperty().get()) == 0);

        terminal.cut.set(true);
        eventually("the terminal notices", () -> !onUi(() -> test.onlineProperty().get()));
        doOnUi(() -> test.answer("q1", "RESPONSE", new ResponseValue.Identifier("A")));
        doOnUi(() -> test.answer("q2", "RESPONSE", new ResponseValue.IdentifierSet(Set.of("A", "C"))));
        doOnUi(() -> test.answer("q4", "RESPONSE", new ResponseValue.OrderedIdentifiers(List.of("B", "C", "A"))));
        Thread.sleep(1500);
        assertThat(onUi(() -> test.pendingAnswersProperty().get())).as("offline, the answers wait").isEqualTo(3);
        assertThat(onUi(test::canAnswer)).as("the test goes on offline").isTrue();

        terminal.cut.set(false);
        eventually("everything arrived", () -> onUi(() -> test.pendingAnswersProperty().get()) == 0
                && onUi(() -> test.onlineProperty().get()));
        // The controller holds the latest of each: a resend of those sequence numbers changes nothing.
        long q1 = terminal.saveAnswer("q1", 2, jakarta.json.Json.createObjectBuilder().build());
        assertThat(q1).as("q1's offline answer (seq 2) is what the controller holds").isEqualTo(2);
        assertThat(terminal.saveAnswer("q4", 4, jakarta.json.Json.createObjectBuilder().build())).isEqualTo(4);
    }

    @Test
    void aRestartedTerminalReturnsToTheSameQuestionWithItsAnswersAndTheControllersTime() {
        walkToTheTest();
        TestViewModel test = test();
        doOnUi(() -> test.answer("q2", "RESPONSE", new ResponseValue.IdentifierSet(Set.of("A"))));
        doOnUi(() -> test.go(2));
        doOnUi(test::toggleFlag);
        doOnUi(() -> test.answer("q3", "RESPONSE", new ResponseValue.Text("12")));
        eventually("answers acknowledged", () -> onUi(() -> test.pendingAnswersProperty().get()) == 0);
        flow.close();

        room.clock.set(LiveRoom.START.plus(Duration.ofMinutes(30)));
        Credential credential = Credential.load(terminalData).orElseThrow();
        flow = newFlow();
        doOnUi(() -> flow.paired(credential.seat(), credential.roomId()));
        eventually("straight back into the test", () -> screen() == Screen.TEST);
        TestViewModel again = test();
        assertThat(onUi(() -> again.current().id())).isEqualTo("q3");
        assertThat(onUi(() -> again.response("q3", "RESPONSE"))).isEqualTo(new ResponseValue.Text("12"));
        assertThat(onUi(() -> again.response("q2", "RESPONSE"))).isEqualTo(new ResponseValue.IdentifierSet(Set.of("A")));
        assertThat(onUi(() -> again.isFlagged("q3"))).isTrue();
        eventually("the controller's remaining time", () -> onUi(() -> again.remainingSecondsProperty().get()) == 150 * 60);

        // The restart paused the clock and called the supervisor; nothing is answered until they confirm.
        assertThat(room.attemptState()).isEqualTo("PAUSED");
        eventually("paused on the terminal", () -> onUi(() -> again.pausedProperty().get()));
        assertThat(onUi(() -> again.answer("q4", "RESPONSE", new ResponseValue.Text("x")))).isFalse();
        room.clock.set(LiveRoom.START.plus(Duration.ofMinutes(35)));
        room.supervisor("resume", "");
        eventually("going on after the supervisor's confirmation", () -> !onUi(() -> again.pausedProperty().get()));
        assertThat(room.attemptState()).isEqualTo("IN_PROGRESS");
        eventually("no time lost to the restart", () -> onUi(() -> again.remainingSecondsProperty().get()) == 150 * 60);
    }

    @Test
    void aTerminalRestartedWhileTheControllerIsAwayReopensTheTestWhenItIsBack() {
        walkToTheTest();
        TestViewModel test = test();
        doOnUi(() -> test.answer("q1", "RESPONSE", new ResponseValue.Identifier("A")));
        flow.close();

        terminal.cut.set(true);
        Credential credential = Credential.load(terminalData).orElseThrow();
        flow = newFlow();
        doOnUi(() -> flow.paired(credential.seat(), credential.roomId()));
        eventually("the applicant is told", () -> onUi(() -> flow.noticeProperty().get()).equals(messages.get("flow.offline")));
        assertThat(screen()).isEqualTo(Screen.SEAT);

        terminal.cut.set(false);
        eventually("the test reopens by itself", () -> screen() == Screen.TEST);
        TestViewModel again = test();
        assertThat(onUi(() -> again.response("q1", "RESPONSE"))).isEqualTo(new ResponseValue.Identifier("A"));
        // paused for the restart: an answer still in the journal waits there until the supervisor confirms
        eventually("paused for the supervisor", () -> "PAUSED".equals(room.attemptState()));
        room.supervisor("resume", "");
        eventually("and its answer arrives", () -> onUi(() -> again.pendingAnswersProperty().get()) == 0
                && onUi(() -> flow.attemptSession().orElseThrow().state().pendingAnswers()) == 0);
    }

    @Test
    void theSupervisorsPauseStopsAnsweringAndTheRunningOutOfTimeEndsTheAttempt() {
        walkToTheTest();
        TestViewModel test = test();
        room.supervisor("pause", "{\"reason\":\"fire alarm\"}");
        eventually("paused within 2 s", () -> onUi(() -> test.pausedProperty().get()));
        assertThat(onUi(() -> test.messageProperty().get())).contains("fire alarm");
        assertThat(onUi(() -> test.answer("q1", "RESPONSE", new ResponseValue.Identifier("A")))).isFalse();
        room.supervisor("resume", "");
        eventually("resumed", () -> !onUi(() -> test.pausedProperty().get()));
        room.supervisor("message", "{\"text\":\"Осталось полчаса\"}");
        eventually("the message is shown", () -> onUi(() -> test.messageProperty().get()).equals("Осталось полчаса"));

        room.clock.set(LiveRoom.START.plus(Duration.ofMinutes(175)));
        eventually("the five-minute warning", () -> onUi(() -> test.warningProperty().get())
                == org.examroom.terminal.screen.test.TimeWarning.FIVE_MINUTES);
        room.clock.set(LiveRoom.START.plus(Duration.ofMinutes(181)));
        eventually("the time is up", () -> screen() == Screen.DONE);
        assertThat(onUi(() -> flow.doneTextProperty().get())).isEqualTo(messages.get("done.timeUp"));
        assertThat(room.attemptState()).isEqualTo("SUBMITTED");
    }

    @Test
    void theCredentialIsKeptForTheOwnerOnly() throws Exception {
        Path file = terminalData.resolve(Credential.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Credential.load(terminalData).orElseThrow().seat()).isEqualTo(room.seat);
    }
}
