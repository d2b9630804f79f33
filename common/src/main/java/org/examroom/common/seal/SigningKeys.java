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

    /** The signing key file: the private key, then its public key (so the signer's identity goes with it). */
    public static String signingKeyText(KeyPair keys) {
        return PRIVATE_HEADER + "\n" + Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()) + "\n"
                + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n";
    }

    public static String publicKeyText(PublicKey key) {
        return PUBLIC_HEADER + "\n" + Base64.getEncoder().encodeToString(key.getEncoded()) + "\n";
    }

    public static KeyPair parseSigningKey(String text) {
        try {
            String[] lines = text.strip().split("\\R");
            if (lines.length != 3 || !lines[0].strip().equals(PRIVATE_HEADER)) {
                throw new IllegalArgumentException(PRIVATE_HEADER);
            }
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(lines[1].strip())));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(lines[2].strip())));
            return new KeyPair(publicKey, privateKey);
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
