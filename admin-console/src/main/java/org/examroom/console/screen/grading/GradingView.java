package org.examroom.console.screen.grading;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.examroom.common.i18n.Messages;

/** The list of open answers by cipher, and the one being marked. */
public final class GradingView extends BorderPane {

    public GradingView(GradingViewModel model, Messages messages) {
        setPadding(new Insets(12));
        ListView<GradingViewModel.Answer> list = new ListView<>(model.answers());
        list.setId("grading-list");
        list.setPrefWidth(380);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(GradingViewModel.Answer a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : model.line(a));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        Label progress = new Label();
        progress.textProperty().bind(model.progressProperty());
        Button refresh = new Button(messages.get("grading.refresh"));
        refresh.setOnAction(e -> model.refresh());
        Button decode = new Button(messages.get("grading.decode"));
        decode.setId("grading-decode");
        decode.setOnAction(e -> model.decode());
        VBox left = new VBox(8, progress, list, new HBox(8, refresh, decode));
        VBox.setVgrow(list, Priority.ALWAYS);
        setLeft(left);

        Label prompt = new Label();
        prompt.setId("grading-prompt");
        prompt.setWrapText(true);
        prompt.textProperty().bind(model.promptProperty());
        TextArea response = new TextArea();
        response.setId("grading-response");
        response.setEditable(false);
        response.setWrapText(true);
        response.textProperty().bind(model.responseProperty());
        VBox.setVgrow(response, Priority.ALWAYS);
        Label marks = new Label();
        marks.setId("grading-marks");
        marks.setWrapText(true);
        marks.textProperty().bind(model.marksProperty());
        TextField score = new TextField();
        score.setId("grading-score");
        score.setPrefColumnCount(6);
        score.textProperty().bindBidirectional(model.scoreProperty());
        score.setOnAction(e -> model.mark());
        Button mark = new Button(messages.get("grading.mark"));
        mark.setId("grading-mark");
        mark.disableProperty().bind(model.canMarkProperty().not());
        mark.setOnAction(e -> model.mark());
        Label status = new Label();
        status.setId("grading-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label blind = new Label(messages.get("grading.blind"));
        blind.setWrapText(true);
        VBox right = new VBox(8, blind, prompt, response, marks, new HBox(8, new Label(messages.get("grading.score")), score, mark), status);
        BorderPane.setMargin(right, new Insets(0, 0, 0, 12));
        setCenter(right);
    }
}
