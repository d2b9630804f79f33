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

    public ResultsView(ResultsViewModel model, Messages messages) {
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

        TableView<ResultsViewModel.Row> table = new TableView<>(model.rows());
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
        getChildren().addAll(new HBox(8, grade, refresh, sync), status, table, reconciliation, syncState, warning);
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
