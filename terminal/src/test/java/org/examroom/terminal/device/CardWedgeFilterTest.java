package org.examroom.terminal.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.examroom.hardware.card.CardId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The filter on a real (headless) scene in front of a text field. Keys are dispatched through the
 * scene as the toolkit dispatches a keyboard's, each as pressed, typed, released; the test sets the
 * clock the filter reads, so a reader's burst and a person's typing are told apart by their timing alone.
 */
@ExtendWith(ApplicationExtension.class)
class CardWedgeFilterTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final List<CardId> cards = new CopyOnWriteArrayList<>();
    private final AtomicInteger enterActions = new AtomicInteger();
    private TextField field;

    @Start
    void start(Stage stage) {
        field = new TextField();
        field.setId("answer");
        field.setOnAction(e -> enterActions.incrementAndGet());
        Scene scene = new Scene(new VBox(field), 400, 200);
        scene.addEventFilter(KeyEvent.ANY, new CardWedgeFilter(cards::add, Duration.ofMillis(35), nanos::get));
        stage.setScene(scene);
        stage.show();
        field.requestFocus();
    }

    @Test
    void aReadersBurstIsACardAndNeverReachesTheScreen() {
        keys(3, "04A1B2C3", true);
        assertThat(cards).containsExactly(new CardId("04A1B2C3"));
        assertThat(field.getText()).isEmpty();
        assertThat(enterActions).as("the reader's Enter submits nothing").hasValue(0);
    }

    @Test
    void aPersonsTypingReachesTheFieldIncludingEnter() {
        keys(180, "12ab", true);
        assertThat(cards).isEmpty();
        assertThat(field.getText()).isEqualTo("12ab");
        assertThat(enterActions).hasValue(1);
    }

    @Test
    void aFastButShortBurstIsAPersonToo() {
        keys(5, "ok", true);
        assertThat(cards).isEmpty();
        assertThat(field.getText()).isEqualTo("ok");
        assertThat(enterActions).hasValue(1);
    }

    @Test
    void fastKeysWithoutEnterAreHandedOnWhenTheyStop() {
        keys(5, "abcdef", false);
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS); // the filter's quiet timer runs out
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cards).isEmpty();
        assertThat(field.getText()).isEqualTo("abcdef");
    }

    @Test
    void typingThenACardKeepsBoth() {
        keys(200, "Ivan", false);
        keys(2, "0012345678", true);
        assertThat(field.getText()).isEqualTo("Ivan");
        assertThat(cards).containsExactly(new CardId("0012345678"));
    }

    @Test
    void aCyrillicLayoutStillGivesTheCardsLatinId() {
        // With a Russian layout the reader's A, B, C type Ф, И, С; the keys themselves are A, B, C.
        Platform.runLater(() -> {
            String[] typed = {"0", "4", "ф", "1", "и", "2", "с", "3"};
            KeyCode[] codes = {KeyCode.DIGIT0, KeyCode.DIGIT4, KeyCode.A, KeyCode.DIGIT1, KeyCode.B, KeyCode.DIGIT2,
                KeyCode.C, KeyCode.DIGIT3};
            for (int i = 0; i < codes.length; i++) {
                nanos.addAndGet(3_000_000);
                stroke(codes[i], typed[i]);
            }
            stroke(KeyCode.ENTER, "\r");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cards).containsExactly(new CardId("04A1B2C3"));
        assertThat(field.getText()).isEmpty();
    }

    @Test
    void aReaderWhoseEnterIsNeverReleasedDoesNotEatTheNextEnter() {
        Platform.runLater(() -> {
            for (char c : "0012345678".toCharArray()) {
                nanos.addAndGet(3_000_000);
                stroke(code(c), String.valueOf(c));
            }
            nanos.addAndGet(3_000_000);
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", KeyCode.ENTER,
                    false, false, false, false));
        });
        keys(250, "x", true);
        assertThat(cards).containsExactly(new CardId("0012345678"));
        assertThat(field.getText()).isEqualTo("x");
        assertThat(enterActions).hasValue(1);
    }

    /**
     * Types the text (and Enter) with the given milliseconds between keys on the filter's clock, all
     * in one turn of the toolkit's thread, so the filter's real-time quiet timer cannot cut in.
     */
    private void keys(long gapMillis, String text, boolean enter) {
        Platform.runLater(() -> {
            for (char c : text.toCharArray()) {
                nanos.addAndGet(gapMillis * 1_000_000);
                stroke(code(c), String.valueOf(c));
            }
            if (enter) {
                nanos.addAndGet(gapMillis * 1_000_000);
                stroke(KeyCode.ENTER, "\r");
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void stroke(KeyCode code, String character) {
        Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", code, false, false, false, false));
        Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false));
        Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", code, false, false, false, false));
    }

    private static KeyCode code(char c) {
        return Character.isDigit(c) ? KeyCode.getKeyCode(String.valueOf(c)) : KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
    }
}
