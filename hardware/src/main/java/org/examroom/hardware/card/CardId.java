package org.examroom.hardware.card;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A card's id as its reader reports it: digits, Latin letters and separators, upper-cased, so the
 * same card read by a serial reader and by a keyboard-wedge reader gives the same id.
 */
public record CardId(String value) {

    private static final Pattern VALID = Pattern.compile("[0-9A-Z][0-9A-Z:-]{2,63}");

    public CardId {
        value = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "A card id is 3 to 64 digits or Latin letters (with ':' or '-'), not \"" + value + "\"");
        }
    }

    /** Whether the text could be a card id. */
    public static boolean isValid(String text) {
        return text != null && VALID.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
    }

    /** The id of the bytes of a card's UID, as hex pairs (the usual way RFID UIDs are printed). */
    public static CardId ofUid(byte[] uid) {
        StringBuilder hex = new StringBuilder(uid.length * 2);
        for (byte b : uid) {
            hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return new CardId(hex.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
