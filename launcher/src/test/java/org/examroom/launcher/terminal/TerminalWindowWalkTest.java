package org.examroom.launcher.terminal;

import org.examroom.launcher.testing.Pictures;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.examroom.common.content.Choice;
import org.examroom.common.content.Item;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.i18n.Messages;
import org.examroom.common.wire.ResponseValueJson;
import org.examroom.terminal.TerminalApp;
import org.examroom.terminal.TerminalIdentity;
import org.examroom.terminal.client.Credential;
import org.examroom.terminal.client.HttpPairingService;
import org.examroom.terminal.screen.flow.ApplicantFlow;
import org.examroom.terminal.screen.flow.FlowView;
import org.examroom.terminal.screen.flow.Screen;
import org.examroom.terminal.screen.pairing.PairingView;
import org.examroom.terminal.screen.pairing.PairingViewModel;
import org.examroom.terminal.screen.test.TestViewModel;
import org.examroom.terminal.screen.test.TimeWarning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The applicant's terminal window, worked with the mouse and keyboard, against a real controller over HTTPS whose exam
 * has a sealed package: pairing with the console's code, the seat, the key typed, rules and consent, photos, the
 * package unsealed and the variant fetched, answers (one question with a picture from the package), a network cut with
 * answers given offline that all reach the controller afterwards, a restart of the terminal that comes back to the same
 * question with its answers and the controller's remaining time, and the time running out. Each screen is written to
 * target/screens.
 */
@ExtendWith(ApplicationExtension.class)
class TerminalWindowWalkTest {

    @TempDir
    Path roomData;
    @TempDir
    Path terminalData;

