package org.examroom.console.screen.login;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.examroom.common.i18n.Messages;

/** The sign-in screen. */
public final class LoginView extends VBox {

    public LoginView(LoginViewModel model, Messages messages) {
        super(16);
        setAlignment(Pos.CENTER);
        setPadding(new Insets(32));

        Label title = new Label(messages.get("login.title"));
        title.setId("login-title");
        title.getStyleClass().add("title");

        TextField login = new TextField();
        login.setId("login-name");
        login.textProperty().bindBidirectional(model.loginProperty());

        PasswordField password = new PasswordField();
        password.setId("login-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.setOnAction(e -> model.signIn());

        GridPane form = new GridPane(12, 12);
        form.setAlignment(Pos.CENTER);
        form.addRow(0, new Label(messages.get("login.name")), login);
        form.addRow(1, new Label(messages.get("login.password")), password);

        Button signIn = new Button(messages.get("login.submit"));
        signIn.setId("login-submit");
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(model.canSignInProperty().not());
        signIn.setOnAction(e -> model.signIn());

        Label status = new Label();
        status.setId("login-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        getChildren().addAll(title, form, signIn, status);
    }
}
