package org.examroom.common.seal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.examroom.common.content.ContentImporter;
import org.examroom.common.content.ContentRefusedException;
import org.examroom.common.content.ImportResult;
import org.examroom.common.content.Item;
import org.examroom.common.content.SourceFiles;
import org.examroom.common.content.source.SafeZip;
import org.examroom.common.content.source.ZipLimits;
import org.examroom.common.variant.Variant;

/**
 * The sealed package file. Layout, all integers big-endian:
 * <pre>
 * "EXAMROOM-PKG" (12 bytes) · version (1 byte, 1)
 * header length (4) · header (UTF-8 lines key=value: exam, title, variants, items, sealedAt, signer)
 * nonce (12) · ciphertext length (4) · AES-256-GCM ciphertext with its 16-byte tag; AAD = everything before the nonce
 * signature length (2) · Ed25519 signature over everything before it
 * </pre>
 * The plaintext is a zip of {@code exam.txt} (variants) and {@code content/FILE} (the content files as authored); on
 * unsealing they are imported again with the same importer, so sealing adds no second item format.
 */
public final class SealedPackage {

    private static final byte[] MAGIC = "EXAMROOM-PKG".getBytes(StandardCharsets.US_ASCII);
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final byte[] signed;
    private final Map<String, String> header;
    private final byte[] headerAndMagic;
    private final byte[] nonce;
    private final byte[] ciphertext;
    private final byte[] signature;

    private SealedPackage(byte[] signed, Map<String, String> header, byte[] headerAndMagic, byte[] nonce,
                          byte[] ciphertext, byte[] signature) {
        this.signed = signed;
        this.header = header;
        this.headerAndMagic = headerAndMagic;
        this.nonce = nonce;
        this.ciphertext = ciphertext;
        this.signature = signature;
    }

