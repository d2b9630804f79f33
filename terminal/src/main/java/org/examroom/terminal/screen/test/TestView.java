package org.examroom.terminal.screen.test;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.examroom.common.content.Interaction;
import org.examroom.common.content.Item;
import org.examroom.common.i18n.Messages;

/**
 * The test: the clock and switches on top, the navigator on the left, the question in the middle, and over it, when
 * needed, the pause, the finishing steps or the calculator.
 */
public final class TestView extends StackPane {

    private final TestViewModel model;
    private final Messages messages;
    private final FlowPane navigator = new FlowPane(6, 6);
    private final VBox question = new VBox(16);
    private final Label number = new Label();

    public TestView(TestViewModel model, Messages messages, Runnable help, Runnable confirmFinish) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("test");

        Label clock = new Label();
        clock.setId("clock");
        clock.getStyleClass().add("clock");
        clock.textProperty().bind(Bindings.createStringBinding(() -> model.remainingSecondsProperty().get() < 0 ? "—"
                : messages.get("test.remaining", TestViewModel.clock(model.remainingSecondsProperty().get())),
                model.remainingSecondsProperty()));
        Label warning = new Label();
        warning.setId("time-warning");
        warning.textProperty().bind(Bindings.createStringBinding(() -> switch (model.warningProperty().get()) {
            case NONE -> "";
            case TEN_MINUTES -> messages.get("test.warning.ten");
            case FIVE_MINUTES -> messages.get("test.warning.five");
            case TIME_UP -> messages.get("test.warning.up");
        }, model.warningProperty()));
        Runnable colour = () -> {
            clock.getStyleClass().removeAll("warn", "alarm");
            TimeWarning now = model.warningProperty().get();
            if (now == TimeWarning.TEN_MINUTES) {
                clock.getStyleClass().add("warn");
            } else if (now != TimeWarning.NONE) {
                clock.getStyleClass().add("alarm");
            }
        };
        model.warningProperty().addListener((o, before, now) -> colour.run());
        colour.run();
        Label offline = new Label();
        offline.setId("offline");
        offline.getStyleClass().add("offline");
        offline.visibleProperty().bind(model.onlineProperty().not());
        offline.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("test.offline", model.pendingAnswersProperty().get()), model.pendingAnswersProperty()));

        Button smaller = new Button("A−");
        Button larger = new Button("A+");
        smaller.setId("font-smaller");
        larger.setId("font-larger");
        smaller.setOnAction(e -> model.fontScaleProperty().set(Math.max(1.0, model.fontScaleProperty().get() - 0.25)));
        larger.setOnAction(e -> model.fontScaleProperty().set(Math.min(2.0, model.fontScaleProperty().get() + 0.25)));
        ToggleButton contrast = new ToggleButton(messages.get("test.contrast"));
        contrast.setId("contrast");
        contrast.selectedProperty().bindBidirectional(model.highContrastProperty());
        Button calculator = new Button(messages.get("test.calculator"));
        calculator.setId("calculator-open");
        calculator.setVisible(model.calculatorAllowed());
        calculator.setManaged(model.calculatorAllowed());
        Button helpButton = new Button(messages.get("test.help"));
        helpButton.setId("help");
        helpButton.setOnAction(e -> help.run());
        Button end = new Button(messages.get("test.end"));
        end.setId("end-attempt");
        end.setOnAction(e -> model.endAttempt());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // Neither the clock ("04:…") nor a button is ever shortened: the warning and the offline line go under the
        // clock, each only while it has something to say.
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());
        offline.managedProperty().bind(offline.visibleProperty());
        VBox time = new VBox(2, clock, warning, offline);
        HBox top = new HBox(8, time, gap, smaller, larger, contrast, calculator, helpButton, end);
        for (Node keep : List.of(clock, warning, offline, smaller, larger, contrast, calculator, helpButton, end)) {
            ((Region) keep).setMinWidth(Region.USE_PREF_SIZE);
        }
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 16, 8, 16));
        top.getStyleClass().add("top-bar");

        Label message = new Label();
        message.setId("message");
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        navigator.setId("navigator");
        navigator.setPrefWrapLength(200);
        navigator.setPadding(new Insets(16));

        Button previous = new Button(messages.get("test.previous"));
        Button next = new Button(messages.get("test.next"));
        Button flag = new Button();
        previous.setId("previous");
        next.setId("next");
        flag.setId("flag");
        previous.setOnAction(e -> model.previous());
        next.setOnAction(e -> model.next());
        flag.setOnAction(e -> model.toggleFlag());
        HBox bottom = new HBox(12, previous, flag, next);
        bottom.setPadding(new Insets(8, 16, 16, 16));
        bottom.setAlignment(Pos.CENTER);

        question.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(question);
        scroll.setFitToWidth(true);
        BorderPane page = new BorderPane(scroll, new VBox(top, message), null, bottom, new ScrollPane(navigator));

        getChildren().addAll(page, overlay(confirmFinish), calculatorPane(calculator));

        Runnable redraw = () -> {
            showQuestion();
            redrawNavigator();
            flag.setText(model.isFlagged(model.current().id()) ? messages.get("test.unflag") : messages.get("test.flag"));
            previous.setDisable(model.indexProperty().get() == 0);
            next.setDisable(model.indexProperty().get() == model.items().size() - 1);
        };
        model.indexProperty().addListener((o, b, n) -> redraw.run());
        model.revisionProperty().addListener((o, b, n) -> {
            redrawNavigator();
            flag.setText(model.isFlagged(model.current().id()) ? messages.get("test.unflag") : messages.get("test.flag"));
        });
        model.fontScaleProperty().addListener((o, b, n) -> setStyle("-fx-font-size: " + (16 * n.doubleValue()) + "px;"));
        setStyle("-fx-font-size: 16px;");
        model.highContrastProperty().addListener((o, b, on) -> {
            if (on) {
                getStyleClass().add("high-contrast");
            } else {
                getStyleClass().remove("high-contrast");
            }
        });
        page.disableProperty().bind(model.pausedProperty().or(model.lockedProperty()));
        redraw.run();
    }

    private void showQuestion() {
        Item.PublicItem item = model.current();
        number.setText(messages.get("test.question", model.indexProperty().get() + 1, model.items().size()));
        number.getStyleClass().setAll("label", "question-number");
        Label title = new Label(item.title());
        title.getStyleClass().add("question-title");
        title.setWrapText(true);
        Node body = ItemContent.body(item, model.media());
        body.setId("question-body");
        question.getChildren().setAll(number, title, body);
        for (Interaction interaction : item.interactions()) {
            question.getChildren().add(InteractionView.of(item, interaction, model, messages));
        }
    }

    private void redrawNavigator() {
        navigator.getChildren().clear();
        for (int i = 0; i < model.items().size(); i++) {
            String id = model.items().get(i).id();
            Button button = new Button(Integer.toString(i + 1));
            button.setId("nav-" + (i + 1));
            button.getStyleClass().add(model.status(id) == TestViewModel.ItemStatus.ANSWERED ? "answered" : "unanswered");
            if (model.isFlagged(id)) {
                button.getStyleClass().add("flagged");
            }
            if (i == model.indexProperty().get()) {
                button.getStyleClass().add("current");
            }
            int to = i;
            button.setOnAction(e -> model.go(to));
            navigator.getChildren().add(button);
        }
    }

    /** The pause and lock notice and the two finishing steps, shown over the questions. */
    private StackPane overlay(Runnable confirmFinish) {
        Label pausedText = new Label();
        pausedText.setWrapText(true);
        pausedText.textProperty().bind(model.messageProperty());

        Label summaryTitle = new Label(messages.get("finish.summary.title"));
        summaryTitle.getStyleClass().add("title");
        Label summary = new Label();
        summary.setId("finish-summary");
        summary.setWrapText(true);
        Button back = new Button(messages.get("finish.back"));
        back.setId("finish-back");
        back.setOnAction(e -> model.backToTest());
        Button sendAll = new Button(messages.get("finish.sendAll"));
        sendAll.setId("finish-send-all");
        sendAll.setOnAction(e -> model.sendAllAndFinish());
        VBox summaryBox = new VBox(16, summaryTitle, summary, new HBox(12, back, sendAll));

        Label confirmTitle = new Label(messages.get("finish.confirm.title"));
        confirmTitle.getStyleClass().add("title");
        Button back2 = new Button(messages.get("finish.back"));
        back2.setOnAction(e -> model.backToTest());
        Button confirm = new Button(messages.get("finish.confirm"));
        confirm.setId("finish-confirm");
        confirm.setOnAction(e -> confirmFinish.run());
        Label sending = new Label(messages.get("finish.sending"));
        sending.visibleProperty().bind(model.finishStageProperty().isEqualTo(FinishStage.SENDING));
        confirm.disableProperty().bind(sending.visibleProperty());
        VBox confirmBox = new VBox(16, confirmTitle, new Label(messages.get("finish.confirm.text")),
                new HBox(12, back2, confirm), sending);

        StackPane dialog = new StackPane(pausedText, summaryBox, confirmBox);
        dialog.getStyleClass().add("dialog");
        dialog.setMaxSize(640, 320);
        dialog.setPadding(new Insets(24));
        StackPane shade = new StackPane(dialog);
        shade.getStyleClass().add("shade");

        Runnable show = () -> {
            FinishStage stage = model.finishStageProperty().get();
            boolean halted = model.pausedProperty().get() || model.lockedProperty().get();
            pausedText.setVisible(halted && stage == FinishStage.ANSWERING);
            summaryBox.setVisible(stage == FinishStage.SUMMARY);
            confirmBox.setVisible(stage == FinishStage.CONFIRM || stage == FinishStage.SENDING);
            shade.setVisible(halted || stage != FinishStage.ANSWERING);
            var unanswered = model.unanswered();
            summary.setText(unanswered.isEmpty() ? messages.get("finish.summary.none") : messages.get(
                    "finish.summary.unanswered", unanswered.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        };
        model.finishStageProperty().addListener((o, b, n) -> show.run());
        model.pausedProperty().addListener((o, b, n) -> show.run());
        model.lockedProperty().addListener((o, b, n) -> show.run());
        show.run();
        return shade;
    }

    private StackPane calculatorPane(Button open) {
        Calculator calculator = new Calculator(messages);
        StackPane pane = new StackPane(calculator);
        pane.setMaxSize(320, 380);
        StackPane.setAlignment(pane, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(pane, new Insets(0, 16, 64, 0));
        pane.setVisible(false);
        open.setOnAction(e -> pane.setVisible(!pane.isVisible()));
        return pane;
    }
}
