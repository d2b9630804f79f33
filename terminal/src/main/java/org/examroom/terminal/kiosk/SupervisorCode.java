package org.examroom.terminal.kiosk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The code that lets a supervisor take the terminal out of kiosk mode, configured only as its SHA-256 (hex) so the
 * terminal's files do not give it away. With no code configured the kiosk cannot be left from the keyboard.
 */
public record SupervisorCode(String sha256Hex) {

    public SupervisorCode {
        sha256Hex = sha256Hex.strip().toLowerCase(Locale.ROOT);
    }

    public static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean matches(String typed) {
        return !sha256Hex.isEmpty() && MessageDigest.isEqual(hash(typed).getBytes(StandardCharsets.US_ASCII),
                sha256Hex.getBytes(StandardCharsets.US_ASCII));
    }
}
