package org.examroom.face.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.examroom.face.FaceChecksUnavailableException;

/**
 * The configured model folder (default {@code ~/.examroom/models}). Every model is checked against its
 * pinned SHA-256 when installed and again before it is loaded: a truncated copy from a USB stick must
 * say so rather than make OpenCV fail with a parser error.
 */
public final class ModelStore {

    /** The default folder. */
    public static final Path DEFAULT_FOLDER = Path.of(System.getProperty("user.home"), ".examroom", "models");

    private static final System.Logger LOG = System.getLogger(ModelStore.class.getName());

    private final Path folder;

    public ModelStore(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    /** Where the model lives in this folder. */
    public Path fileOf(FaceModel model) {
        return folder.resolve(model.fileName());
    }

    /** Every model, checked. Reading ~4 MB takes a few milliseconds. */
    public List<ModelCheck> check() {
        List<ModelCheck> checks = new ArrayList<>();
        for (FaceModel model : FaceModel.values()) {
            checks.add(check(model, fileOf(model)));
        }
        return List.copyOf(checks);
    }

    /**
     * The verified models.
     *
     * @throws FaceChecksUnavailableException naming each model that is missing or corrupt
     */
    public InstalledModels require() {
        List<ModelCheck> checks = check();
        List<String> problems = checks.stream().filter(c -> !(c instanceof ModelCheck.Verified)).map(ModelCheck::describe).toList();
        if (!problems.isEmpty()) {
            throw new FaceChecksUnavailableException("Face models are not ready in " + folder + ": " + String.join("; ", problems));
        }
        return new InstalledModels(fileOf(FaceModel.DETECTOR), fileOf(FaceModel.EMBEDDER));
    }

    /**
     * Copies every model from a folder (a USB stick, a shared drive) after checking it there; a model
     * already installed and verified is left alone.
     *
     * @return the check of each model after installing
     * @throws IOException when a model is missing or corrupt in the source folder (nothing of that model is copied)
     */
    public List<ModelCheck> installFrom(Path source) throws IOException {
        for (FaceModel model : FaceModel.values()) {
            if (check(model, fileOf(model)) instanceof ModelCheck.Verified) {
                continue;
            }
            ModelCheck there = check(model, source.resolve(model.fileName()));
            switch (there) {
                case ModelCheck.Verified verified -> {
                    try (InputStream in = Files.newInputStream(verified.file())) {
                        installVerified(model, in);
                    }
                }
                case ModelCheck.Missing missing -> throw new IOException(
                        "The source folder has no " + model.fileName() + " (looked at " + missing.file() + ")");
                case ModelCheck.Corrupt corrupt -> throw new IOException("Not copied: " + corrupt.describe());
            }
        }
        return check();
    }

    /**
     * Fetches every model that is not yet installed from its pinned URL, checking its SHA-256 before it
     * takes the place of anything in the folder.
     */
    public List<ModelCheck> download(HttpClient http) throws IOException, InterruptedException {
        for (FaceModel model : FaceModel.values()) {
            if (check(model, fileOf(model)) instanceof ModelCheck.Verified) {
                continue;
            }
            LOG.log(Level.INFO, "Downloading {0} from {1}", model.fileName(), model.source());
            HttpRequest request = HttpRequest.newBuilder(model.source()).timeout(Duration.ofMinutes(5)).GET().build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("Downloading " + model.fileName() + " from " + model.source()
                            + " failed: HTTP " + response.statusCode());
                }
                installVerified(model, body);
            }
        }
        return check();
    }

    /** Writes to a temporary file beside the target, verifies, then moves it into place. */
    private void installVerified(FaceModel model, InputStream content) throws IOException {
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, model.fileName(), ".part");
        try {
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            if (check(model, partial) instanceof ModelCheck.Corrupt corrupt) {
                throw new IOException("Not installed: the copy does not match the pinned checksum: " + corrupt.describe());
            }
            Files.move(partial, fileOf(model), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.log(Level.INFO, "Installed {0} in {1}", model.fileName(), folder);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    static ModelCheck check(FaceModel model, Path file) {
        if (!Files.isRegularFile(file)) {
            return new ModelCheck.Missing(model, file);
        }
        String sha;
        long size;
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            size = in.transferTo(java.io.OutputStream.nullOutputStream());
            sha = HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
        return sha.equals(model.sha256()) ? new ModelCheck.Verified(model, file) : new ModelCheck.Corrupt(model, file, size, sha);
    }
}
