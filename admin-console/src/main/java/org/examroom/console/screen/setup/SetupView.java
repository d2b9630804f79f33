package org.examroom.console.screen.setup;

import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.examroom.common.i18n.Messages;

/** Before the exam: package, applicants, room and seating, terminals. */
public final class SetupView extends VBox {

    /** {@code checks} is the room map's pre-exam check of every terminal. */
    public SetupView(SetupViewModel model, javafx.collections.ObservableList<org.examroom.console.screen.roommap.TerminalCheck> checks,
                     Messages messages) {
        super(12);
        setPadding(new Insets(12));

        Label pkg = label("setup-package", model);
        pkg.textProperty().bind(model.packageTextProperty());
        Button load = new Button(messages.get("setup.package.load"));
        load.setId("setup-package-load");
        load.setOnAction(e -> choose(messages.get("setup.package.load"), "*").ifPresent(f -> model.uploadPackage(f.toPath())));
        TextField key = new TextField();
        key.setId("setup-unseal-key");
        key.setPromptText(messages.get("setup.unseal.prompt"));
        key.textProperty().bindBidirectional(model.unsealKeyProperty());
        Button unseal = new Button(messages.get("setup.unseal"));
        unseal.setId("setup-unseal");
        unseal.setOnAction(e -> model.unseal());

        Button importCsv = new Button(messages.get("setup.import"));
        importCsv.setId("setup-import");
        importCsv.setOnAction(e -> choose(messages.get("setup.import"), "*.csv").ifPresent(f -> model.importApplicants(f.toPath())));
        Label report = label("setup-import-report", model);
        report.textProperty().bind(model.importReportProperty());

        TextField room = field("setup-room", model.roomIdProperty());
        TextField rows = field("setup-rows", model.rowsProperty());
        rows.setPrefColumnCount(3);
        TextField columns = field("setup-columns", model.columnsProperty());
        columns.setPrefColumnCount(3);
        Button seat = new Button(messages.get("setup.seat"));
        seat.setId("setup-seat");
        seat.setOnAction(e -> model.defineRoomAndSeat());
        TextField place = field("setup-pairing-seat", model.seatProperty());
        place.setPrefColumnCount(5);
        Button pair = new Button(messages.get("setup.pairing"));
        pair.setId("setup-pairing");
        pair.setOnAction(e -> model.pairingCode());
        Label code = label("setup-pairing-code", model);
        code.getStyleClass().add("key");
        code.textProperty().bind(model.pairingProperty());

        GridPane roomForm = new GridPane(8, 8);
        roomForm.addRow(0, new Label(messages.get("setup.room")), room, new Label(messages.get("setup.rows")), rows,
                new Label(messages.get("setup.columns")), columns, seat);
        roomForm.addRow(1, new Label(messages.get("setup.pairing.seatLabel")), place, pair);

        Label status = label("setup-status", model);
        status.textProperty().bind(model.statusProperty());

        Label fingerprint = label("setup-fingerprint", model);
        fingerprint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.roomFingerprintProperty().get().isEmpty()
                ? messages.get("setup.fingerprint.none") : messages.get("setup.fingerprint", model.roomFingerprintProperty().get()),
                model.roomFingerprintProperty()));
        getChildren().addAll(fingerprint, heading(messages.get("setup.package.title")), pkg, new HBox(8, load, key, unseal),
                heading(messages.get("setup.applicants.title")), importCsv, report,
                heading(messages.get("setup.room.title")), roomForm, code, status,
                heading(messages.get("setup.check.title")), checkList(checks));
    }

    private static javafx.scene.control.ListView<org.examroom.console.screen.roommap.TerminalCheck> checkList(
            javafx.collections.ObservableList<org.examroom.console.screen.roommap.TerminalCheck> checks) {
        var list = new javafx.scene.control.ListView<>(checks);
        list.setId("setup-checks");
        list.setPrefHeight(200);
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.examroom.console.screen.roommap.TerminalCheck c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : (c.ok() ? "✓ " : "✗ ") + c.text());
                getStyleClass().remove("alert");
                if (!empty && c != null && !c.ok()) {
                    getStyleClass().add("alert");
                }
            }
        });
        return list;
    }

    private java.util.Optional<File> choose(String title, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", patterns), patterns));
        return java.util.Optional.ofNullable(chooser.showOpenDialog(getScene().getWindow()));
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("subtitle");
        return l;
    }

    private static Label label(String id, SetupViewModel unused) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
