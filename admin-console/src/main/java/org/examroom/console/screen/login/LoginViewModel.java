package org.examroom.console.screen.login;

import java.util.Arrays;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.examroom.common.i18n.Messages;
import org.examroom.console.client.StaffLogin;

/** State of the sign-in screen. Needs no running toolkit; results arrive through {@code uiThread}. */
public final class LoginViewModel {

    private final StaffLogin staffLogin;
    private final Executor uiThread;
    private final Messages messages;

    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper signedIn = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.ReadOnlyObjectWrapper<StaffLogin.SignedIn> staff = new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final BooleanBinding canSignIn;

    public LoginViewModel(StaffLogin staffLogin, Executor uiThread, Messages messages) {
        this.staffLogin = staffLogin;
        this.uiThread = uiThread;
        this.messages = messages;
        this.canSignIn = Bindings.createBooleanBinding(
                () -> !busy.get() && !login.get().isBlank() && !password.get().isEmpty(), login, password, busy);
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }

    /** Who signed in, once someone has. */
    public javafx.beans.property.ReadOnlyObjectProperty<StaffLogin.SignedIn> staffProperty() {
        return staff.getReadOnlyProperty();
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }

    /** Sends the credentials; the password field is cleared at once, whatever the answer. */
    public void signIn() {
        if (!canSignIn.get()) {
            status.set(messages.get("login.incomplete"));
            return;
        }
        char[] secret = password.get().toCharArray();
        password.set("");
        busy.set(true);
        status.set(messages.get("login.sending"));
        staffLogin.signIn(login.get().strip(), secret).thenAcceptAsync(outcome -> {
            Arrays.fill(secret, '\0');
            busy.set(false);
            switch (outcome) {
                case StaffLogin.Outcome.Welcome in -> {
                    status.set(messages.get("login.welcome", in.staff().displayName(), String.join(", ",
                            in.staff().roles().stream().map(r -> messages.get("role." + r)).toList())));
                    staff.set(in.staff());
                    signedIn.set(true);
                }
                case StaffLogin.Outcome.Refused refused -> status.set("401".equals(refused.reason())
                        ? messages.get("login.wrong") : messages.get("login.refused", refused.reason()));
            }
        }, uiThread);
    }
}
