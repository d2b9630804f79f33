package org.examroom.console.screen.results;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import java.util.function.Function;
import org.examroom.common.i18n.Messages;

/** Results, reconciliation and sync. */
public final class ResultsView extends VBox {

    public ResultsView(ResultsViewModel model, AppealsViewModel appeals, Messages messages) {
        super(10);
        setPadding(new Insets(12));
        Button grade = new Button(messages.get("results.grade"));
        grade.setId("results-grade");
        grade.setOnAction(e -> model.grade());
        Button refresh = new Button(messages.get("results.refresh"));
        refresh.setOnAction(e -> model.refresh());
        Button sync = new Button(messages.get("results.sync.now"));
        sync.setId("results-sync");
        sync.setOnAction(e -> model.syncNow());

        Button export = new Button(messages.get("results.export"));
        export.setId("results-export");
        export.setOnAction(e -> model.exportCsv());
        TableView<ResultsViewModel.Row> table = new TableView<>(model.rows());
        table.setPrefHeight(360);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                appeals.attemptProperty().set(now == null ? "" : now.attemptId()));
        table.setId("results-table");
        table.getColumns().add(column(messages.get("results.col.applicant"), ResultsViewModel.Row::applicant, 320));
        table.getColumns().add(column(messages.get("results.col.status"), ResultsViewModel.Row::status, 160));
        table.getColumns().add(column(messages.get("results.col.points"), ResultsViewModel.Row::points, 80));
        table.getColumns().add(column(messages.get("results.col.words"), ResultsViewModel.Row::words, 280));
        table.getColumns().add(column(messages.get("results.col.passed"), ResultsViewModel.Row::passed, 120));

        Label status = label("results-status", model.statusProperty());
        Label reconciliation = label("results-reconciliation", model.reconciliationProperty());
        Label syncState = label("results-sync-state", model.syncProperty());
        Label warning = label("results-sync-warning", model.syncWarningProperty());
        warning.getStyleClass().add("alert");
        Label reviewTitle = new Label(messages.get("review.title"));
        reviewTitle.getStyleClass().add("subtitle");
        javafx.scene.control.ListView<String> review = new javafx.scene.control.ListView<>(model.review());
        review.setId("results-review");
        review.setPrefHeight(140);
        getChildren().addAll(new HBox(8, grade, refresh, export, sync), status, table, reconciliation, syncState, warning,
                reviewTitle, review, sheetsPane(model, messages), appealsPane(appeals, messages));
    }

    private static VBox sheetsPane(ResultsViewModel model, Messages messages) {
        Label title = new Label(messages.get("results.sheets"));
        title.getStyleClass().add("subtitle");
        javafx.scene.control.ListView<String> log = new javafx.scene.control.ListView<>(model.draftSheets());
        log.setId("results-draft-sheets");
        log.setPrefHeight(90);
        return new VBox(6, title, log);
    }

    private static VBox appealsPane(AppealsViewModel model, Messages messages) {
        Label title = new Label(messages.get("appeal.title"));
        title.getStyleClass().add("subtitle");
        javafx.scene.control.ComboBox<String> kind = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList("RESULT", "PROCEDURE"));
        kind.setId("appeal-kind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String k) {
                return k == null ? "" : messages.get("appeal.kind." + k);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        javafx.scene.control.TextField text = new javafx.scene.control.TextField();
        text.setId("appeal-text");
        text.setPromptText(messages.get("appeal.text.prompt"));
        text.textProperty().bindBidirectional(model.textProperty());
        HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        Button file = new Button(messages.get("appeal.file"));
        file.setId("appeal-file");
        file.disableProperty().bind(model.canFileProperty().not());
        file.setOnAction(e -> model.file());
        javafx.scene.control.ListView<org.examroom.console.client.StaffApi.Appeal> list =
                new javafx.scene.control.ListView<>(model.appeals());
        list.setId("appeal-list");
        list.setPrefHeight(120);
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.examroom.console.client.StaffApi.Appeal a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : model.line(a));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        javafx.scene.control.TextField reason = new javafx.scene.control.TextField();
        reason.setId("appeal-reason");
        reason.setPromptText(messages.get("appeal.reason.prompt"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        HBox.setHgrow(reason, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.TextField points = new javafx.scene.control.TextField();
        points.setId("appeal-points");
        points.setPromptText(messages.get("appeal.points.prompt"));
        points.setPrefColumnCount(8);
        points.textProperty().bindBidirectional(model.newPointsProperty());
        Button uphold = new Button(messages.get("appeal.uphold"));
        uphold.disableProperty().bind(model.canDecideProperty().not());
        uphold.setOnAction(e -> model.decide(true));
        Button reject = new Button(messages.get("appeal.reject"));
        reject.disableProperty().bind(model.canDecideProperty().not());
        reject.setOnAction(e -> model.decide(false));
        Label status = label("appeal-status", model.statusProperty());
        return new VBox(6, title, new HBox(8, kind, text, file), list, new HBox(8, reason, points, uphold, reject), status);
    }

    private static Label label(String id, javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }

    private static TableColumn<ResultsViewModel.Row, String> column(String title, Function<ResultsViewModel.Row, String> value, double width) {
        TableColumn<ResultsViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
