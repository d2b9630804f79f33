package org.examroom.terminal.screen.flow;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.examroom.common.i18n.Messages;
import org.examroom.terminal.screen.photos.PhotosView;
import org.examroom.terminal.screen.test.TestView;
import org.examroom.terminal.screen.test.TestViewModel;

/**
 * Shows the screen the flow is on, and ticks once a second for the clocks. The pairing screen is given, since it
 * lives in its own package with its own view model.
 */
public final class FlowView extends BorderPane {

    private final ApplicantFlow flow;
    private final Messages messages;
    private final Node pairing;
    private final Label notice = new Label();
    private Runnable tick = () -> { };

    public FlowView(ApplicantFlow flow, Messages messages, Node pairing) {
        this.flow = flow;
        this.messages = messages;
        this.pairing = pairing;
        getStyleClass().add("flow");
        notice.setId("notice");
        notice.setWrapText(true);
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(flow.noticeProperty());
        setBottom(notice);
        BorderPane.setMargin(notice, new Insets(12));
        flow.screenProperty().addListener((o, before, now) -> show(now));
        show(flow.screen());
        Timeline clock = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick.run()));
        clock.setCycleCount(Animation.INDEFINITE);
        clock.play();
    }

    private void show(Screen screen) {
        tick = () -> { };
        notice.setVisible(screen != Screen.TEST);
        setCenter(switch (screen) {
            case PAIRING -> pairing;
            case SEAT -> seat();
            case KEY -> key();
            case RULES -> rules();
            case PHOTOS -> photos();
            case WAITING -> waiting();
            case TEST -> test();
            case DONE -> done();
        });
    }

    private VBox page(String titleKey, Node... content) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("title");
        VBox box = new VBox(20, title);
        box.getChildren().addAll(content);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(32));
        box.setMaxWidth(900);
        box.setId("screen-" + titleKey.substring(0, titleKey.indexOf('.')));
        return box;
    }

    private Node seat() {
        Label room = new Label();
        room.textProperty().bind(Bindings.createStringBinding(() -> flow.roomProperty().get().isEmpty() ? ""
                : messages.get("seat.room", flow.roomProperty().get()), flow.roomProperty()));
        Label seat = new Label();
        seat.setId("seat");
        seat.getStyleClass().add("terminal-id");
        seat.textProperty().bind(Bindings.createStringBinding(() -> messages.get("seat.seat", flow.seatProperty().get()),
                flow.seatProperty()));
        Label now = new Label(messages.get("seat.now", flow.nowMoscow()));
        now.setId("moscow-time");
        tick = () -> now.setText(messages.get("seat.now", flow.nowMoscow()));
        Button enter = new Button(messages.get("seat.enterKey"));
        enter.setId("enter-key");
        enter.setDefaultButton(true);
        enter.disableProperty().bind(flow.busyProperty());
        enter.setOnAction(e -> flow.openKeyEntry());
        return page("seat.title", room, seat, now, enter);
    }

    private Node key() {
        var model = flow.keyEntry();
        TextField key = new TextField();
        key.setId("access-key");
        key.setPromptText("XXXX-XXXX-XXXX-XX");
        key.setMaxWidth(360);
        key.setAlignment(Pos.CENTER);
        key.getStyleClass().add("key-field");
        key.textProperty().bindBidirectional(model.keyProperty());
        key.setOnAction(e -> model.submit());
        Label hint = new Label();
        hint.setId("key-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(model.hintProperty());
        Button send = new Button(messages.get("key.submit"));
        send.setId("key-submit");
        send.setDefaultButton(true);
        send.disableProperty().bind(model.wellFormedProperty().not().or(model.busyProperty()));
        send.setOnAction(e -> model.submit());
        javafx.application.Platform.runLater(key::requestFocus);
        return page("key.title", new Label(messages.get("key.prompt")), key, hint, send);
    }

    private Node rules() {
        Label text = new Label(messages.get("rules.text"));
        text.setWrapText(true);
        CheckBox accept = new CheckBox(messages.get("rules.accept"));
        accept.setId("rules-accept");
        accept.setWrapText(true);
        accept.selectedProperty().bindBidirectional(flow.rulesProperty());
        CheckBox consent = new CheckBox(messages.get("rules.consent"));
        consent.setId("rules-consent");
        consent.setWrapText(true);
        consent.selectedProperty().bindBidirectional(flow.consentProperty());
        Button next = new Button(messages.get("rules.continue"));
        next.setId("rules-continue");
        next.disableProperty().bind(flow.rulesProperty().and(flow.consentProperty()).not().or(flow.busyProperty()));
        next.setOnAction(e -> flow.acceptRules());
        return page("rules.title", text, accept, consent, next);
    }

    private Node photos() {
        return new PhotosView(flow.photos(), messages, flow.busyProperty());
    }

    private Node waiting() {
        String subject = flow.session().map(s -> s.exam().subject()).orElse("");
        Label exam = new Label(messages.get("waiting.exam", subject));
        exam.getStyleClass().add("terminal-id");
        Label start = new Label(messages.get("waiting.start", flow.startMoscow()));
        Label countdown = new Label();
        countdown.setId("countdown");
        Label now = new Label(messages.get("seat.now", flow.nowMoscow()));
        Button begin = new Button(messages.get("waiting.begin"));
        begin.setId("begin");
        javafx.beans.property.BooleanProperty started = new javafx.beans.property.SimpleBooleanProperty(!flow.untilStart().isPositive());
        begin.disableProperty().bind(flow.variantReadyProperty().not().or(flow.busyProperty()).or(started.not()));
        begin.setOnAction(e -> flow.begin());
        int[] seconds = {0};
        tick = () -> {
            Duration left = flow.untilStart();
            started.set(!left.isPositive());
            countdown.setText(left.isPositive() ? messages.get("waiting.countdown",
                    TestViewModel.clock(left.toSeconds())) : messages.get("waiting.ready"));
            now.setText(messages.get("seat.now", flow.nowMoscow()));
            if (!flow.variantReadyProperty().get() && ++seconds[0] % 5 == 0) {
                flow.loadVariant();
            }
        };
        tick.run();
        return page("waiting.title", exam, start, now, countdown, begin);
    }

    private Node test() {
        TestViewModel model = flow.testProperty().get();
        tick = () -> flow.attemptSession().ifPresent(s -> model.update(s.state()));
        return new TestView(model, messages, flow::help, flow::confirmFinish);
    }

    private Node done() {
        Label text = new Label();
        text.setId("done-text");
        text.setWrapText(true);
        text.textProperty().bind(flow.doneTextProperty());
        return page("done.title", text);
    }
}
