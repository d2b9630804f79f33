package org.examroom.console.screen.roommap;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.examroom.common.i18n.Messages;

/** The selected seat's panel: its timeline and the supervisor's actions. */
public final class AttemptActionsView extends VBox {

    /** {@code openAct} shows the removal act of an attempt just removed (the documents tab does it). */
    public AttemptActionsView(AttemptActionsViewModel model, Messages messages, Consumer<String> openAct) {
        super(8);
        setPadding(new Insets(8));
        setPrefWidth(460);
        setMinWidth(460);
        getStyleClass().add("panel");

        Label heading = new Label();
        heading.setId("actions-heading");
        heading.getStyleClass().add("subtitle");
        heading.setWrapText(true);
        heading.textProperty().bind(model.headingProperty());

        TextField message = field("actions-message-text", messages.get("actions.message.prompt"));
        message.textProperty().bindBidirectional(model.messageProperty());
        Button send = button("actions-message", messages.get("actions.message"), model::sendMessage);
        send.disableProperty().bind(model.canMessageProperty().not());

        TextField reason = field("actions-reason", messages.get("actions.reason.prompt"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        TextField minutes = field("actions-minutes", messages.get("actions.minutes"));
        minutes.setPrefColumnCount(4);
        minutes.textProperty().bindBidirectional(model.minutesProperty());

        Button pause = button("actions-pause", messages.get("actions.pause"), model::pause);
        pause.disableProperty().bind(model.canPauseProperty().not());
        Button resume = button("actions-resume", messages.get("actions.resume"), model::resume);
        resume.disableProperty().bind(model.canResumeProperty().not());
        Button extend = button("actions-extend", messages.get("actions.extend"), model::extend);
        extend.disableProperty().bind(model.canExtendProperty().not());
        Button exit = button("actions-exit", messages.get("actions.exit"), model::exit);
        exit.disableProperty().bind(model.canExitProperty().not());
        Button back = button("actions-return", messages.get("actions.return"), model::returned);
        back.disableProperty().bind(model.canExitProperty().not());
        Button help = button("actions-help", messages.get("actions.help"), model::closeHelp);
        help.disableProperty().bind(model.canCloseHelpProperty().not());
        Button failure = button("actions-failure", messages.get("actions.failure"), model::technicalFailure);
        failure.disableProperty().bind(model.canFailProperty().not());

        TextField act = field("actions-act", messages.get("actions.act.prompt"));
        act.textProperty().bindBidirectional(model.actNumberProperty());
        TextField rule = field("actions-rule", messages.get("actions.rule.prompt"));
        rule.textProperty().bindBidirectional(model.ruleProperty());
        Button remove = button("actions-remove", messages.get("actions.remove"), model::remove);
        remove.getStyleClass().add("danger");
        remove.disableProperty().bind(model.canRemoveProperty().not());
        Button printAct = button("actions-print-act", messages.get("actions.printAct"),
                () -> model.removedAttemptProperty().get().ifPresent(openAct));
        printAct.visibleProperty().bind(model.removedAttemptProperty().isNotEqualTo(java.util.Optional.empty()));
        printAct.managedProperty().bind(printAct.visibleProperty());

        GridPane removal = new GridPane(6, 6);
        removal.addRow(0, new Label(messages.get("actions.act")), act);
        removal.addRow(1, new Label(messages.get("actions.rule")), rule);

        TextField target = field("actions-target-seat", messages.get("actions.move.prompt"));
        target.setPrefColumnCount(6);
        target.textProperty().bindBidirectional(model.targetSeatProperty());
        Button move = button("actions-move", messages.get("actions.move"), model::move);
        move.disableProperty().bind(model.canMoveProperty().not());

        TextField sheets = field("actions-sheets", "");
        sheets.setPrefColumnCount(3);
        sheets.textProperty().bindBidirectional(model.sheetsProperty());
        Button giveSheets = button("actions-give-sheets", messages.get("actions.sheets"), model::issueDraftSheets);
        giveSheets.disableProperty().bind(model.canIssueSheetsProperty().not());

        ListView<org.examroom.console.client.StaffApi.Timeline.Evidence> pictures = new ListView<>(model.evidence());
        pictures.setId("actions-pictures");
        pictures.setPrefHeight(90);
        pictures.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.examroom.console.client.StaffApi.Timeline.Evidence e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : model.evidenceLine(e));
            }
        });
        pictures.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.showPicture(now);
            }
        });
        javafx.scene.image.ImageView picture = new javafx.scene.image.ImageView();
        picture.setId("actions-picture");
        picture.setFitWidth(320);
        picture.setPreserveRatio(true);
        model.pictureProperty().addListener((o, was, now) -> picture.setImage(now.map(jpeg ->
                new javafx.scene.image.Image(new java.io.ByteArrayInputStream(jpeg))).orElse(null)));

        Label result = new Label();
        result.setId("actions-result");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());

        ListView<String> timeline = new ListView<>(model.timeline());
        timeline.setId("actions-timeline");
        timeline.setPrefHeight(220);

        getChildren().addAll(heading,
                new HBox(6, message, send),
                new HBox(6, new Label(messages.get("actions.move.label")), target, move),
                new Label(messages.get("actions.reason")), reason,
                new HBox(6, pause, resume, new Label(messages.get("actions.minutes")), minutes, extend),
                new HBox(6, exit, back, help),
                failure,
                new Label(messages.get("actions.removal")), removal, new HBox(6, remove, printAct),
                result,
                new HBox(6, new Label(messages.get("actions.sheets.label")), sheets, giveSheets),
                new Label(messages.get("actions.timeline")), timeline,
                new Label(messages.get("actions.pictures")), pictures, picture);
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
