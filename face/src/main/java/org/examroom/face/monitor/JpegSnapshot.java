package org.examroom.face.monitor;

import java.util.Arrays;

/**
 * A JPEG of the frame that started an event. It shows the applicant: personal data, kept and sent
 * only as the exam's evidence and deleted with it (docs/face-checks.md).
 */
public final class JpegSnapshot {

    private final byte[] bytes;

    private JpegSnapshot(byte[] bytes) {
        this.bytes = bytes;
    }

    public static JpegSnapshot of(byte[] jpeg) {
        return new JpegSnapshot(jpeg.clone());
    }

    /** No picture (e.g. the camera sent no frames). */
    public static JpegSnapshot none() {
        return new JpegSnapshot(new byte[0]);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JpegSnapshot s && Arrays.equals(bytes, s.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "JpegSnapshot[" + bytes.length + " bytes]";
    }
}
