package org.examroom.hardware.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.context.Context;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.examroom.hardware.gpio.GpioPlatform;
import org.examroom.hardware.gpio.MockGpio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A serial reader on Pi4J's mock serial port, which loops back what is written to it. */
class SerialCardReaderTest {

    private final BlockingQueue<CardId> read = new LinkedBlockingQueue<>();
    private final AtomicLong nanos = new AtomicLong();
    private Context pi4j;
    private Pi4jSerialLine line;
    private SerialCardReader reader;

    @BeforeEach
    void readerOnMockPort() {
        pi4j = MockGpio.newContext();
        line = new Pi4jSerialLine(pi4j, GpioPlatform.MOCK, "/dev/ttyUSB0", 9600);
        reader = new SerialCardReader(line, nanos::get);
        reader.onCard(read::add);
    }

    @AfterEach
    void shutDown() {
        reader.close();
        pi4j.shutdown();
    }

    @Test
    void aCardLyingOnTheReaderIsOneTap() throws InterruptedException {
        send("\u00020A00B1C2D3AA\u0003");
        assertThat(read.poll(2, TimeUnit.SECONDS)).isEqualTo(new CardId("0A00B1C2D3"));

        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(300));
        send("\u00020A00B1C2D3AA\u0003");
        assertThat(read.poll(300, TimeUnit.MILLISECONDS)).as("the same card, still on the reader").isNull();

        nanos.addAndGet(TimeUnit.SECONDS.toNanos(5));
        send("\u00020A00B1C2D3AA\u0003");
        assertThat(read.poll(2, TimeUnit.SECONDS)).as("taken away and tapped again").isEqualTo(new CardId("0A00B1C2D3"));
    }

    @Test
    void anotherCardIsANewTapAtOnce() throws InterruptedException {
        send("0012345678\r\n");
        send("0087654321\r\n");
        assertThat(read.poll(2, TimeUnit.SECONDS)).isEqualTo(new CardId("0012345678"));
        assertThat(read.poll(2, TimeUnit.SECONDS)).isEqualTo(new CardId("0087654321"));
    }

    private void send(String text) {
        line.serial().write(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
