package org.examroom.common.seal;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The 256-bit AES key that opens a package, written for people: 52 Crockford base32 characters plus a 4-character
 * check, in groups of four ({@code 7K3M-…}). The same text goes into the QR code. The check catches typing mistakes
 * before decryption is tried, so "mistyped" and "wrong key" are told apart.
 */
public final class UnsealKey {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int KEY_BYTES = 32;
    private static final int KEY_CHARS = 52;

    private final byte[] bytes;

    private UnsealKey(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public static UnsealKey generate() {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new UnsealKey(bytes);
    }

    public static UnsealKey of(byte[] bytes) {
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("an unseal key has 32 bytes, not " + bytes.length);
        }
        return new UnsealKey(bytes);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** The key as typed or scanned: spaces, dashes and case are ignored, and O, I, L are read as 0, 1, 1. */
    public static UnsealKey parse(String text) throws SealException {
        String clean = text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (clean.length() != KEY_CHARS + 4) {
            throw new SealException(SealException.Reason.MISTYPED_KEY, "the unseal key has " + (KEY_CHARS + 4)
                    + " characters, this one has " + clean.length() + "; check it against the sheet");
        }
        for (char c : clean.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                throw new SealException(SealException.Reason.MISTYPED_KEY, "'" + c
                        + "' cannot appear in an unseal key; check it against the sheet");
            }
        }
        byte[] bytes = decode(clean.substring(0, KEY_CHARS));
        if (!check(bytes).equals(clean.substring(KEY_CHARS))) {
            throw new SealException(SealException.Reason.MISTYPED_KEY,
                    "the unseal key is mistyped (its check characters do not match); check it against the sheet");
        }
        return new UnsealKey(bytes);
    }

    /** The key in groups of four characters, the last group being the check. */
    public String toText() {
        String all = encode(bytes) + check(bytes);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < all.length(); i += 4) {
            if (i > 0) {
                grouped.append('-');
            }
            grouped.append(all, i, Math.min(all.length(), i + 4));
        }
        return grouped.toString();
    }

    private static String check(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        long value = crc.getValue();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            out.append(ALPHABET.charAt((int) (value >>> (5 * i)) & 31));
        }
        return out.toString();
    }

    private static String encode(byte[] data) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >>> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    private static byte[] decode(String text) {
        byte[] out = new byte[KEY_BYTES];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | ALPHABET.indexOf(c);
            bits += 5;
            if (bits >= 8 && n < KEY_BYTES) {
                out[n++] = (byte) (buffer >>> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnsealKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "UnsealKey[hidden]";
    }
}
