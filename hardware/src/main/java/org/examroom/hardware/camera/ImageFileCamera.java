package org.examroom.hardware.camera;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.opencv.core.Mat;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * A simulated camera that plays an image file, or the images of a folder in name order, in a loop,
 * at the requested size and rate.
 */
public final class ImageFileCamera implements Camera {

    private static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".bmp");

    private final CameraSettings settings;
    private final Clock clock;
    private final List<Path> files;
    private final FramePacer pacer;
    private int next;
    private boolean closed;

    public ImageFileCamera(Path fileOrFolder, CameraSettings settings, Clock clock) throws CameraException {
        OpenCvNatives.load();
        this.settings = settings;
        this.clock = clock;
        this.pacer = new FramePacer(settings.interval());
        this.files = imagesAt(fileOrFolder);
        decode(files.getFirst()).release(); // an unreadable folder is told at once, not at the first frame
    }

    /** The image fitted to the frame size; decoded for each frame, so a folder of any size costs one frame of memory. */
    private Mat decode(Path file) throws CameraException {
        Mat decoded = Imgcodecs.imread(file.toString(), Imgcodecs.IMREAD_COLOR);
        if (decoded.empty()) {
            throw new CameraException("The simulated camera cannot read the image " + file);
        }
        Mat fitted = Frames.fitted(decoded, settings.size());
        decoded.release();
        return fitted;
    }

    static boolean isImage(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(path) && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static List<Path> imagesAt(Path fileOrFolder) throws CameraException {
        if (isImage(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        if (!Files.isDirectory(fileOrFolder)) {
            throw new CameraException("The simulated camera needs an image file or a folder of images (PNG, JPEG, BMP): "
                    + fileOrFolder.toAbsolutePath() + " is neither");
        }
        try (Stream<Path> files = Files.list(fileOrFolder)) {
            List<Path> found = files.filter(ImageFileCamera::isImage).sorted().toList();
            if (found.isEmpty()) {
                throw new CameraException("The folder " + fileOrFolder.toAbsolutePath()
                        + " has no PNG, JPEG or BMP images for the simulated camera");
            }
            return found;
        } catch (IOException e) {
            throw new CameraException("The simulated camera cannot list " + fileOrFolder.toAbsolutePath(), e);
        }
    }

    @Override
    public CameraSettings settings() {
        return settings;
    }

    /** How many images are played in the loop. */
    public int imageCount() {
        return files.size();
    }

    @Override
    public Frame grab() throws CameraException {
        try {
            pacer.awaitNext();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CameraException("interrupted while waiting for the next frame", e);
        }
        Path file;
        synchronized (this) {
            if (closed) {
                throw new CameraException("the simulated camera is closed");
            }
            file = files.get(next);
            next = (next + 1) % files.size();
        }
        return new Frame(decode(file), clock.instant());
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
