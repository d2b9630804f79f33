package org.examroom.terminal.screen.pairing;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.examroom.common.i18n.Messages;

/** The pairing screen: the terminal's id in large print, the code field, and the answer. */
public final class PairingView extends VBox {

    public PairingView(PairingViewModel model, Messages messages) {
        super(24);
        setAlignment(Pos.CENTER);
        getStyleClass().add("pairing");

        Label title = new Label(messages.get("pairing.title"));
        title.getStyleClass().add("title");

        Label terminalId = new Label(messages.get("pairing.terminal", model.terminalId()));
        terminalId.setId("terminal-id");
        terminalId.getStyleClass().add("terminal-id");

        Label prompt = new Label(messages.get("pairing.prompt"));

        TextField code = new TextField();
        code.setId("pairing-code");
        code.setPromptText("000000");
        code.setMaxWidth(220);
        code.setAlignment(Pos.CENTER);
        code.textProperty().bindBidirectional(model.codeProperty());
        code.setOnAction(e -> model.submit());

        Button send = new Button(messages.get("pairing.submit"));
        send.setId("pairing-submit");
        send.setDefaultButton(true);
        send.disableProperty().bind(model.canSubmitProperty().not());
        send.setOnAction(e -> model.submit());

        Label status = new Label();
        status.setId("pairing-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        getChildren().addAll(title, terminalId, prompt, code, send, status);
    }
}
