package org.examroom.launcher.console;

import org.examroom.launcher.testing.Pictures;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.examroom.common.i18n.Messages;
import org.examroom.console.ConsoleApp;
import org.examroom.console.ConsoleWindow;
import org.examroom.console.client.HttpStaffApi;
import org.examroom.console.screen.Calls;
import org.examroom.console.screen.Times;
import org.examroom.console.screen.desk.DeskViewModel;
import org.examroom.console.screen.documents.RenderedPdf;
import org.examroom.console.screen.roommap.SeatStatus;
import org.examroom.console.screen.roommap.SeatTile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The supervisor's morning at the real console against a real controller over HTTPS, in a real (headless) window:
 * sign in, admit an applicant with the passport checked and issue the key with its slip, admit a late arrival within
 * the TPU cutoff and see one past it refused, then remove a writer from the room map and open the removal act. The
 * room map of 30 seats in mixed states is written to target/screens for docs/screens.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleWalkTest {

    @TempDir
    Path data;
    @TempDir
    Path documents;

    ExamDay day;
    ConsoleWindow window;
    Stage stage;
    final ExecutorService io = Executors.newCachedThreadPool(r -> Thread.ofPlatform().daemon().name("console-io").unstarted(r));
    final Messages ru = ConsoleApp.messages(Locale.of("ru"));

    final java.util.Map<Integer, ExamDay.Terminal> terminals = new java.util.HashMap<>();

    /** Who is where when the supervisor looks at the room map. */
    static final int REMOVED = 4;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        day = new ExamDay(data);
        roomInMixedStates();
        window = new ConsoleWindow(stage, new HttpStaffApi(day.uri(), day.trust), new Calls(io, Platform::runLater), ru,
                new Times(ZoneId.of("Asia/Novosibirsk"), Locale.of("ru")), day.clock, "Томский политехнический университет", documents,
                day.controller.fingerprint());
        stage.show();
    }

    @AfterEach
    void stop() {
        if (window != null) {
            window.close();
        }
        io.shutdownNow();
        day.close();
    }

    /**
     * Before the supervisor sits down: keys for applicants 4–26 before the start; at 10:05 most of them writing, one
     * paused, one calling for help, two flagged by the camera, two whose terminals went silent, three finished, one
     * technical failure, one still reading the rules, one at the photos; one absent; the rest not yet admitted.
     */
    private void roomInMixedStates() {
        for (int a = 4; a <= 26; a++) {
            if (a == 25) {
                continue;
            }
            String key = day.admitAndIssue(ExamDay.attempt(a));
            if (a <= 24) {
                ExamDay.Terminal t = day.terminal(ExamDay.attempt(a)).key(key);
                terminals.put(a, t);
                if (a != 23) {
                    t.rules().photos();
                }
            }
        }
        day.supervisor(ExamDay.attempt(25), "absent", "{}");
        day.clock.set(ExamDay.START.plus(Duration.ofMinutes(5)));
        for (int a = 4; a <= 22; a++) {
            terminals.get(a).start().heartbeat();
        }
        day.supervisor(ExamDay.attempt(13), "pause", "{\"reason\":\"замена клавиатуры\"}");
        terminals.get(14).help();
        terminals.get(15).flag("FACE_ABSENT");
        terminals.get(16).flag("MULTIPLE_PEOPLE");
        for (int a = 19; a <= 21; a++) {
            terminals.get(a).finish();
        }
        day.supervisor(ExamDay.attempt(22), "technical-failure", "{\"description\":\"не включается монитор\"}");
        day.clock.set(ExamDay.START.plus(Duration.ofMinutes(15)));
        heartbeats();
    }

    /** 17 and 18 have fallen silent; every other terminal still in the test beats at the present time. */
    private void heartbeats() {
        for (int a = 4; a <= 24; a++) {
            if (a != 17 && a != 18 && (a < 19 || a > 22)) {
                terminals.get(a).heartbeat();
            }
        }
    }

    @Test
    void admissionKeyLateArrivalAndRemovalAct(FxRobot robot) throws Exception {
        robot.clickOn("#login-name").write("admin");
        robot.clickOn("#login-password").write(ExamDay.PASSWORD);
        robot.clickOn("#login-submit");
        eventually("the desk with the exam and room 101", () -> window.desk().map(d -> "101".equals(d.roomProperty().get())).orElse(false));
        DeskViewModel desk = window.desk().orElseThrow();
        assertThat(text(robot, "#desk-exam-text")).contains("Математика").contains("10:00 МСК").contains("(14:00 местное)")
                .contains("камера: в аудитории");

        robot.clickOn("#tab-setup");
        assertThat(text(robot, "#setup-fingerprint")).contains(day.controller.fingerprint().orElseThrow());
        robot.clickOn("#tab-admission");

        // admission of applicant 1 at 10:15, within the TPU cutoff of 30 minutes
        robot.clickOn("#admission-query").write("Иванова");
        robot.clickOn("#admission-search");
        eventually("Иванова found", () -> desk.admission().candidates().size() == 1);
        assertThat(robot.lookup("#admission-admit").queryButton().isDisabled()).as("not before the passport check").isTrue();
        robot.clickOn("#admission-passport");
        robot.clickOn("#admission-admit");
        eventually("a decision", () -> !desk.admission().decisionProperty().get().isEmpty());
        assertThat(text(robot, "#admission-decision")).startsWith("Допущен");
        robot.clickOn("#admission-issue-key");
        eventually("the key", () -> !desk.admission().issuedKeyProperty().get().isEmpty());
        assertThat(text(robot, "#admission-key")).matches("Ключ: [0-9A-Z*~$=]{4}-[0-9A-Z*~$=]{4}-[0-9A-Z*~$=]{4}-[0-9A-Z*~$=]{2}.*");
        assertThat(day.state(ExamDay.attempt(1))).isEqualTo("KEY_ISSUED");
        robot.clickOn("#admission-print-slip");
        RenderedPdf slip = shown(desk, "Бланк ключа доступа");
        assertThat(slip.text()).contains("Иванова Анна Сергеевна").contains("Математика");

        // a late arrival at 10:25 is admitted without extra time
        robot.clickOn("#tab-admission");
        day.clock.set(ExamDay.START.plus(Duration.ofMinutes(25)));
        admit(robot, desk, "Петров");
        assertThat(text(robot, "#admission-decision")).startsWith("Допущен").contains("Опоздание 25 мин").contains("без продления времени");
        assertThat(day.state(ExamDay.attempt(2))).isEqualTo("ADMITTED");

        // one at 10:40 is past the cutoff and refused, with the rule's reason
        day.clock.set(ExamDay.START.plus(Duration.ofMinutes(40)));
        admit(robot, desk, "Сидорова");
        assertThat(text(robot, "#admission-decision")).startsWith("Не допущен").contains("30");
        assertThat(robot.lookup("#admission-issue-key").queryButton().isDisabled()).isTrue();

        // the room map: remove applicant 4 with an act
        heartbeats();
        robot.clickOn("#tab-map");
        String seat = day.seatByAttempt.get(ExamDay.attempt(REMOVED));
        eventually("the map of 30 seats", () -> desk.roomMap().tiles().size() == 30);
        assertThat(statusOf(desk, 13)).isEqualTo(SeatStatus.PAUSED);
        assertThat(statusOf(desk, 14)).isEqualTo(SeatStatus.HELP_REQUESTED);
        assertThat(statusOf(desk, 15)).isEqualTo(SeatStatus.FLAGGED);
        assertThat(statusOf(desk, 17)).isEqualTo(SeatStatus.OFFLINE);
        assertThat(statusOf(desk, 19)).isEqualTo(SeatStatus.FINISHED);
        assertThat(statusOf(desk, 22)).isEqualTo(SeatStatus.TECHNICAL_FAILURE);
        assertThat(statusOf(desk, 23)).isEqualTo(SeatStatus.KEY_ENTERED);
        assertThat(statusOf(desk, 25)).isEqualTo(SeatStatus.ABSENT);
        assertThat(statusOf(desk, REMOVED)).isEqualTo(SeatStatus.WRITING);
        String silent = day.seatByAttempt.get(ExamDay.attempt(17));
        assertThat(onFx(() -> desk.roomMap().terminalChecks().stream().filter(c -> !c.ok()).map(c -> c.seat()).toList()))
                .as("the pre-exam check names the silent terminals").contains(silent)
                .doesNotContain(day.seatByAttempt.get(ExamDay.attempt(REMOVED)));
        // two applicants not yet at their desks change places, through the seat's panel (the drop of a dragged
        // tile is tested on the room map alone, RoomMapViewTest)
        String from = day.seatByAttempt.get(ExamDay.attempt(27));
        String to = day.seatByAttempt.get(ExamDay.attempt(28));
        onFx(() -> {
            desk.roomMap().selectedProperty().set(desk.roomMap().tiles().stream().filter(t -> t.seat().equals(from))
                    .findFirst().orElseThrow());
            desk.actions().targetSeatProperty().set(to);
            assertThat(desk.actions().canMoveProperty().get()).as("a registered applicant may move").isTrue();
            desk.actions().move();
            return null;
        });
        eventually(() -> "the swap, not: " + desk.actions().resultProperty().get() + " (selected " + desk.actions().seatProperty().get()
                + ", target " + desk.actions().targetSeatProperty().get() + ", room " + desk.actions().roomProperty().get()
                + ", can move " + desk.actions().canMoveProperty().get() + ")",
                () -> desk.actions().resultProperty().get().startsWith("Поменялся местами"));
        assertThat(day.call("GET", "/api/v1/attempts/" + ExamDay.attempt(27), day.admin, null).getString("seat")).isEqualTo(to);
        assertThat(day.call("GET", "/api/v1/attempts/" + ExamDay.attempt(28), day.admin, null).getString("seat")).isEqualTo(from);

        robot.clickOn("#seat-" + seat);
        eventually("the seat's timeline", () -> !desk.actions().timeline().isEmpty());
        robot.clickOn("#actions-act").write("1");
        robot.clickOn("#actions-rule").write("п. 4.3 — пользование телефоном");
        robot.clickOn("#actions-reason").write("телефон в руках на 40-й минуте");
        robot.clickOn("#actions-remove");
        eventually("the removal", () -> desk.actions().resultProperty().get().startsWith("Абитуриент удалён"));
        assertThat(day.state(ExamDay.attempt(REMOVED))).isEqualTo("REMOVED");
        eventually("the seat shown removed", () -> statusOf(desk, REMOVED) == SeatStatus.REMOVED);
        snapshot("console-room-map-ru");

        robot.clickOn("#actions-print-act");
        RenderedPdf act = shown(desk, "Акт об удалении");
        assertThat(act.text()).contains("Кузнецов Иван Петрович").contains("пользование телефоном")
                .contains("телефон в руках на 40-й минуте");
        assertThat(text(robot, "#documents-status")).contains("страниц");
        snapshot("console-removal-act-ru");
    }

    private void admit(FxRobot robot, DeskViewModel desk, String surname) {
        robot.doubleClickOn("#admission-query").eraseText(20).write(surname);
        robot.clickOn("#admission-search");
        eventually(surname + " found", () -> desk.admission().selectedProperty().get() != null
                && desk.admission().selectedProperty().get().applicant().fullName().startsWith(surname));
        robot.clickOn("#admission-passport");
        robot.clickOn("#admission-admit");
        eventually("a decision for " + surname, () -> !desk.admission().decisionProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SeatStatus statusOf(DeskViewModel desk, int applicant) {
        String seat = day.seatByAttempt.get(ExamDay.attempt(applicant));
        return onFx(() -> desk.roomMap().tiles().stream().filter(t -> t.seat().equals(seat)).map(SeatTile::status)
                .findFirst().orElseThrow());
    }

    private RenderedPdf shown(DeskViewModel desk, String title) {
        eventually(title + " in the viewer", () -> onFx(() -> desk.documents().shownProperty().get()
                .map(p -> p.title().startsWith(title)).orElse(false)));
        return onFx(() -> desk.documents().shownProperty().get().orElseThrow());
    }

    private static String text(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void eventually(String what, BooleanSupplier condition) {
        eventually(() -> what, condition);
    }

    private static void eventually(java.util.function.Supplier<String> what, BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 15 s: " + what.get());
            }
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
    }

    /** Writes the window to target/screens, for docs/screens. */
    private void snapshot(String name) throws Exception {
        Pictures.snapshot(stage.getScene(), name);
    }
}
