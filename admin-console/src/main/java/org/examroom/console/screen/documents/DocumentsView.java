package org.examroom.console.screen.documents;

import java.awt.image.BufferedImage;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.examroom.common.i18n.Messages;

/** The list of the room's documents and a viewer of the one open, page under page. */
public final class DocumentsView extends BorderPane {

    public DocumentsView(DocumentsViewModel model, Messages messages) {
        setPadding(new Insets(12));

        ListView<DocumentsViewModel.Entry> list = new ListView<>(model.entries());
        list.setId("documents-list");
        list.setPrefWidth(420);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DocumentsViewModel.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.title());
            }
        });
        Button open = new Button(messages.get("documents.open"));
        open.setId("documents-open");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(list.getSelectionModel().getSelectedItem()));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        Button refresh = new Button(messages.get("documents.refresh"));
        refresh.setOnAction(e -> model.refresh());
        Button save = new Button(messages.get("documents.save"));
        save.setId("documents-save");
        save.disableProperty().bind(model.shownProperty().isEqualTo(java.util.Optional.empty()));
        save.setOnAction(e -> model.save());
        Label status = new Label();
        status.setId("documents-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        VBox left = new VBox(8, list, new HBox(8, open, refresh, save), status);
        left.setPrefWidth(430);
        left.setMinWidth(430);
        setLeft(left);

        VBox pages = new VBox(12);
        pages.setId("documents-pages");
        pages.setPadding(new Insets(12));
        pages.getStyleClass().add("pages");
        ScrollPane scroll = new ScrollPane(pages);
        setCenter(scroll);
        BorderPane.setMargin(scroll, new Insets(0, 0, 0, 12));
        model.shownProperty().addListener((o, was, now) -> {
            pages.getChildren().clear();
            now.ifPresent(pdf -> pdf.pages().forEach(p -> {
                ImageView view = new ImageView(image(p));
                view.setPreserveRatio(true);
                pages.getChildren().add(view);
            }));
            scroll.setVvalue(0);
        });
    }

    /** A rendered page as a JavaFX image, copied pixel by pixel (no Swing bridge needed). */
    static WritableImage image(BufferedImage page) {
        int w = page.getWidth();
        int h = page.getHeight();
        int[] argb = page.getRGB(0, 0, w, h, null, 0, w);
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }
}
