package org.examroom.launcher.bench;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.examroom.hardware.camera.Frame;
import org.examroom.hardware.camera.FrameSize;
import org.examroom.common.key.KeySlip;
import org.examroom.hardware.qr.QrScanner;
import org.examroom.hardware.qr.SlipPhotos;
import org.examroom.hardware.qr.ZxingQrScanner;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code examroom bench qr}: time to find and decode a key slip's QR code in one 640×480 camera frame,
 * with the slip tilted, shaded and noisy, and in a frame with no code at all (what the key screen sees
 * most of the time). The terminal scans at 5 frames a second, so a decode must stay well under 200 ms.
 */
@Command(name = "qr", mixinStandardHelpOptions = true,
        description = {"QR decode time per 640x480 camera frame (ZXing), with and without a key slip in view.",
            "Время распознавания QR-кода на кадре 640×480."})
public final class QrBenchCommand implements Callable<Integer> {

    @Option(names = "--frames", paramLabel = "N", description = "Different slip photos to cycle through (default: ${DEFAULT-VALUE}).")
    int frames = 30;

    @Option(names = "--runs", paramLabel = "N", description = "Timed decodes of each kind (default: ${DEFAULT-VALUE}).")
    int runs = 300;

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed decodes first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup = 100;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QrScanner scanner = new ZxingQrScanner();
        List<Frame> slips = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            String key = String.format(Locale.ROOT, "K%03d-%04d-QR", i, 7919 * (i + 1) % 10_000);
            keys.add(key);
            slips.add(new Frame(SlipPhotos.photograph(KeySlip.payload(key), FrameSize.VGA, 1000 + i), Instant.EPOCH));
        }
        Frame empty = new Frame(emptyDesk(), Instant.EPOCH);

        for (int i = 0; i < warmup; i++) {
            scanner.decode(slips.get(i % frames));
            scanner.decode(empty);
        }

        Timings withSlip = new Timings(runs);
        int read = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            var text = scanner.decode(slips.get(i % frames));
            withSlip.add(System.nanoTime() - start);
            if (text.flatMap(KeySlip::keyIn).filter(keys.get(i % frames)::equals).isPresent()) {
                read++;
            }
        }
        Timings without = new Timings(runs);
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            scanner.decode(empty);
            without.add(System.nanoTime() - start);
        }

        out.println(withSlip.summary("qr decode, 640x480, slip in view"));
        out.printf(Locale.ROOT, "  keys read correctly: %d of %d (%.1f %%)%n", read, runs, 100.0 * read / runs);
        out.println(without.summary("qr decode, 640x480, no code in view"));
        out.printf(Locale.ROOT, "  %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), Runtime.version());
        slips.forEach(Frame::close);
        empty.close();
        return 0;
    }

    /** A textured desk with some straight edges, which the QR finder must look at and reject. */
    private static Mat emptyDesk() {
        Mat desk = new Mat(480, 640, CvType.CV_8UC3);
        org.opencv.core.Core.randu(desk, 70, 150);
        Imgproc.GaussianBlur(desk, desk, new org.opencv.core.Size(7, 7), 2);
        Imgproc.rectangle(desk, new org.opencv.core.Point(120, 90), new org.opencv.core.Point(420, 380),
                new Scalar(230, 230, 230), -1);
        Imgproc.putText(desk, "EXAMROOM", new org.opencv.core.Point(150, 250), Imgproc.FONT_HERSHEY_SIMPLEX, 1.5,
                new Scalar(20, 20, 20), 3);
        return desk;
    }
}
