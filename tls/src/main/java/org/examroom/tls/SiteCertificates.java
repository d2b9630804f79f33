package org.examroom.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A site's own certificate authority and its server certificate, kept in {@code <data>/tls}:
 * {@code <kind>.p12} (both keys, protected by the random password in {@code <kind>.p12.password}, readable by the
 * owner only) and {@code <kind>-ca.pem} (the CA certificate, public, for clients and curl). Made once at first
 * start; the CA's SHA-256 fingerprint is what a person compares between the machines that trust it. A room
 * controller has one (terminals and consoles trust it), and so has the central office (rooms trust it to sync).
 */
public final class SiteCertificates {

    /** Whose certificates these are: the file names and the CA's name follow. */
    public enum Kind {
        ROOM("room", "ExamRoom room CA"),
        OFFICE("office", "ExamRoom central office CA");

        private final String prefix;
        private final String caName;

        Kind(String prefix, String caName) {
            this.prefix = prefix;
            this.caName = caName;
        }

        String store() {
            return prefix + ".p12";
        }

        String password() {
            return prefix + ".p12.password";
        }

        /** The CA certificate's file name in the tls folder, e.g. {@code room-ca.pem}. */
        public String caPem() {
            return prefix + "-ca.pem";
        }
    }

    private static final System.Logger LOG = System.getLogger(SiteCertificates.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final X509Certificate ca;
    private final X509Certificate server;
    private final PrivateKey serverKey;

    private SiteCertificates(X509Certificate ca, X509Certificate server, PrivateKey serverKey) {
        this.ca = ca;
        this.server = server;
        this.serverKey = serverKey;
    }

    /** Loads the site's certificates from {@code dir}, or makes them there on the first start. */
    public static SiteCertificates loadOrCreate(Path dir, Clock clock, Kind kind) {
        try {
            if (Files.exists(dir.resolve(kind.store()))) {
                return load(dir, kind);
            }
            return create(dir, clock, kind);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the certificates in " + dir, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("The certificates in " + dir + " cannot be used: " + e.getMessage()
                    + ". Move the folder away to make new ones (" + (kind == Kind.ROOM
                    ? "terminals must then pair again" : "every room must then be given the new office CA") + ").", e);
        }
    }

    private static SiteCertificates load(Path dir, Kind kind) throws IOException, GeneralSecurityException {
        char[] password = Files.readString(dir.resolve(kind.password()), StandardCharsets.US_ASCII).strip().toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(dir.resolve(kind.store()))) {
            store.load(in, password);
        }
        var chain = store.getCertificateChain("server");
        if (chain == null || chain.length < 2) {
            throw new GeneralSecurityException(kind.store() + " has no server certificate chain");
        }
        return new SiteCertificates((X509Certificate) chain[1], (X509Certificate) chain[0],
                (PrivateKey) store.getKey("server", password));
    }

    private static SiteCertificates create(Path dir, Clock clock, Kind kind) throws IOException, GeneralSecurityException, OperatorCreationException {
        Files.createDirectories(dir);
        Instant now = clock.instant();
        String host = hostName();

        KeyPair caKeys = ecKeys();
        X500Name caName = new X500Name("CN=" + kind.caName + " " + host + " " + now.getEpochSecond() + ", O=ExamRoom");
        var caBuilder = new JcaX509v3CertificateBuilder(caName, serial(), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))), caName, caKeys.getPublic());
        var ext = new JcaX509ExtensionUtils();
        caBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
        caBuilder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        caBuilder.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(caKeys.getPublic()));
        X509Certificate ca = sign(caBuilder, caKeys.getPrivate());

        KeyPair serverKeys = ecKeys();
        var serverBuilder = new JcaX509v3CertificateBuilder(ca, serial(), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(825))), new X500Name("CN=" + host + ", O=ExamRoom"), serverKeys.getPublic());
        serverBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        serverBuilder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
        serverBuilder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        serverBuilder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(subjectNames(host)));
        serverBuilder.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(ca));
        X509Certificate server = sign(serverBuilder, caKeys.getPrivate());

        char[] password = HexFormat.of().formatHex(randomBytes(24)).toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", serverKeys.getPrivate(), password, new java.security.cert.Certificate[] {server, ca});
        // The CA's private key is kept beside the server's so the certificate can be renewed for new addresses.
        store.setKeyEntry("ca", caKeys.getPrivate(), password, new java.security.cert.Certificate[] {ca});
        writePrivate(dir.resolve(kind.password()), new String(password).getBytes(StandardCharsets.US_ASCII));
        try (OutputStream out = Files.newOutputStream(dir.resolve(kind.store()))) {
            store.store(out, password);
        }
        restrict(dir.resolve(kind.store()));
        Files.writeString(dir.resolve(kind.caPem()), pem(ca), StandardCharsets.US_ASCII);
        SiteCertificates made = new SiteCertificates(ca, server, serverKeys.getPrivate());
        LOG.log(System.Logger.Level.INFO, "Made the {0}, fingerprint {1}", kind.caName, made.fingerprint());
        return made;
    }

    /** The CA certificate clients trust. */
    public X509Certificate ca() {
        return ca;
    }

    /** The server's chain: its certificate, then the CA's. */
    public List<X509Certificate> serverChain() {
        return List.of(server, ca);
    }

    public PrivateKey serverKey() {
        return serverKey;
    }

    /** SHA-256 of the CA certificate in groups of four hex digits, e.g. {@code 3F2A 91C0 …}. */
    public String fingerprint() {
        return fingerprint(ca);
    }

    public static String fingerprint(X509Certificate certificate) {
        return org.examroom.common.net.RoomTrust.fingerprint(certificate);
    }

    /** The PEM file with the CA certificate, for clients: {@code curl --cacert <data>/tls/room-ca.pem}. */
    public static Path caFile(Path dir, Kind kind) {
        return dir.resolve(kind.caPem());
    }

    static String pem(X509Certificate certificate) throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    private static GeneralName[] subjectNames(String host) {
        Set<GeneralName> names = new LinkedHashSet<>();
        names.add(new GeneralName(GeneralName.dNSName, "localhost"));
        names.add(new GeneralName(GeneralName.dNSName, host));
        names.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
        names.add(new GeneralName(GeneralName.iPAddress, "::1"));
        try {
            for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
                for (InetAddress address : nic.inetAddresses().toList()) {
                    if (!address.isLinkLocalAddress()) {
                        names.add(new GeneralName(GeneralName.iPAddress, address.getHostAddress().replaceAll("%.*$", "")));
                    }
                }
            }
        } catch (SocketException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot list network addresses; the certificate names localhost and {0} only", host);
        }
        return new ArrayList<>(names).toArray(GeneralName[]::new);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    private static KeyPair ecKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
    }

    private static BigInteger serial() {
        return new BigInteger(1, randomBytes(16));
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static void writePrivate(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        restrict(file);
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions apply
        }
    }
}
