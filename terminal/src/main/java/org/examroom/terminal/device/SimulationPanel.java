package org.examroom.terminal.device;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.examroom.common.i18n.Messages;
import org.examroom.hardware.light.LightSignal;

/** A small window's worth of simulated station: the status light as it looks, the help button, a card to tap, a slip to show the camera. */
public final class SimulationPanel extends VBox {

    public SimulationPanel(SimulationPanelModel model, Messages messages) {
        super(12);
        setPadding(new Insets(16));
        setAlignment(Pos.TOP_LEFT);
        getStyleClass().add("simulation-panel");

        Label title = new Label(messages.get("simulation.title"));
        title.getStyleClass().add("simulation-title");

        Circle lamp = new Circle(22);
        lamp.setId("simulation-light");
        lamp.setStroke(Color.gray(0.3));
        Label lampName = new Label();
        lampName.setId("simulation-light-name");
        Runnable paint = () -> {
            LightSignal signal = model.litProperty().get();
            lamp.setFill(colour(signal));
            lampName.setText(model.litName(signal));
        };
        model.litProperty().addListener((observable, before, now) -> paint.run());
        paint.run();
        HBox light = new HBox(12, new Label(messages.get("simulation.light")), lamp, lampName);
        light.setAlignment(Pos.CENTER_LEFT);

        Button help = new Button(messages.get("simulation.help"));
        help.setId("simulation-help");
        help.setFocusTraversable(false); // the exam screen keeps the keyboard
        help.setOnAction(e -> model.pressHelp());

        getChildren().addAll(title, light, help);

        if (model.hasCardReader()) {
            TextField card = new TextField();
            card.setId("simulation-card");
            card.setPromptText(messages.get("simulation.card.prompt"));
            card.textProperty().bindBidirectional(model.cardProperty());
            card.setOnAction(e -> model.presentCard());
            Button tap = new Button(messages.get("simulation.card.present"));
            tap.setId("simulation-card-present");
            tap.setOnAction(e -> model.presentCard());
            Label status = new Label();
            status.setId("simulation-card-status");
            status.setWrapText(true);
            status.textProperty().bind(model.cardStatusProperty());
            getChildren().addAll(new HBox(8, card, tap), status);
        }

        TextField slip = new TextField();
        slip.setId("simulation-slip");
        slip.setPromptText(messages.get("simulation.slip.prompt"));
        slip.textProperty().bindBidirectional(model.slipKeyProperty());
        slip.setOnAction(e -> model.holdUpSlip());
        Button show = new Button(messages.get("simulation.slip.show"));
        show.setId("simulation-slip-show");
        show.setOnAction(e -> model.holdUpSlip());
        Label slipStatus = new Label();
        slipStatus.setId("simulation-slip-status");
        slipStatus.setWrapText(true);
        slipStatus.textProperty().bind(model.slipStatusProperty());
        getChildren().addAll(new HBox(8, slip, show), slipStatus);
    }

    static Color colour(LightSignal signal) {
        return switch (signal) {
            case OFF -> Color.gray(0.2);
            case GREEN -> Color.web("#2ecc40");
            case AMBER -> Color.web("#ffb000");
            case RED -> Color.web("#e8202a");
        };
    }
}
