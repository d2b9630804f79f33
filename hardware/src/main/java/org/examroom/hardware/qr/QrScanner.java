package org.examroom.hardware.qr;

import java.util.Optional;
import org.examroom.hardware.camera.Frame;

/** Finds a QR code in a camera frame and reads its text. */
public interface QrScanner {

    /** The text of the QR code in the frame, if one is there and readable. */
    Optional<String> decode(Frame frame);
}
