package org.examroom.face.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.examroom.face.vision.OpenCvNatives;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

class LatestFrameTest {

    private static final Instant T0 = Instant.parse("2026-07-15T07:00:00Z");

    @BeforeAll
    static void loadNatives() {
        OpenCvNatives.load();
    }

    @Test
    void theNewestFrameIsTakenOnceAndOlderOnesAreDropped() {
        LatestFrame latest = new LatestFrame();
        Mat first = new Mat(4, 4, CvType.CV_8UC3, new Scalar(1, 1, 1));
        Mat second = new Mat(4, 4, CvType.CV_8UC3, new Scalar(2, 2, 2));
        latest.offer(first, T0);
        latest.offer(second, T0.plusMillis(66));

        CapturedFrame taken = latest.takeLatest().orElseThrow();
        assertThat(taken.capturedAt()).isEqualTo(T0.plusMillis(66));
        assertThat(taken.bgr().get(0, 0)).containsExactly(2, 2, 2);
        assertThat(latest.takeLatest()).isEmpty();
        taken.bgr().release();
    }

    @Test
    void theCameraKeepsItsOwnFrame() {
        LatestFrame latest = new LatestFrame();
        Mat frame = new Mat(4, 4, CvType.CV_8UC3, new Scalar(7, 7, 7));
        latest.offer(frame, T0);
        frame.setTo(new Scalar(9, 9, 9)); // the camera reuses its buffer for the next frame

        CapturedFrame taken = latest.takeLatest().orElseThrow();
        assertThat(taken.bgr().get(0, 0)).containsExactly(7, 7, 7);
        taken.bgr().release();
        assertThat(frame.empty()).isFalse();
    }
}