    /** Seals the exam; refuses content that does not import whole or variants that name unknown items. */
    public static byte[] seal(ExamContent exam, PrivateKey signingKey, PublicKey signerPublicKey, UnsealKey key,
                              Clock clock) throws SealException {
        Map<String, Item> items = importAll(exam.files());
        for (Variant variant : exam.variants()) {
            for (String itemKey : variant.itemIds()) {
                if (!items.containsKey(itemKey)) {
                    throw new SealException(SealException.Reason.BAD_CONTENT, "variant " + variant.id()
                            + " names item " + itemKey + ", which no content file holds");
                }
            }
        }
        if (exam.variants().isEmpty()) {
            throw new SealException(SealException.Reason.BAD_CONTENT, "an exam needs at least one variant");
        }
        Map<String, String> header = new LinkedHashMap<>();
        header.put("exam", exam.examId());
        header.put("title", exam.title());
        header.put("variants", String.join(",", exam.variants().stream().map(Variant::id).toList()));
        header.put("items", String.valueOf(items.size()));
        header.put("sealedAt", Instant.now(clock).toString());
        header.put("signer", SigningKeys.keyId(signerPublicKey));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(out);
            data.write(MAGIC);
            data.writeByte(VERSION);
            byte[] headerBytes = headerText(header).getBytes(StandardCharsets.UTF_8);
            data.writeInt(headerBytes.length);
            data.write(headerBytes);
            byte[] aad = out.toByteArray();
            byte[] nonce = new byte[NONCE_BYTES];
            new SecureRandom().nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.bytes(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] ciphertext = cipher.doFinal(payload(exam));
            data.write(nonce);
            data.writeInt(ciphertext.length);
            data.write(ciphertext);
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(signingKey);
            signer.update(out.toByteArray());
            byte[] signature = signer.sign();
            data.writeShort(signature.length);
            data.write(signature);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed: " + e.getMessage(), e);
        }
    }

    /** Reads the file's structure; nothing in it is trusted until {@link #verify}. */
    public static SealedPackage read(byte[] file) throws SealException {
        if (file.length < MAGIC.length + 1 || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
            throw new SealException(SealException.Reason.NOT_A_PACKAGE, "this is not an ExamRoom sealed package");
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(file);
            in.position(MAGIC.length);
            byte version = in.get();
            if (version != VERSION) {
                throw new SealException(SealException.Reason.NOT_A_PACKAGE, "package format version " + version
                        + " is newer than this program reads (" + VERSION + "); update ExamRoom");
            }
            byte[] headerBytes = take(in, in.getInt());
            byte[] headerAndMagic = Arrays.copyOf(file, in.position());
            byte[] nonce = take(in, NONCE_BYTES);
            byte[] ciphertext = take(in, in.getInt());
            int signedLength = in.position();
            byte[] signature = take(in, in.getShort() & 0xffff);
            if (in.hasRemaining()) {
                throw new SealException(SealException.Reason.TAMPERED, "the package has " + in.remaining()
                        + " bytes after its signature: it was altered");
            }
            return new SealedPackage(Arrays.copyOf(file, signedLength), parseHeader(headerBytes), headerAndMagic,
                    nonce, ciphertext, signature);
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new SealException(SealException.Reason.TRUNCATED,
                    "the package is cut short (" + file.length + " bytes): copy it again from the original medium");
        }
    }

    private static byte[] take(ByteBuffer in, int length) {
        if (length < 0 || length > in.remaining()) {
            throw new BufferUnderflowException();
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }

    /** Checks the signature against the trusted key and tells what the package holds, without decrypting it. */
    public PackageIdentity verify(PublicKey trusted) throws SealException {
        String trustedId = SigningKeys.keyId(trusted);
        String signer = header.getOrDefault("signer", "");
        if (!signer.equals(trustedId)) {
            throw new SealException(SealException.Reason.UNKNOWN_SIGNER, "the package is signed by key " + signer
                    + ", not by the trusted central-office key " + trustedId);
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(trusted);
            verifier.update(signed);
            if (!verifier.verify(signature)) {
                throw tampered();
            }
        } catch (java.security.SignatureException e) {
            throw tampered();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is unavailable: " + e.getMessage(), e);
        }
        try {
            return new PackageIdentity(header.get("exam"), header.getOrDefault("title", ""),
                    List.of(header.get("variants").split(",")), Integer.parseInt(header.get("items")),
                    Instant.parse(header.get("sealedAt")), signer, fingerprint());
        } catch (RuntimeException e) {
            throw new SealException(SealException.Reason.NOT_A_PACKAGE, "the package's header is incomplete");
        }
    }

    private static SealException tampered() {
        return new SealException(SealException.Reason.TAMPERED,
                "the signature does not match: the package was altered after sealing; do not use it");
    }

    /** Verifies, then decrypts with the unseal key and imports the content again. */
    public UnsealedPackage unseal(PublicKey trusted, UnsealKey key) throws SealException {
        PackageIdentity identity = verify(trusted);
        byte[] plain;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key.bytes(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(headerAndMagic);
            plain = cipher.doFinal(ciphertext);
        } catch (AEADBadTagException e) {
            throw new SealException(SealException.Reason.WRONG_KEY, "this unseal key does not open package "
                    + identity.examId() + " (" + identity.shortFingerprint() + "); check that the key is for this exam");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable: " + e.getMessage(), e);
        }
        Map<String, byte[]> entries;
        try {
            entries = SafeZip.read(new ByteArrayInputStream(plain), ZipLimits.DEFAULT);
        } catch (ContentRefusedException e) {
            throw new SealException(SealException.Reason.BAD_CONTENT, "the package's content is damaged: "
                    + e.getMessage());
        }
        Map<String, byte[]> files = new TreeMap<>();
        entries.forEach((name, bytes) -> {
            if (name.startsWith("content/")) {
                files.put(name.substring("content/".length()), bytes);
            }
        });
        Map<String, byte[]> media = new LinkedHashMap<>();
        Map<String, Item> items = importAll(files, media);
        List<Variant> variants = new ArrayList<>();
        Map<String, String> exam = parseHeader(entries.getOrDefault("exam.txt", new byte[0]));
        for (String variantId : identity.variantIds()) {
            String list = exam.getOrDefault("variant." + variantId, "");
            List<String> keys = list.isEmpty() ? List.of() : List.of(list.split("\t"));
            for (String itemKey : keys) {
                if (!items.containsKey(itemKey)) {
                    throw new SealException(SealException.Reason.BAD_CONTENT, "variant " + variantId + " names item "
                            + itemKey + ", which the package does not hold");
                }
            }
            variants.add(new Variant(variantId, keys));
        }
        return new UnsealedPackage(identity, variants, items, media);
    }

    private String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(signed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Map<String, Item> importAll(Map<String, byte[]> files) throws SealException {
        return importAll(files, new LinkedHashMap<>());
    }

    private static Map<String, Item> importAll(Map<String, byte[]> files, Map<String, byte[]> media)
            throws SealException {
        Map<String, Item> items = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
            ImportResult result = ContentImporter.importBytes(file.getKey(), file.getValue(), SourceFiles.of(files));
            if (!result.isWhole()) {
                throw new SealException(SealException.Reason.BAD_CONTENT, file.getKey() + " does not import whole: "
                        + result.problems().getFirst() + (result.problems().size() > 1
                        ? " (and " + (result.problems().size() - 1) + " more)" : ""));
            }
            for (Item item : result.items()) {
                if (items.putIfAbsent(ExamContent.itemKey(file.getKey(), item.id()), item) != null) {
                    throw new SealException(SealException.Reason.BAD_CONTENT, file.getKey() + " holds two items "
                            + item.id() + "; variants could not tell them apart");
                }
            }
            result.media().forEach((path, bytes) -> media.put(file.getKey() + "/" + path, bytes));
        }
        return items;
    }

    private static byte[] payload(ExamContent exam) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            Map<String, String> lines = new LinkedHashMap<>();
            for (Variant variant : exam.variants()) {
                lines.put("variant." + variant.id(), String.join("\t", variant.itemIds()));
            }
            zip.putNextEntry(new ZipEntry("exam.txt"));
            zip.write(headerText(lines).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (Map.Entry<String, byte[]> file : new TreeMap<>(exam.files()).entrySet()) {
                zip.putNextEntry(new ZipEntry("content/" + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String headerText(Map<String, String> header) {
        StringBuilder text = new StringBuilder();
        header.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return text.toString();
    }

    private static Map<String, String> parseHeader(byte[] bytes) {
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                header.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return header;
    }
}
