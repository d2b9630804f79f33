package org.examroom.hardware.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.examroom.common.key.KeySlip;
import org.examroom.hardware.camera.Frame;
import org.examroom.hardware.camera.FrameSize;
import org.examroom.hardware.camera.OpenCvNatives;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/** A key slip encoded, photographed tilted and noisy into a 640×480 frame, and read back. */
class QrRoundTripTest {

    private final QrScanner scanner = new ZxingQrScanner();

    @BeforeAll
    static void natives() {
        OpenCvNatives.load();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void aTiltedNoisySlipGivesBackItsKey(long seed) {
        String key = "K7QX-" + (4821 + seed) + "-MZ";
        try (Frame frame = new Frame(SlipPhotos.photograph(KeySlip.payload(key), FrameSize.VGA, seed), Instant.EPOCH)) {
            assertThat(frame.size()).isEqualTo(FrameSize.VGA);
            assertThat(scanner.decode(frame).flatMap(KeySlip::keyIn)).contains(key);
        }
    }

    @Test
    void theSlipIsReallyDistorted() {
        // a straight, clean render would be white at the frame's corner; the photo has background there
        Mat photo = SlipPhotos.photograph(KeySlip.payload("ABCD-1234"), FrameSize.VGA, 3);
        assertThat(photo.get(0, 0)[0]).isLessThan(200);
        assertThat(photo.get(5, 5)).isNotEqualTo(photo.get(6, 6));
        photo.release();
    }

    @Test
    void aFrameWithoutACodeReadsNothing() {
        try (Frame frame = new Frame(new Mat(480, 640, CvType.CV_8UC3, new Scalar(120, 130, 140)), Instant.EPOCH)) {
            assertThat(scanner.decode(frame)).isEmpty();
        }
    }

    @Test
    void aForeignQrCodeIsNotAKey() {
        Mat code = QrCodes.render("https://example.org/menu", 300);
        try (Frame frame = new Frame(code, Instant.EPOCH)) {
            Optional<String> text = scanner.decode(frame);
            assertThat(text).contains("https://example.org/menu");
            assertThat(text.flatMap(KeySlip::keyIn)).isEmpty();
        }
    }

    @Test
    void slipPayloadsAreNormalised() {
        assertThat(KeySlip.payload(" abcd-1234 ")).isEqualTo("EXAMROOM-KEY:ABCD-1234");
        assertThat(KeySlip.keyIn("EXAMROOM-KEY:abcd-1234")).contains("ABCD-1234");
        assertThat(KeySlip.keyIn("EXAMROOM-KEY:ab")).isEmpty();
    }
}
