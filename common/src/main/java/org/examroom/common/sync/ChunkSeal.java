package org.examroom.common.sync;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Signs and checks a sync chunk's body, exactly as sent: Ed25519 over its UTF-8 bytes. Keys travel as
 * Base64 of their standard encodings (X.509 for the public key a room registers at the office).
 */
public final class ChunkSeal {

    /** The hash a chain of chunks starts from. */
    public static final String GENESIS = "0".repeat(64);

    private static final String ALGORITHM = "Ed25519";

    private ChunkSeal() {
    }

    /** A new key pair for a room. */
    public static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    /** The Base64 signature of {@code body}. */
    public static String sign(PrivateKey key, String body) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(body.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot sign with this key: " + e.getMessage(), e);
        }
    }

    /** Whether {@code signature} (Base64) is the key's signature of {@code body}; false for anything malformed. */
    public static boolean verify(PublicKey key, String body, String signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(body.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** SHA-256 of the body, in hex: what the next chunk names as its predecessor. */
    public static String hash(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The public key as Base64 X.509, the form a room registers at the office. */
    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** The private key as Base64 PKCS#8, the form a room keeps in its data folder. */
    public static String encode(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** A public key from its Base64 X.509 form; empty if it is not an Ed25519 key. */
    public static Optional<PublicKey> publicKey(String base64) {
        try {
            return Optional.of(KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip()))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A private key from its Base64 PKCS#8 form. */
    public static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an Ed25519 private key: " + e.getMessage(), e);
        }
    }
}
