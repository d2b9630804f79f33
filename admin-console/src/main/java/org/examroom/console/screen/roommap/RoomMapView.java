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
    private final java.util.Map<String, SeatNode> nodes = new java.util.HashMap<>();
    private final java.util.function.BiConsumer<SeatTile, String> move;

    /** {@code move} is told when a tile is dragged onto another seat: the seat dragged and the seat it was dropped on. */
    public RoomMapView(RoomMapViewModel model, AttemptActionsView actions, Messages messages,
                       java.util.function.BiConsumer<SeatTile, String> move) {
        this.model = model;
        this.move = move;
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
        javafx.scene.control.Button release = new javafx.scene.control.Button(messages.get("map.release"));
        release.setId("map-release-keys");
        release.visibleProperty().bind(model.keyEntryPausedProperty());
        release.managedProperty().bind(release.visibleProperty());
        release.setOnAction(e -> model.releaseKeyEntry());
        VBox top = new VBox(6, summary, alert, release, connection, front);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);

        grid.setId("map-grid");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        // the seat's panel scrolls on a short screen rather than hiding its last parts
        ScrollPane side = new ScrollPane(actions);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.setMinWidth(480);
        setRight(side);
        BorderPane.setMargin(side, new Insets(0, 0, 0, 12));

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

    /** Updates the tiles in place (the clocks change every second), adding a tile only for a seat not seen before. */
    private void redraw() {
        SeatTile selected = model.selectedProperty().get();
        java.util.Set<String> present = new java.util.HashSet<>();
        for (SeatTile tile : model.tiles()) {
            present.add(tile.seat());
            SeatNode node = nodes.computeIfAbsent(tile.seat(), seat -> {
                SeatNode created = new SeatNode();
                created.box.setId("seat-" + seat);
                created.box.setOnMouseClicked(e -> tileAt(seat).ifPresent(model.selectedProperty()::set));
                // pressed on one tile and released over another: the release goes to the pressed tile, and the
                // seat under the pointer is found from where it was released (no platform drag and drop needed)
                created.box.setOnMouseReleased(e -> seatAt(e.getSceneX(), e.getSceneY())
                        .filter(target -> !target.equals(seat))
                        .ifPresent(target -> tileAt(seat).ifPresent(from -> move.accept(from, target))));
                return created;
            });
            node.show(tile, selected != null && selected.seat().equals(tile.seat()));
            if (node.box.getParent() == null || GridPane.getColumnIndex(node.box) != tile.column() - 1
                    || GridPane.getRowIndex(node.box) != tile.row() - 1) {
                grid.getChildren().remove(node.box);
                grid.add(node.box, Math.max(0, tile.column() - 1), Math.max(0, tile.row() - 1));
            }
        }
        nodes.keySet().removeIf(seat -> {
            if (!present.contains(seat)) {
                grid.getChildren().remove(nodes.get(seat).box);
                return true;
            }
            return false;
        });
    }

    private java.util.Optional<String> seatAt(double sceneX, double sceneY) {
        return nodes.entrySet().stream()
                .filter(e -> e.getValue().box.localToScene(e.getValue().box.getBoundsInLocal()).contains(sceneX, sceneY))
                .map(java.util.Map.Entry::getKey).findFirst();
    }

    private java.util.Optional<SeatTile> tileAt(String seat) {
        return model.tiles().stream().filter(t -> t.seat().equals(seat)).findFirst();
    }

    /** One seat's tile: place, name, status, time left, last heartbeat. */
    private static final class SeatNode {
        final VBox box = new VBox(2);
        final Label place = label("seat-label");
        final Label name = label("seat-name");
        final Label status = label("seat-status");
        final Label time = label("seat-time");
        final Label beat = label("seat-beat");

        SeatNode() {
            status.setWrapText(true);
            box.getChildren().addAll(place, name, status, time, beat);
        }

        void show(SeatTile tile, boolean selected) {
            box.getStyleClass().setAll("seat", tile.status().styleClass());
            if (selected) {
                box.getStyleClass().add("seat-selected");
            }
            place.setText(tile.seat());
            name.setText(tile.applicant());
            status.setText(tile.statusText());
            time.setText(tile.remaining().isEmpty() ? " " : tile.remaining());
            beat.setText(tile.heartbeat().isEmpty() ? " " : "♥ " + tile.heartbeat());
        }

        private static Label label(String style) {
            Label l = new Label();
            l.getStyleClass().add(style);
            return l;
        }
    }
}
