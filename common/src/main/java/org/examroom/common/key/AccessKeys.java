package org.examroom.common.key;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Access keys in Crockford's Base32: 13 random symbols (65 bits) and one check symbol, printed in
 * groups as {@code 7F3K-2QMX-9ZRD-4W} (the last group ends with the check symbol). The alphabet has no
 * I, L, O or U, and reading is forgiving — lower case, spaces and hyphens are ignored, I and L read as 1,
 * O as 0 — so a key read aloud or typed from a slip goes in; the check symbol (mod 37) catches a wrong
 * or swapped symbol before the key is even sent.
 */
public final class AccessKeys {

    /** Symbols of the key body. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** Symbols of the check character: the alphabet plus five more, for the values 32–36. */
    public static final String CHECK_ALPHABET = ALPHABET + "*~$=U";
    /** Random symbols in a key: 13 × 5 = 65 bits. */
    public static final int BODY = 13;

    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessKeys() {
    }

    /** A new random key in its printed form. */
    public static String generate() {
        return generate(RANDOM);
    }

    static String generate(RandomGenerator random) {
        char[] body = new char[BODY];
        for (int i = 0; i < BODY; i++) {
            body[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        String raw = new String(body);
        return format(raw + check(raw));
    }

    /**
     * The key as typed, in canonical form (14 symbols, no separators), when it is a well-formed key with
     * the right check symbol; empty otherwise.
     */
    public static Optional<String> canonical(String typed) {
        String raw = normalise(typed);
        if (raw.length() != BODY + 1) {
            return Optional.empty();
        }
        String body = raw.substring(0, BODY);
        for (char c : body.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        return raw.charAt(BODY) == check(body) ? Optional.of(raw) : Optional.empty();
    }

    /** What is wrong with a typed key, for the screen, as it is typed. */
    public enum Status {
        /** Fewer symbols than a key has: keep typing. */
        INCOMPLETE,
        /** A symbol that no key contains. */
        BAD_SYMBOL,
        /** Complete, but the check symbol does not match: a symbol was mistyped. */
        WRONG_CHECK,
        /** More symbols than a key has. */
        TOO_LONG,
        /** Well-formed: can be sent. */
        WELL_FORMED
    }

    /** The status of what has been typed so far. */
    public static Status status(String typed) {
        String raw = normalise(typed);
        for (int i = 0; i < Math.min(raw.length(), BODY); i++) {
            if (ALPHABET.indexOf(raw.charAt(i)) < 0) {
                return Status.BAD_SYMBOL;
            }
        }
        if (raw.length() < BODY + 1) {
            return Status.INCOMPLETE;
        }
        if (raw.length() > BODY + 1) {
            return Status.TOO_LONG;
        }
        if (CHECK_ALPHABET.indexOf(raw.charAt(BODY)) < 0) {
            return Status.BAD_SYMBOL;
        }
        return canonical(raw).isPresent() ? Status.WELL_FORMED : Status.WRONG_CHECK;
    }

    /** The printed form of a canonical key: groups of four, e.g. {@code 7F3K-2QMX-9ZRD-4W}. */
    public static String format(String canonical) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < canonical.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(canonical.charAt(i));
        }
        return out.toString();
    }

    /** Upper case, separators dropped, and the look-alikes read as Crockford reads them. */
    static String normalise(String typed) {
        StringBuilder out = new StringBuilder(typed.length());
        for (char c : typed.toCharArray()) {
            char u = Character.toUpperCase(c);
            switch (u) {
                case ' ', '-', '\t', '\u00A0' -> {
                    // separators are for reading only
                }
                case 'I', 'L' -> out.append('1');
                case 'O' -> out.append('0');
                default -> out.append(u);
            }
        }
        return out.toString();
    }

    /** Crockford's check symbol: the body's value mod 37. */
    static char check(String body) {
        int mod = 0;
        for (char c : body.toCharArray()) {
            mod = (mod * 32 + ALPHABET.indexOf(c)) % 37;
        }
        return CHECK_ALPHABET.charAt(mod);
    }
}
