package org.examroom.console.screen.admission;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.examroom.common.i18n.Messages;

/** The admission desk and, beside it, the observer log. */
public final class AdmissionView extends HBox {

    /** {@code openSlip} shows a key slip (a PDF) to print. */
    public AdmissionView(AdmissionViewModel model, ObserversViewModel observers, Messages messages,
                         Consumer<byte[]> openSlip) {
        super(16);
        setPadding(new Insets(12));

        TextField query = new TextField();
        query.setId("admission-query");
        query.setPromptText(messages.get("admission.query.prompt"));
        query.textProperty().bindBidirectional(model.queryProperty());
        query.setOnAction(e -> model.search());
        Button find = new Button(messages.get("admission.search"));
        find.setId("admission-search");
        find.setOnAction(e -> model.search());
        HBox.setHgrow(query, Priority.ALWAYS);

        ListView<Candidate> found = new ListView<>(model.candidates());
        found.setId("admission-candidates");
        found.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Candidate c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.applicant().fullName() + " · " + c.applicant().documentNumber()
                        + " · " + c.attempt().map(a -> messages.get("state." + a.state()) + a.seat().map(s -> ", " + s).orElse(""))
                        .orElse(messages.get("admission.notRegistered")));
            }
        });
        found.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && found.getSelectionModel().getSelectedItem() != now) {
                found.getSelectionModel().select(now);
            }
        });

        Label who = new Label();
        who.setId("admission-who");
        who.getStyleClass().add("subtitle");
        who.setWrapText(true);
        who.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Candidate c = model.selectedProperty().get();
            return c == null ? messages.get("admission.pick") : messages.get("admission.who", c.applicant().fullName(),
                    c.applicant().documentKind(), c.applicant().documentNumber(),
                    c.applicant().extraMinutes() > 0 ? messages.get("admission.extra", c.applicant().extraMinutes()) : "");
        }, model.selectedProperty()));

        CheckBox passport = new CheckBox(messages.get("admission.passport"));
        passport.setId("admission-passport");
        passport.selectedProperty().bindBidirectional(model.passportCheckedProperty());
        CheckBox consent = new CheckBox(messages.get("admission.consent"));
        consent.setId("admission-consent");
        consent.setWrapText(true);
        consent.selectedProperty().bindBidirectional(model.consentProperty());
        consent.visibleProperty().bind(model.needsConsentProperty());
        consent.managedProperty().bind(consent.visibleProperty());

        Button admit = new Button(messages.get("admission.admit"));
        admit.setId("admission-admit");
        admit.disableProperty().bind(model.canAdmitProperty().not());
        admit.setOnAction(e -> model.admit());
        Button absent = new Button(messages.get("admission.absent"));
        absent.setId("admission-absent");
        absent.disableProperty().bind(model.canMarkAbsentProperty().not());
        absent.setOnAction(e -> model.markAbsent());

        Label decision = new Label();
        decision.setId("admission-decision");
        decision.setWrapText(true);
        decision.textProperty().bind(model.decisionProperty());
        model.decisionStyleProperty().addListener((o, was, now) -> {
            decision.getStyleClass().removeAll("decision-ok", "decision-ask", "decision-refused");
            if (!now.isEmpty()) {
                decision.getStyleClass().add(now);
            }
        });

        TextField reason = new TextField();
        reason.setId("admission-reissue-reason");
        reason.setPromptText(messages.get("admission.reissue.prompt"));
        reason.textProperty().bindBidirectional(model.reissueReasonProperty());
        Button key = new Button(messages.get("admission.issueKey"));
        key.setId("admission-issue-key");
        key.disableProperty().bind(model.canIssueKeyProperty().not());
        key.setOnAction(e -> model.issueKey());
        Label issued = new Label();
        issued.setId("admission-key");
        issued.getStyleClass().add("key");
        issued.textProperty().bind(model.issuedKeyProperty());
        Button slip = new Button(messages.get("admission.printSlip"));
        slip.setId("admission-print-slip");
        slip.visibleProperty().bind(model.keySlipProperty().isNotEqualTo(java.util.Optional.empty()));
        slip.managedProperty().bind(slip.visibleProperty());
        slip.setOnAction(e -> model.keySlipProperty().get().ifPresent(openSlip));

        javafx.scene.control.PasswordField card = new javafx.scene.control.PasswordField();
        card.setId("admission-card");
        card.setPromptText(messages.get("admission.card.prompt"));
        card.textProperty().bindBidirectional(model.cardIdProperty());
        card.setOnAction(e -> model.registerCard());
        HBox.setHgrow(card, Priority.ALWAYS);
        Button registerCard = new Button(messages.get("admission.card"));
        registerCard.setId("admission-register-card");
        registerCard.disableProperty().bind(model.canRegisterCardProperty().not());
        registerCard.setOnAction(e -> model.registerCard());

        Label status = new Label();
        status.setId("admission-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        VBox desk = new VBox(10, new HBox(8, query, find), found, who, passport, consent, new HBox(8, admit, absent),
                decision, new HBox(8, key, reason), issued, slip, new HBox(8, card, registerCard), status);
        desk.setPrefWidth(700);
        HBox.setHgrow(desk, Priority.ALWAYS);

        getChildren().addAll(desk, observerLog(observers, messages));
    }

    private static VBox observerLog(ObserversViewModel model, Messages messages) {
        Label title = new Label(messages.get("observers.title"));
        title.getStyleClass().add("subtitle");
        ListView<org.examroom.console.client.StaffApi.Observer> list = new ListView<>(model.entries());
        list.setId("observers-list");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(org.examroom.console.client.StaffApi.Observer o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : model.line(o));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        TextField name = new TextField();
        name.setId("observers-name");
        name.textProperty().bindBidirectional(model.fullNameProperty());
        TextField role = new TextField();
        role.setId("observers-role");
        role.setPromptText(messages.get("observers.role.prompt"));
        role.textProperty().bindBidirectional(model.roleProperty());
        TextField organisation = new TextField();
        organisation.setId("observers-organisation");
        organisation.textProperty().bindBidirectional(model.organisationProperty());
        GridPane form = new GridPane(6, 6);
        form.addRow(0, new Label(messages.get("observers.name")), name);
        form.addRow(1, new Label(messages.get("observers.role")), role);
        form.addRow(2, new Label(messages.get("observers.organisation")), organisation);
        Button entered = new Button(messages.get("observers.enter"));
        entered.setId("observers-enter");
        entered.disableProperty().bind(model.canRecordProperty().not());
        entered.setOnAction(e -> model.recordEntry());
        Button left = new Button(messages.get("observers.leave"));
        left.setId("observers-leave");
        left.disableProperty().bind(model.selectedProperty().isNull());
        left.setOnAction(e -> model.recordLeft());
        Label status = new Label();
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        VBox box = new VBox(8, title, list, form, new HBox(8, entered, left), status);
        box.setPrefWidth(420);
        box.getStyleClass().add("panel");
        return box;
    }
}
