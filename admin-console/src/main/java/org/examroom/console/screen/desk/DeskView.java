package org.examroom.console.screen.desk;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.examroom.common.i18n.Messages;
import org.examroom.console.client.StaffApi.Exam;
import org.examroom.console.screen.admission.AdmissionView;
import org.examroom.console.screen.documents.DocumentsView;
import org.examroom.console.screen.grading.GradingView;
import org.examroom.console.screen.results.ResultsView;
import org.examroom.console.screen.roommap.AttemptActionsView;
import org.examroom.console.screen.roommap.RoomMapView;
import org.examroom.console.screen.setup.SetupView;

/** The desk: exam and room at the top with the clock, then a tab for each part of the day. */
public final class DeskView extends BorderPane {

    private final TabPane tabs = new TabPane();

    public DeskView(DeskViewModel model, Messages messages) {
        ComboBox<Exam> exam = new ComboBox<>(model.exams());
        exam.setId("desk-exam");
        exam.setCellFactory(l -> examCell());
        exam.setButtonCell(examCell());
        exam.valueProperty().bindBidirectional(model.examProperty());
        ComboBox<String> room = new ComboBox<>(model.rooms());
        room.setId("desk-room");
        room.valueProperty().bindBidirectional(model.roomProperty());
        Label clock = new Label();
        clock.setId("desk-clock");
        clock.getStyleClass().add("clock");
        clock.textProperty().bind(model.clockProperty());
        Label who = new Label();
        who.textProperty().bind(model.whoProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        exam.setPrefWidth(320);
        room.setPrefWidth(120);
        clock.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, fixed(messages.get("desk.examLabel")), exam, fixed(messages.get("desk.roomLabel")),
                room, gap, clock);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label examText = new Label();
        examText.setId("desk-exam-text");
        examText.textProperty().bind(model.examTextProperty());
        examText.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        VBox top = new VBox(4, bar, new HBox(10, examText, gap2, who), status);
        top.setPadding(new Insets(8, 12, 4, 12));
        top.getStyleClass().add("desk-bar");
        setTop(top);

        DocumentsView documents = new DocumentsView(model.documents(), messages);
        Tab documentsTab = tab("tab-documents", messages.get("tab.documents"), documents);
        Tab setup = tab("tab-setup", messages.get("tab.setup"), new SetupView(model.setup(), model.roomMap().terminalChecks(), messages));
        Tab admission = tab("tab-admission", messages.get("tab.admission"), new AdmissionView(model.admission(),
                model.observers(), messages, pdf -> {
                    model.documents().show(messages.get("documents.keySlip"), "key-slip.pdf", pdf);
                    tabs.getSelectionModel().select(documentsTab);
                }));
        Tab map = tab("tab-map", messages.get("tab.map"), new RoomMapView(model.roomMap(),
                new AttemptActionsView(model.actions(), messages, attempt -> {
                    model.documents().open(model.documents().removalAct(attempt));
                    tabs.getSelectionModel().select(documentsTab);
                }), messages, (from, to) -> {
                    model.roomMap().selectedProperty().set(from);
                    model.actions().targetSeatProperty().set(to);
                    model.actions().move();
                }));
        Tab results = tab("tab-results", messages.get("tab.results"), new javafx.scene.control.ScrollPane(
                new ResultsView(model.results(), model.appeals(), messages)));
        Tab grading = tab("tab-grading", messages.get("tab.grading"), new GradingView(model.grading(), messages));
        tabs.getTabs().addAll(setup, admission, map, documentsTab, grading, results);
        tabs.getSelectionModel().select(admission);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == documentsTab) {
                model.documents().refresh();
            } else if (now == map) {
                model.roomMap().refresh();
            } else if (now == results) {
                model.results().refresh();
                model.appeals().refresh();
            } else if (now == grading) {
                model.grading().refresh();
            }
        });
        setCenter(tabs);

        Timeline ticking = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticking.setCycleCount(Animation.INDEFINITE);
        ticking.play();
    }

    private static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** Shows the tab with this id ({@code tab-map}, …). */
    public void select(String tabId) {
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().ifPresent(tabs.getSelectionModel()::select);
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    private static ListCell<Exam> examCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Exam e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.subject() + " (" + e.id() + ")");
            }
        };
    }
}
