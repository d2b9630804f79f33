package org.examroom.common.seal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The central office's Ed25519 keys as text files: the signing key stays in the office, the public key goes to every
 * room controller as its trusted key.
 */
public final class SigningKeys {

    static final String PRIVATE_HEADER = "EXAMROOM ED25519 SIGNING KEY";
    static final String PUBLIC_HEADER = "EXAMROOM ED25519 PUBLIC KEY";

    private SigningKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK since 15 has Ed25519", e);
        }
    }

    public static String privateKeyText(PrivateKey key) {
        return PRIVATE_HEADER + "\n" + Base64.getEncoder().encodeToString(key.getEncoded()) + "\n";
    }

    public static String publicKeyText(PublicKey key) {
        return PUBLIC_HEADER + "\n" + Base64.getEncoder().encodeToString(key.getEncoded()) + "\n";
    }

    public static PrivateKey parsePrivate(String text) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(body(text, PRIVATE_HEADER)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an ExamRoom signing key file (expected '" + PRIVATE_HEADER + "')");
        }
    }

    public static PublicKey parsePublic(String text) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(body(text, PUBLIC_HEADER)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an ExamRoom public key file (expected '" + PUBLIC_HEADER + "')");
        }
    }

    /** A short name for a public key: the first 8 bytes of its SHA-256, in hex. */
    public static String keyId(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static byte[] body(String text, String header) {
        String[] lines = text.strip().split("\\R");
        if (lines.length != 2 || !lines[0].strip().equals(header)) {
            throw new IllegalArgumentException(header);
        }
        return Base64.getDecoder().decode(lines[1].strip().getBytes(StandardCharsets.US_ASCII));
    }
}
