package org.examroom.console.screen.roommap;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.examroom.common.i18n.Messages;

/** The room map: a tile per seat laid out as the room is, coloured by status; the selected seat's actions beside it. */
public final class RoomMapView extends BorderPane {

    private final RoomMapViewModel model;
    private final GridPane grid = new GridPane(8, 8);

    public RoomMapView(RoomMapViewModel model, AttemptActionsView actions, Messages messages) {
        this.model = model;
        setPadding(new Insets(12));

        Label summary = new Label();
        summary.setId("map-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label alert = new Label();
        alert.setId("map-alert");
        alert.getStyleClass().add("alert");
        alert.textProperty().bind(model.alertProperty());
        alert.visibleProperty().bind(model.alertProperty().isNotEmpty());
        alert.managedProperty().bind(alert.visibleProperty());
        Label connection = new Label();
        connection.setId("map-connection");
        connection.getStyleClass().add("alert");
        connection.textProperty().bind(model.connectionProperty());
        connection.visibleProperty().bind(model.connectionProperty().isNotEmpty());
        connection.managedProperty().bind(connection.visibleProperty());
        Label front = new Label(messages.get("map.front"));
        front.getStyleClass().add("room-front");
        front.setMaxWidth(Double.MAX_VALUE);
        VBox top = new VBox(6, summary, alert, connection, front);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);

        grid.setId("map-grid");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setRight(actions);
        BorderPane.setMargin(actions, new Insets(0, 0, 0, 12));

        model.tiles().addListener((ListChangeListener<SeatTile>) change -> redraw());
        model.selectedProperty().addListener((o, was, now) -> redraw());
        redraw();

        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        clock.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                clock.stop();
            } else {
                clock.play();
            }
        });
    }

    private void redraw() {
        grid.getChildren().clear();
        SeatTile selected = model.selectedProperty().get();
        for (SeatTile tile : model.tiles()) {
            VBox box = new VBox(2);
            box.setId("seat-" + tile.seat());
            box.getStyleClass().addAll("seat", tile.status().styleClass());
            if (selected != null && selected.seat().equals(tile.seat())) {
                box.getStyleClass().add("seat-selected");
            }
            Label place = new Label(tile.seat());
            place.getStyleClass().add("seat-label");
            Label name = new Label(tile.applicant());
            name.getStyleClass().add("seat-name");
            Label status = new Label(tile.statusText());
            status.getStyleClass().add("seat-status");
            status.setWrapText(true);
            Label time = new Label(tile.remaining().isEmpty() ? " " : "⏱ " + tile.remaining());
            time.getStyleClass().add("seat-time");
            Label beat = new Label(tile.heartbeat().isEmpty() ? " " : "♥ " + tile.heartbeat());
            beat.getStyleClass().add("seat-beat");
            box.getChildren().addAll(place, name, status, time, beat);
            box.setOnMouseClicked(e -> model.selectedProperty().set(tile));
            grid.add(box, Math.max(0, tile.column() - 1), Math.max(0, tile.row() - 1));
        }
    }
}
