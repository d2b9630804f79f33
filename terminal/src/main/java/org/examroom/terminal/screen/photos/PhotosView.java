package org.examroom.terminal.screen.photos;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.examroom.common.i18n.Messages;

/** The identity photos screen, bound to its {@link PhotosViewModel}: the live preview, guidance, shots and sending. */
public final class PhotosView extends VBox {

    private final ImageView preview = new ImageView();
    private WritableImage image;

    /** @param busy the flow is talking to the controller (the photos are being sent) */
    public PhotosView(PhotosViewModel model, Messages messages, ObservableBooleanValue busy) {
        super(14);
        setId("screen-photos");
        setAlignment(Pos.CENTER);
        setPadding(new Insets(24));
        setMaxWidth(900);

        Label title = new Label(messages.get("photos.title"));
        title.getStyleClass().add("title");
        Label prompt = new Label(messages.get("photos.prompt", PhotosViewModel.SHOTS));
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);

        preview.setId("photos-preview");
        preview.setFitWidth(400);
        preview.setFitHeight(300);
        preview.setPreserveRatio(true);
        preview.setAccessibleText(messages.get("photos.preview"));
        model.previewProperty().addListener((o, before, frame) -> show(frame));
        show(model.previewProperty().get());

        Label guidance = new Label();
        guidance.setId("photos-guidance");
        guidance.setWrapText(true);
        guidance.getStyleClass().add("guidance");
        guidance.setMinHeight(Region.USE_PREF_SIZE); // the whole instruction, never cut short
        guidance.textProperty().bind(model.guidanceProperty());

        Label notice = new Label();
        notice.setId("photos-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());

        Label count = new Label();
        count.setId("photos-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.get("photos.taken",
                model.keptProperty().get(), PhotosViewModel.SHOTS), model.keptProperty()));

        var shooting = model.stageProperty().isEqualTo(PhotosViewModel.Stage.SHOTS);
        Button take = new Button(messages.get("photos.take"));
        take.setId("photo-take");
        take.setDefaultButton(true);
        take.disableProperty().bind(shooting.not().or(model.checkingProperty()));
        take.setOnAction(e -> model.take());

        Button retry = new Button(messages.get("photos.livenessRetry"));
        retry.setId("liveness-retry");
        retry.visibleProperty().bind(model.stageProperty().isEqualTo(PhotosViewModel.Stage.LIVENESS_FAILED));
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> model.retryLiveness());

        Button again = new Button(messages.get("photos.retake"));
        again.setId("photos-retake");
        again.disableProperty().bind(model.checkingProperty().or(busy));
        again.setOnAction(e -> model.startAgain());

        Button send = new Button(messages.get("photos.send"));
        send.setId("photos-send");
        send.disableProperty().bind(model.stageProperty().isNotEqualTo(PhotosViewModel.Stage.READY).or(busy));
        send.setOnAction(e -> model.send());

        HBox buttons = new HBox(12, take, retry, again, send);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(title, prompt, preview, guidance, count, notice, buttons);
    }

    private void show(PreviewFrame frame) {
        if (frame == null) {
            return;
        }
        if (image == null || (int) image.getWidth() != frame.width() || (int) image.getHeight() != frame.height()) {
            image = new WritableImage(frame.width(), frame.height());
            preview.setImage(image);
        }
        image.getPixelWriter().setPixels(0, 0, frame.width(), frame.height(), PixelFormat.getByteBgraInstance(),
                frame.bgra(), 0, frame.width() * 4);
    }
}
