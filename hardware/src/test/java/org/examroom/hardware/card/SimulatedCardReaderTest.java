package org.examroom.hardware.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SimulatedCardReaderTest {

    private final BlockingQueue<CardId> read = new LinkedBlockingQueue<>();

    @Test
    void aPresentedCardReachesTheListenerOnTheReadersThread() throws InterruptedException {
        try (SimulatedCardReader reader = new SimulatedCardReader()) {
            reader.onCard(card -> {
                assertThat(Thread.currentThread().getName()).isEqualTo("simulated-card-reader");
                read.add(card);
            });
            reader.present(new CardId("04A1B2C3"));
            assertThat(read.poll(2, TimeUnit.SECONDS)).isEqualTo(new CardId("04A1B2C3"));
        }
    }

    @Test
    void cardsWaitUntilSomeoneListens() throws InterruptedException {
        try (SimulatedCardReader reader = new SimulatedCardReader()) {
            reader.present(new CardId("0012345678"));
            Thread.sleep(100);
            reader.onCard(read::add);
            assertThat(read.poll(2, TimeUnit.SECONDS)).isEqualTo(new CardId("0012345678"));
        }
    }

    @Test
    void linesOfInputAreCardsAndJunkIsSkipped() throws InterruptedException {
        var input = new ByteArrayInputStream("0012345678\n\nnot a card\n04a1b2c3\n".getBytes(StandardCharsets.UTF_8));
        try (SimulatedCardReader reader = SimulatedCardReader.fedBy(input)) {
            reader.onCard(read::add);
            assertThat(read.poll(2, TimeUnit.SECONDS)).isEqualTo(new CardId("0012345678"));
            assertThat(read.poll(2, TimeUnit.SECONDS)).isEqualTo(new CardId("04A1B2C3"));
            assertThat(read.poll(200, TimeUnit.MILLISECONDS)).isNull();
        }
    }
}
