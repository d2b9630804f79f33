package org.examroom.console.screen.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.examroom.console.ConsoleApp;
import org.examroom.console.client.StaffLogin;
import org.junit.jupiter.api.Test;

class LoginViewModelTest {

    private final List<String> seen = new ArrayList<>();
    private StaffLogin.Outcome answer = new StaffLogin.Outcome.Welcome(new StaffLogin.SignedIn("Иванова А. П.", java.util.List.of("SUPERVISOR")));

    private final LoginViewModel model = new LoginViewModel((login, password) -> {
        seen.add(login + "/" + new String(password));
        return CompletableFuture.completedFuture(answer);
    }, Runnable::run, ConsoleApp.messages(Locale.of("ru")));

    @Test
    void needsBothLoginAndPassword() {
        assertThat(model.canSignInProperty().get()).isFalse();
        model.loginProperty().set("ivanova");
        assertThat(model.canSignInProperty().get()).isFalse();
        model.passwordProperty().set("s3cret");
        assertThat(model.canSignInProperty().get()).isTrue();
        model.loginProperty().set("   ");
        assertThat(model.canSignInProperty().get()).isFalse();
    }

    @Test
    void signingInClearsThePasswordAndGreets() {
        model.loginProperty().set(" ivanova ");
        model.passwordProperty().set("s3cret");
        model.signIn();
        assertThat(seen).containsExactly("ivanova/s3cret");
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.signedInProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Вы вошли: Иванова А. П. (ответственный по аудитории)");
    }

    @Test
    void aRefusalClearsThePasswordToo() {
        answer = new StaffLogin.Outcome.Refused("HTTP 401");
        model.loginProperty().set("ivanova");
        model.passwordProperty().set("wrong");
        model.signIn();
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.signedInProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Вход не выполнен: HTTP 401");
    }
}