    Stage stage;
    SealedExam exam;
    LiveRoom room;
    LiveRoom.Terminal network;
    ApplicantFlow flow;
    final AtomicReference<Optional<Credential>> credential = new AtomicReference<>(Optional.empty());
    final ExecutorService io = Executors.newCachedThreadPool(r -> Thread.ofPlatform().daemon().name("terminal-io").unstarted(r));

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        if (flow != null) {
            flow.close();
        }
        if (room != null) {
            room.close();
        }
        io.shutdownNow();
    }

    @Test
    void anApplicantsWholeExamInRussian(FxRobot robot) throws Exception {
        walk(robot, Locale.of("ru"), "ru");
    }

    @Test
    void anApplicantsWholeExamInEnglish(FxRobot robot) throws Exception {
        walk(robot, Locale.ENGLISH, "en");
    }

    private void walk(FxRobot robot, Locale locale, String language) throws Exception {
        Messages messages = TerminalApp.messages(locale);
        exam = new SealedExam();
        room = new LiveRoom(roomData, Optional.of(exam));
        network = room.new Terminal(() -> credential.get().map(Credential::token).orElse(""));

        // A new terminal: its id and the pairing code from the console.
        open(messages);
        assertThat(text(robot, "#terminal-id")).contains(TerminalIdentity.loadOrCreate(terminalData));
        snapshot("0-pairing-" + language);
        robot.clickOn("#pairing-code").write(room.pairingCode());
        robot.clickOn("#pairing-submit");
        until("paired and on the seat screen", () -> flow.screen() == Screen.SEAT);
        assertThat(text(robot, "#seat")).endsWith(room.seat);
        assertThat(credential.get()).isPresent();

        until("the controller has said no attempt is open here yet", () -> !flow.busyProperty().get());
        robot.clickOn("#enter-key");
        until("the key screen", () -> flow.screen() == Screen.KEY);
        robot.clickOn("#access-key").write(room.key.toLowerCase(Locale.ROOT));
        robot.clickOn("#key-submit");
        until("the key opens the rules", () -> flow.screen() == Screen.RULES);
        robot.clickOn("#rules-accept").clickOn("#rules-consent").clickOn("#rules-continue");
        until("the photos", () -> flow.screen() == Screen.PHOTOS);
        until("the camera's picture", () -> flow.photos().previewProperty().get() != null);
        for (int i = 0; i < ApplicantFlow.PHOTOS; i++) {
            robot.clickOn("#photo-take");
        }
        // The supervisor unseals the package before the start; the variant comes with the waiting screen.
        room.unseal();
        robot.clickOn("#photos-send");
        until("waiting, with the variant here", () -> flow.screen() == Screen.WAITING && flow.variantReadyProperty().get());
        assertThat(robot.lookup("#begin").queryButton().isDisabled()).as("not before the scheduled start").isTrue();
        room.clock.set(LiveRoom.START);
        until("the start has come", () -> !robot.lookup("#begin").queryButton().isDisabled());
        robot.clickOn("#begin");
        until("the test", () -> flow.screen() == Screen.TEST);
        until("the controller's clock", () -> test().remainingSecondsProperty().get() == 180 * 60);
        assertThat(room.attemptState()).isEqualTo("IN_PROGRESS");

        // Question 1 carries a picture from the package's media.
        until("the picture from the package is shown", () -> robot.lookup("#question-body .item-image").tryQuery().isPresent());
        ImageView picture = robot.lookup("#question-body .item-image").queryAs(ImageView.class);
        assertThat(picture.getImage().getWidth()).isEqualTo(360);
        robot.clickOn(choice(robot, RadioButton.class, "−4"));
        WaitForAsyncUtils.sleep(1100, TimeUnit.MILLISECONDS);
        snapshot("10-test-picture-" + language);
        robot.clickOn("#next");
        robot.clickOn(choice(robot, CheckBox.class, "2")).clickOn(choice(robot, CheckBox.class, "13"));
        until("both answers acknowledged", () -> test().pendingAnswersProperty().get() == 0 && test().onlineProperty().get());

        // The network goes: the test goes on, the answers wait on the terminal.
        network.cut.set(true);
        until("the quiet indicator", () -> robot.lookup("#offline").query().isVisible());
        robot.clickOn("#next").clickOn("#text-entry").write("24");
        robot.clickOn("#next").clickOn("#text-entry").write(locale.getLanguage().equals("ru") ? "вода" : "water");
        robot.clickOn("#nav-1").clickOn(choice(robot, RadioButton.class, "0"));
        robot.clickOn("#nav-4");
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        assertThat(fx(() -> test().pendingAnswersProperty().get())).as("q1, q3, q4 wait").isEqualTo(3);
        assertThat(text(robot, "#offline")).contains("(3)");
        snapshot("11-test-offline-" + language);
        JsonObject beforeReturn = room.storedAnswers(credential.get().orElseThrow().token());
        assertThat(beforeReturn.keySet()).containsExactlyInAnyOrder(exam.item(1).id(), exam.item(2).id());

        network.cut.set(false);
        until("everything arrived", () -> test().pendingAnswersProperty().get() == 0 && test().onlineProperty().get());
        assertThat(!robot.lookup("#offline").query().isVisible()).isTrue();
        Map<String, ResponseValue> stored = stored();
        assertThat(stored).containsEntry(exam.item(1).id(), new ResponseValue.Identifier(choiceId(exam.item(1), "0")))
                .containsEntry(exam.item(2).id(), new ResponseValue.IdentifierSet(Set.of(choiceId(exam.item(2), "2"),
                        choiceId(exam.item(2), "13"))))
                .containsEntry(exam.item(3).id(), new ResponseValue.Text("24"))
                .containsEntry(exam.item(4).id(), new ResponseValue.Text(locale.getLanguage().equals("ru") ? "вода" : "water"));

        // The terminal restarts half an hour later: back at question 4 with every answer and the controller's time.
        fx(() -> {
            flow.close();
            return null;
        });
        room.clock.set(LiveRoom.START.plus(Duration.ofMinutes(30)));
        open(messages);
        until("straight back into the test", () -> flow.screen() == Screen.TEST);
        assertThat(fx(() -> test().current().id())).isEqualTo(exam.item(4).id());
        assertThat(robot.lookup("#text-entry").queryAs(TextField.class).getText())
                .isEqualTo(locale.getLanguage().equals("ru") ? "вода" : "water");
        until("the remaining time from the controller", () -> test().remainingSecondsProperty().get() == 150 * 60);
        assertThat(text(robot, "#clock")).contains("2:30:00");
        // the restart paused the clock and called the supervisor, who confirms on the console
        until("paused until the supervisor confirms", () -> test().pausedProperty().get());
        assertThat(room.attemptState()).isEqualTo("PAUSED");
        room.supervisor("resume", "");
        until("going on", () -> !test().pausedProperty().get());
        for (int n = 1; n <= 4; n++) {
            assertThat(robot.lookup("#nav-" + n).query().getStyleClass()).as("question %d answered", n).contains("answered");
        }
        robot.clickOn("#nav-1");
        assertThat(choice(robot, RadioButton.class, "0").isSelected()).isTrue();

        // The clock runs on: the five-minute warning, then the time is up and the work is submitted.
        room.clock.set(LiveRoom.START.plus(Duration.ofMinutes(176)));
        until("the five-minute warning", () -> test().warningProperty().get() == TimeWarning.FIVE_MINUTES);
        WaitForAsyncUtils.waitForFxEvents();
        snapshot("12-test-five-minutes-" + language);
        room.clock.set(LiveRoom.START.plus(Duration.ofMinutes(181)));
        until("the time is up", () -> flow.screen() == Screen.DONE);
        assertThat(text(robot, "#done-text")).isEqualTo(messages.get("done.timeUp"));
        assertThat(room.attemptState()).isEqualTo("SUBMITTED");
        snapshot("13-done-time-up-" + language);
        assertThat(stored()).hasSize(4);
    }

    /** What TerminalApp.start does, on the room's clock and through a network the test can cut. */
    private void open(Messages messages) throws Exception {
        credential.set(Credential.load(terminalData));
        // face checks unavailable here (their own tests use the shared models): the photos go unchecked
        flow = new ApplicantFlow(terminalData, network, io, Platform::runLater, room.clock, System::nanoTime, messages,
                new org.examroom.terminal.proctor.FaceSetup(new org.examroom.terminal.proctor.FaceChecks.Unavailable("not in this test",
                        org.examroom.face.ProctoringPolicy.IN_ROOM), ApplicantWalkTest.GREY_DESK, Runnable::run));
        PairingViewModel pairing = new PairingViewModel(TerminalIdentity.loadOrCreate(terminalData),
                new HttpPairingService(room.uri(), room.trust, c -> {
                    c.save(terminalData);
                    credential.set(Optional.of(c));
                }), Platform::runLater, messages);
        pairing.seatProperty().addListener((o, before, seat) -> {
            if (!seat.isEmpty()) {
                flow.paired(seat, credential.get().flatMap(Credential::roomId));
            }
        });
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(TerminalApp.scene(new FlowView(flow, messages, new PairingView(pairing, messages))));
            stage.show();
            credential.get().ifPresent(c -> flow.paired(c.seat(), c.roomId()));
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TestViewModel test() {
        return flow.testProperty().get();
    }

    private Map<String, ResponseValue> stored() {
        JsonObject answers = room.storedAnswers(credential.get().orElseThrow().token());
        java.util.Map<String, ResponseValue> byItem = new java.util.HashMap<>();
        answers.forEach((item, answer) -> byItem.put(item, ResponseValueJson.itemFromJson(
                answer.asJsonObject().getJsonObject("response")).get("RESPONSE")));
        return byItem;
    }

    private static String choiceId(Item item, String content) {
        return item.interactions().getFirst().choices().stream().filter(c -> c.content().equals(content))
                .map(Choice::id).findFirst().orElseThrow(() -> new AssertionError("no choice " + content));
    }

    private static <T extends Labeled> T choice(FxRobot robot, Class<T> type, String text) {
        return robot.lookup((Node n) -> type.isInstance(n) && ((Labeled) n).getText().equals(text)).queryAs(type);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(read));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Waits up to 10 s for a condition read on the FX thread. */
    private static void until(String what, Callable<Boolean> condition) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!fx(condition)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 10 s: " + what);
            }
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes the window to target/screens, for docs/screens. */
    private void snapshot(String name) throws Exception {
        Pictures.snapshot(stage.getScene(), name);
    }
}
