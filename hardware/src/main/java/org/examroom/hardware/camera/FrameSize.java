package org.examroom.hardware.camera;

/** A frame's width and height in pixels. */
public record FrameSize(int width, int height) {

    /** VGA: what the face checks and the QR scanner need, and what a Pi camera delivers cheaply. */
    public static final FrameSize VGA = new FrameSize(640, 480);

    public FrameSize {
        if (width < 16 || height < 16 || width > 8192 || height > 8192) {
            throw new IllegalArgumentException("A frame of " + width + "×" + height + " pixels is not a camera frame");
        }
    }

    /** Parses {@code 640x480}. */
    public static FrameSize parse(String text) {
        String[] parts = text.strip().toLowerCase(java.util.Locale.ROOT).split("[x×]");
        if (parts.length != 2) {
            throw new IllegalArgumentException("A frame size is WIDTHxHEIGHT, e.g. 640x480, not " + text);
        }
        return new FrameSize(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
