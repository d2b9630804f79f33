package org.examroom.launcher.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.examroom.common.wire.Jsons;
import org.examroom.face.FaceChecksUnavailableException;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.model.ModelStore;
import org.examroom.face.monitor.FaceFrameChecker;
import org.examroom.face.monitor.FrameChecker;
import org.examroom.face.vision.DetectedFace;
import org.examroom.face.vision.Embedding;
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
 * {@code examroom bench face}: milliseconds per monitoring check on a 640×480 frame as each preset runs it
 * (detection at 320 px in the room, at 640 px remote; embedding; comparing), and its parts, on one thread
 * and on all of OpenCV's threads; the p50 figures end as one JSON line.
 */
@Command(name = "face", mixinStandardHelpOptions = true,
        description = {"Milliseconds per monitoring check (detect + embed) on a 640×480 frame, per preset and per part.",
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
        try (FaceEngine engine = new FaceEngine(new ModelStore(models).require(), partial, ProctoringPolicy.REMOTE.detection().monitoringMaxSide());
                FaceEngine quick = new FaceEngine(new ModelStore(models).require(), partial, ProctoringPolicy.IN_ROOM.detection().monitoringMaxSide())) {
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
            Timings detect640 = time(out, "detect 640x480, 1 thread", () -> engine.detect(vga));
            Timings detect320 = time(out, "detect 640x480 shrunk to 320x240, 1 thread", () -> quick.detect(vga));
            Timings embed = time(out, "embed, 1 thread", () -> engine.embed(vga, face));
            Embedding template = engine.embed(vga, face);
            FrameChecker inRoomCheck = new FaceFrameChecker(quick, template, ProctoringPolicy.IN_ROOM.detection());
            FrameChecker remoteCheck = new FaceFrameChecker(engine, template, ProctoringPolicy.REMOTE.detection());
            Timings inRoom = time(out, "monitoring check, in-room preset (detect at 320x240, embed, compare), 1 thread",
                    () -> inRoomCheck.check(vga));
            Timings remote = time(out, "monitoring check, remote preset (detect at 640x480, embed, compare), 1 thread",
                    () -> remoteCheck.check(vga));
            Core.setNumThreads(allThreads);
            time(out, "monitoring check, remote preset, " + allThreads + " threads", () -> remoteCheck.check(vga));
            out.println(Jsons.createObjectBuilder().add("detect640Ms", p50(detect640)).add("detect320Ms", p50(detect320))
                    .add("embedMs", p50(embed)).add("checkInRoomMs", p50(inRoom)).add("checkRemoteMs", p50(remote)).build());
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

    private static double p50(Timings t) {
        return Math.round(t.percentileMillis(0.50) * 100) / 100.0;
    }

    private Timings time(PrintWriter out, String name, Supplier<?> run) {
        for (int i = 0; i < Math.max(5, runs / 10); i++) {
            run.get();
        }
        Timings timings = new Timings(runs);
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            run.get();
            timings.add(System.nanoTime() - started);
        }
        out.println(timings.summary(name));
        out.flush();
        return timings;
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
