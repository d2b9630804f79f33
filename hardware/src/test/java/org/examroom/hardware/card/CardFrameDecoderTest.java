package org.examroom.hardware.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardFrameDecoderTest {

    private final CardFrameDecoder decoder = new CardFrameDecoder();

    @Test
    void linesEndingInCarriageReturnAndLineFeedAreCards() {
        assertThat(feed("0012345678\r\n0087654321\r\n"))
                .containsExactly(new CardId("0012345678"), new CardId("0087654321"));
    }

    @Test
    void aFrameSplitAcrossReadsIsJoined() {
        assertThat(feed("00123")).isEmpty();
        assertThat(feed("45678\r")).containsExactly(new CardId("0012345678"));
    }

    @Test
    void anEm4100FrameLosesItsChecksum() {
        // id 0A 00 B1 C2 D3, XOR = 0x0A ^ 0x00 ^ 0xB1 ^ 0xC2 ^ 0xD3 = 0xAA
        assertThat(feed("\u00020A00B1C2D3AA\u0003")).containsExactly(new CardId("0A00B1C2D3"));
    }

    @Test
    void anEm4100FrameWithAWrongChecksumIsDropped() {
        assertThat(feed("\u00020A00B1C2D3AB\u0003")).isEmpty();
        assertThat(feed("\u00020A00B1C2D3AA\u0003")).hasSize(1);
    }

    @Test
    void noiseInsideAFrameDropsTheFrame() {
        byte[] noisy = {'1', '2', (byte) 0xFF, '3', '4', '\r'};
        assertThat(decoder.feed(noisy, noisy.length)).isEmpty();
        assertThat(feed("1234\r")).containsExactly(new CardId("1234"));
    }

    private List<CardId> feed(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return new ArrayList<>(decoder.feed(bytes, bytes.length));
    }
}
