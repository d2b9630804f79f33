package org.examroom.common.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * An SSL context that trusts exactly the room's CA (from {@code room-ca.pem}), not the system's CAs:
 * a terminal or console talks to its own controller and nothing else.
 */
public final class RoomTrust {

    private RoomTrust() {
    }

    /** Reads the CA certificate(s) from a PEM file. */
    public static X509Certificate[] readPem(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends java.security.cert.Certificate> certificates =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException(pem + " holds no certificate");
            }
            return certificates.stream().map(X509Certificate.class::cast).toArray(X509Certificate[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the room CA certificate " + pem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(pem + " is not a PEM certificate: " + e.getMessage(), e);
        }
    }

    /** A TLS context trusting only these certificates. */
    public static SSLContext sslContext(X509Certificate... trusted) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < trusted.length; i++) {
                store.setCertificateEntry("room-ca-" + i, trusted[i]);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build a TLS context: " + e.getMessage(), e);
        }
    }

    /** Where a controller on this machine keeps its CA certificate by default. */
    public static final Path LOCAL_ROOM_CA = Path.of(System.getProperty("user.home"), ".examroom", "room", "tls", "room-ca.pem");

    /**
     * The TLS context for a client: the given CA file, else the CA of a controller on this machine,
     * else the system's trust (a controller with a certificate from a public CA).
     */
    public static SSLContext forClient(java.util.Optional<Path> caFile) {
        Path ca = caFile.orElse(LOCAL_ROOM_CA);
        if (Files.exists(ca)) {
            return sslContext(ca);
        }
        if (caFile.isPresent()) {
            throw new IllegalArgumentException("The room CA file " + ca + " does not exist");
        }
        try {
            return SSLContext.getDefault();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A TLS context trusting the CA in the PEM file. */
    public static SSLContext sslContext(Path pem) {
        return sslContext(readPem(pem));
    }

    /** SHA-256 of a certificate in groups of four hex digits, e.g. {@code 3F2A 91C0 …}: what people compare. */
    public static String fingerprint(java.security.cert.X509Certificate certificate) {
        try {
            String hex = java.util.HexFormat.of().withUpperCase().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
            return String.join(" ", hex.split("(?<=\\G.{4})"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fingerprint of the room CA a client on this machine trusts ({@link #forClient}), when it trusts one. */
    public static java.util.Optional<String> clientFingerprint(java.util.Optional<Path> caFile) {
        Path ca = caFile.orElse(LOCAL_ROOM_CA);
        return Files.exists(ca) ? java.util.Optional.of(fingerprint(readPem(ca)[0])) : java.util.Optional.empty();
    }
}
