package org.examroom.terminal.screen.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.examroom.terminal.TerminalApp;
import org.examroom.terminal.client.PairingService;
import org.junit.jupiter.api.Test;

/** The view model alone: no toolkit, results delivered on the calling thread. */
class PairingViewModelTest {

    private final List<String> sent = new ArrayList<>();
    private PairingService.Outcome answer = new PairingService.Outcome.Paired("A-12");

    private final PairingViewModel model = new PairingViewModel("T-7F3K2Q",
            (terminal, code) -> {
                sent.add(terminal + ":" + code);
                return CompletableFuture.completedFuture(answer);
            },
            Runnable::run, TerminalApp.messages(Locale.of("ru")));

    @Test
    void onlySixDigitsCanBeSent() {
        for (String bad : List.of("", "12345", "1234567", "12a456", "１２３４５６")) {
            model.codeProperty().set(bad);
            assertThat(model.canSubmitProperty().get()).as(bad).isFalse();
        }
        model.codeProperty().set(" 123456 ");
        assertThat(model.canSubmitProperty().get()).isTrue();
    }

    @Test
    void anIncompleteCodeIsNotSentAndTheApplicantIsTold() {
        model.codeProperty().set("123");
        model.submit();
        assertThat(sent).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Код привязки — шесть цифр");
    }

    @Test
    void anAcceptedCodeShowsTheSeat() {
        model.codeProperty().set("654321");
        model.submit();
        assertThat(sent).containsExactly("T-7F3K2Q:654321");
        assertThat(model.seatProperty().get()).isEqualTo("A-12");
        assertThat(model.statusProperty().get()).isEqualTo("Терминал подключён: место A-12");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aRefusalSaysWhy() {
        answer = new PairingService.Outcome.Refused("HTTP 403");
        model.codeProperty().set("654321");
        model.submit();
        assertThat(model.seatProperty().get()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Код не принят: HTTP 403");
    }
}
