package org.examroom.common.key;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the QR code on an applicant's printed key slip says: {@code EXAMROOM-KEY:} and the access
 * key. The prefix keeps other QR codes held up to the camera (a phone, a pass) out of the key field.
 */
public final class KeySlip {

    /** The text before the key in a slip's QR code. */
    public static final String PREFIX = "EXAMROOM-KEY:";

    /** Crockford base 32 with its check symbols ({@code *~$=U}, see {@link AccessKeys}) and group dashes. */
    private static final Pattern KEY = Pattern.compile("[0-9A-Z][0-9A-Z*~$=-]{3,63}");

    private KeySlip() {
    }

    /** The QR text for a slip carrying the key. */
    public static String payload(String key) {
        String normalised = key.strip().toUpperCase(Locale.ROOT);
        if (!KEY.matcher(normalised).matches()) {
            throw new IllegalArgumentException("An access key is 4 to 64 Latin letters, digits, check symbols or '-': " + key);
        }
        return PREFIX + normalised;
    }

    /** The key on a slip, if the QR text is a slip's. */
    public static Optional<String> keyIn(String qrText) {
        if (qrText == null || !qrText.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String key = qrText.substring(PREFIX.length()).strip().toUpperCase(Locale.ROOT);
        return KEY.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }
}
