package org.examroom.launcher.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.examroom.face.FaceChecksUnavailableException;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.model.ModelStore;
import org.examroom.face.vision.DetectedFace;
import org.examroom.face.vision.FaceEngine;
import org.examroom.face.vision.Images;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code examroom bench face}: milliseconds per monitoring check (detect + embed) on a 640×480 frame,
 * and its parts, on one thread and on all of OpenCV's threads.
 */
@Command(name = "face", mixinStandardHelpOptions = true,
        description = {"Milliseconds per face check (detect + embed) at 640×480, and per part.",
            "Время одной проверки лица (поиск + сравнение) на кадре 640×480."})
public final class FaceBenchCommand implements Callable<Integer> {

    @Option(names = "--models", paramLabel = "DIR", description = "The model folder (default: ~/.examroom/models).")
    Path models = ModelStore.DEFAULT_FOLDER;

    @Option(names = "--image", paramLabel = "FILE", required = true,
            description = "A photo with one face; it is scaled to 640×480 like a camera frame.")
    Path image;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs per figure (default: ${DEFAULT-VALUE}).")
    int runs = 200;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        int allThreads;
        double partial = ProctoringPolicy.IN_ROOM.detection().partialScore();
        try (FaceEngine engine = new FaceEngine(new ModelStore(models).require(), partial);
                FaceEngine quick = new FaceEngine(new ModelStore(models).require(), partial, 320)) {
            Mat photo = Images.read(image);
            Mat vga = resized(photo, 640, 480);
            List<DetectedFace> faces = engine.detect(vga);
            if (faces.isEmpty()) {
                spec.commandLine().getErr().println("No face in " + image + " at 640×480: choose a photo with one clear face.");
                spec.commandLine().getErr().flush();
                return 1;
            }
            DetectedFace face = faces.getFirst();
            allThreads = Core.getNumThreads();
            out.println("face checks on " + image.getFileName() + ", " + runs + " runs each, " + Runtime.getRuntime().availableProcessors()
                    + " cores, OpenCV " + Core.VERSION);
            Core.setNumThreads(1);
            out.println(time("detect 640x480, 1 thread", () -> engine.detect(vga)));
            out.println(time("detect 640x480 shrunk to 320x240, 1 thread", () -> quick.detect(vga)));
            out.println(time("embed, 1 thread", () -> engine.embed(vga, face)));
            out.println(time("check 640x480 (detect+embed), 1 thread", () -> engine.embed(vga, engine.detect(vga).getFirst())));
            out.println(time("check 640x480 (detect at 320x240+embed), 1 thread", () -> quick.embed(vga, quick.detect(vga).getFirst())));
            Core.setNumThreads(allThreads);
            out.println(time("check 640x480 (detect+embed), " + allThreads + " threads",
                    () -> engine.embed(vga, engine.detect(vga).getFirst())));
            out.flush();
            photo.release();
            vga.release();
            return 0;
        } catch (FaceChecksUnavailableException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return 3;
        }
    }

    private String time(String name, Supplier<?> run) {
        for (int i = 0; i < Math.max(5, runs / 10); i++) {
            run.get();
        }
        Timings timings = new Timings(runs);
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            run.get();
            timings.add(System.nanoTime() - started);
        }
        return timings.summary(name);
    }

    /** Cropped to the frame's shape around the centre, then scaled: a face keeps its proportions. */
    private static Mat resized(Mat photo, int width, int height) {
        double aspect = (double) width / height;
        int cropWidth = Math.min(photo.cols(), (int) Math.round(photo.rows() * aspect));
        int cropHeight = Math.min(photo.rows(), (int) Math.round(cropWidth / aspect));
        Mat crop = photo.submat(new Rect((photo.cols() - cropWidth) / 2, (photo.rows() - cropHeight) / 2, cropWidth, cropHeight));
        Mat out = new Mat();
        Imgproc.resize(crop, out, new Size(width, height), 0, 0, Imgproc.INTER_AREA);
        crop.release();
        return out;
    }
}
