package org.examroom.console.screen.roommap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.examroom.common.i18n.Messages;
import org.examroom.console.ConsoleApp;
import org.examroom.console.client.FakeStaffApi;
import org.examroom.console.client.StaffApi.LiveRoom;
import org.examroom.console.screen.Calls;
import org.examroom.console.screen.Times;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The room map in a real (headless) window: a tile per seat where the room has it, and a tile dropped on another seat. */
@ExtendWith(ApplicationExtension.class)
class RoomMapViewTest {

    final Messages ru = ConsoleApp.messages(Locale.of("ru"));
    final List<String> moves = new ArrayList<>();
    RoomMapViewModel model;

    @Start
    void start(Stage stage) {
        model = new RoomMapViewModel(new FakeStaffApi() { }, Runnable::run, ru, Clock.fixed(RoomMapViewModelTest.AT, ZoneOffset.UTC));
        var actions = new AttemptActionsViewModel(new FakeStaffApi() { }, new Calls(Runnable::run, Runnable::run), ru,
                new Times(ZoneOffset.UTC, Locale.of("ru")));
        stage.setScene(ConsoleApp.scene(new RoomMapView(model, new AttemptActionsView(actions, ru, a -> { }), ru,
                (from, to) -> moves.add(from.seat() + "->" + to))));
        stage.show();
        model.apply(new LiveRoom(1, "101", RoomMapViewModelTest.AT, 0, false, false, List.of(
                RoomMapViewModelTest.seat("1-1", 1, 1, "ADMITTED", 0, true), RoomMapViewModelTest.seat("1-2", 1, 2, "IN_PROGRESS", 600, true),
                RoomMapViewModelTest.seat("2-1", 2, 1, "SUBMITTED", 0, true), RoomMapViewModelTest.empty("2-2", 2, 2))));
    }

    @Test
    void eachSeatIsATileInItsPlaceAndADropOnAnotherSeatMovesTheApplicant(FxRobot robot) {
        VBox first = robot.lookup("#seat-1-1").queryAs(VBox.class);
        VBox right = robot.lookup("#seat-1-2").queryAs(VBox.class);
        VBox below = robot.lookup("#seat-2-1").queryAs(VBox.class);
        assertThat(first.getStyleClass()).contains("seat", "seat-waiting");
        assertThat(right.getStyleClass()).contains("seat-writing");
        assertThat(below.getStyleClass()).contains("seat-finished");
        Bounds a = first.localToScene(first.getBoundsInLocal());
        Bounds b = right.localToScene(right.getBoundsInLocal());
        assertThat(b.getMinX()).as("the next seat of the row is to the right").isGreaterThan(a.getMaxX());
        assertThat(below.localToScene(below.getBoundsInLocal()).getMinY()).isGreaterThan(a.getMaxY());

        robot.clickOn("#seat-1-2");
        assertThat(model.selectedProperty().get().seat()).isEqualTo("1-2");

        // pressed on 1-1, released over 2-2: the release reaches the pressed tile with the pointer's place in the scene
        Bounds target = robot.lookup("#seat-2-2").queryAs(VBox.class).localToScene(robot.lookup("#seat-2-2").query().getBoundsInLocal());
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(first, new MouseEvent(MouseEvent.MOUSE_RELEASED,
                target.getCenterX(), target.getCenterY(), target.getCenterX(), target.getCenterY(), MouseButton.PRIMARY, 1, false, false, false, false, false, false,
                false, false, false, false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(moves).containsExactly("1-1->2-2");

        // released over the same tile: a click, no move
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(first, new MouseEvent(MouseEvent.MOUSE_RELEASED,
                a.getCenterX(), a.getCenterY(), a.getCenterX(), a.getCenterY(), MouseButton.PRIMARY, 1, false, false, false, false, false, false,
                false, false, false, false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(moves).hasSize(1);
    }
}
