package org.examroom.terminal.screen.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.examroom.common.key.AccessKeys;
import org.examroom.terminal.TerminalApp;
import org.examroom.terminal.device.KeyEntry;
import org.junit.jupiter.api.Test;

class KeyEntryViewModelTest {

    private final List<String> sent = new ArrayList<>();
    private final List<String> cards = new ArrayList<>();
    private final KeyEntryViewModel model = new KeyEntryViewModel(TerminalApp.messages(Locale.ENGLISH), sent::add, cards::add);
    private final String key = AccessKeys.generate();

    @Test
    void theHintFollowsTheTypingAndOnlyAWellFormedKeyIsSent() {
        model.keyProperty().set(key.substring(0, 6));
        assertThat(model.hintProperty().get()).isEqualTo("Keep typing");
        model.submit();
        assertThat(sent).isEmpty();

        char last = key.charAt(key.length() - 2);
        char other = last == '7' ? '8' : '7';
        model.keyProperty().set(key.substring(0, key.length() - 2) + other + key.charAt(key.length() - 1));
        assertThat(model.hintProperty().get()).as("a mistyped symbol is caught by the check symbol").contains("typing mistake");
        assertThat(model.wellFormedProperty().get()).isFalse();

        model.keyProperty().set(key.toLowerCase(Locale.ROOT).replace("-", " "));
        assertThat(model.wellFormedProperty().get()).isTrue();
        model.submit();
        assertThat(sent).containsExactly(key);
        assertThat(model.busyProperty().get()).isTrue();
        model.submit();
        assertThat(sent).as("not twice while the controller answers").hasSize(1);
        model.refused("The key was not accepted: replaced");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.hintProperty().get()).contains("replaced");
    }

    @Test
    void aSlipsQrCodeIsSentAtOnceAndACardGoesToTheControllerWithoutShowingItsId() {
        model.enter(new KeyEntry.FromSlip(key));
        assertThat(sent).containsExactly(key);
        model.enter(new KeyEntry.FromCard(new org.examroom.hardware.card.CardId("04A1B2C3")));
        assertThat(cards).as("not while the controller answers for the slip").isEmpty();
        model.refused("");
        model.keyProperty().set("");

        model.enter(new KeyEntry.FromCard(new org.examroom.hardware.card.CardId("04a1b2c3")));
        assertThat(cards).containsExactly("04A1B2C3");
        assertThat(sent).hasSize(1);
        assertThat(model.busyProperty().get()).isTrue();
        assertThat(model.hintProperty().get()).isEqualTo("Checking the card…");
        assertThat(model.keyProperty().get()).as("the card id is not typed into the key field").isEmpty();
    }

    @Test
    void aSymbolNoKeyHasIsNamed() {
        model.keyProperty().set("7F3K-2QMU");
        assertThat(model.hintProperty().get()).contains("No key contains this symbol");
    }
}
