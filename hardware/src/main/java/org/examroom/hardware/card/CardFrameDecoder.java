package org.examroom.hardware.card;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Splits the byte stream of a serial card reader into card ids. Two framings cover the common
 * readers: text lines ending in CR and/or LF, and 125 kHz (EM4100) modules such as the RDM6300,
 * which send STX, ten hex digits of id, two of checksum, ETX. A frame with a wrong checksum or
 * stray characters is dropped: a misread must not enter someone else's key.
 */
public final class CardFrameDecoder {

    private static final byte STX = 0x02;
    private static final byte ETX = 0x03;
    private static final int MAX_FRAME = 64;
    private static final System.Logger LOG = System.getLogger(CardFrameDecoder.class.getName());

    private final StringBuilder frame = new StringBuilder();
    private boolean framedBySTX;
    private boolean garbled;

    /** Feeds bytes as they arrive; returns the cards whose frames they completed. */
    public List<CardId> feed(byte[] bytes, int length) {
        List<CardId> cards = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b == STX) {
                reset();
                framedBySTX = true;
            } else if (b == ETX || b == '\r' || b == '\n') {
                finish().ifPresent(cards::add);
            } else if (b >= 0x20 && b < 0x7F && frame.length() < MAX_FRAME) {
                frame.append((char) b);
            } else {
                garbled = true;
            }
        }
        return cards;
    }

    private Optional<CardId> finish() {
        String text = frame.toString().strip();
        boolean stx = framedBySTX;
        boolean bad = garbled;
        reset();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (bad || !CardId.isValid(text)) {
            LOG.log(System.Logger.Level.WARNING, "A card frame was garbled and dropped");
            return Optional.empty();
        }
        if (stx && text.length() == 12 && text.chars().allMatch(HexFormat::isHexDigit)) {
            return em4100(text);
        }
        return Optional.of(new CardId(text));
    }

    /** Ten hex digits of id, then the XOR of its five bytes. */
    private static Optional<CardId> em4100(String text) {
        byte[] bytes = HexFormat.of().parseHex(text);
        int xor = 0;
        for (int i = 0; i < 5; i++) {
            xor ^= bytes[i];
        }
        if ((byte) xor != bytes[5]) {
            LOG.log(System.Logger.Level.WARNING, "A card frame failed its checksum and was dropped");
            return Optional.empty();
        }
        return Optional.of(new CardId(text.substring(0, 10)));
    }

    private void reset() {
        frame.setLength(0);
        framedBySTX = false;
        garbled = false;
    }
}
