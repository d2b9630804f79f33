package org.examroom.room.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.examroom.common.seal.PackageIdentity;
import org.examroom.common.seal.SealException;
import org.examroom.common.seal.SealedPackage;
import org.examroom.common.seal.SigningKeys;
import org.examroom.common.seal.UnsealKey;
import org.examroom.common.seal.UnsealedPackage;

/**
 * Sealed packages in {@code <data>/packages/<exam>.pkg}, trusted only when signed by the central office's
 * key in {@code <data>/trust/office.pub}. An unsealed package is kept open in memory; its unseal key is
 * kept beside it (owner-only) so a controller restarted mid-exam opens it again by itself.
 */
public final class ExamPackages {

    private static final System.Logger LOG = System.getLogger(ExamPackages.class.getName());

    private final Path folder;
    private final Path trustFile;
    private final Map<String, UnsealedPackage> open = new ConcurrentHashMap<>();

    public ExamPackages(Path dataDirectory) {
        this.folder = dataDirectory.resolve("packages");
        this.trustFile = dataDirectory.resolve("trust").resolve("office.pub");
        reopen();
    }

    /** Where the central office's public key must be put for packages to be accepted. */
    public Path trustFile() {
        return trustFile;
    }

    /** Verifies an uploaded package against the office's key and keeps it for the exam. */
    public PackageIdentity store(String examId, byte[] file) throws SealException {
        PackageIdentity identity = SealedPackage.read(file).verify(trusted());
        if (!identity.examId().equals(examId)) {
            throw new SealException(SealException.Reason.NOT_A_PACKAGE,
                    "This package is for exam " + identity.examId() + ", not for " + examId);
        }
        write(folder.resolve(examId + ".pkg"), file, false);
        return identity;
    }

    /** The identity of the exam's stored package, verified again now, if there is one. */
    public Optional<PackageIdentity> identity(String examId) throws SealException {
        Path file = folder.resolve(examId + ".pkg");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(SealedPackage.read(read(file)).verify(trusted()));
    }

    /** Opens the exam's package with the unseal key, typed or scanned. */
    public UnsealedPackage unseal(String examId, String keyText) throws SealException {
        Path file = folder.resolve(examId + ".pkg");
        if (!Files.exists(file)) {
            throw new SealException(SealException.Reason.NOT_A_PACKAGE, "No sealed package has been loaded for exam " + examId);
        }
        UnsealKey key = UnsealKey.parse(keyText);
        UnsealedPackage opened = SealedPackage.read(read(file)).unseal(trusted(), key);
        write(folder.resolve(examId + ".unseal"), key.toText().getBytes(StandardCharsets.US_ASCII), true);
        open.put(examId, opened);
        return opened;
    }

    /** The exam's package, if it has been unsealed. */
    public Optional<UnsealedPackage> opened(String examId) {
        return Optional.ofNullable(open.get(examId));
    }

    private void reopen() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> keys = Files.list(folder)) {
            keys.filter(p -> p.getFileName().toString().endsWith(".unseal")).forEach(keyFile -> {
                String examId = keyFile.getFileName().toString().replaceFirst("\\.unseal$", "");
                try {
                    open.put(examId, SealedPackage.read(read(folder.resolve(examId + ".pkg")))
                            .unseal(trusted(), UnsealKey.parse(Files.readString(keyFile, StandardCharsets.US_ASCII).strip())));
                } catch (SealException | IOException | RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "The unsealed package of exam {0} cannot be opened again: {1}", examId, e.getMessage());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private PublicKey trusted() throws SealException {
        if (!Files.exists(trustFile)) {
            throw new SealException(SealException.Reason.UNKNOWN_SIGNER, "No central office key is installed: put the office's public key in "
                    + trustFile + " (examroom room trust --office-key FILE)");
        }
        try {
            return SigningKeys.parsePublic(Files.readString(trustFile, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + trustFile, e);
        } catch (RuntimeException e) {
            throw new SealException(SealException.Reason.UNKNOWN_SIGNER, trustFile + " is not a public key file: " + e.getMessage());
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private void write(Path file, byte[] content, boolean secret) {
        try {
            Files.createDirectories(folder);
            Path tmp = file.resolveSibling(file.getFileName() + ".part");
            Files.write(tmp, content);
            if (secret) {
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
