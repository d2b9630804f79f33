package org.examroom.face.monitor;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.vision.DetectedFace;
import org.examroom.face.vision.Embedding;
import org.examroom.face.vision.FaceEngine;
import org.examroom.face.vision.ImageMeasures;
import org.opencv.core.Mat;

/** The real check: detect, count, and embed the one face against the enrolment template. */
public final class FaceFrameChecker implements FrameChecker {

    private final FaceEngine engine;
    private final Embedding template;
    private final ProctoringPolicy.Detection detection;

    public FaceFrameChecker(FaceEngine engine, Embedding template, ProctoringPolicy.Detection detection) {
        this.engine = engine;
        this.template = template;
        this.detection = detection;
    }

    @Override
    public FrameFindings check(Mat bgr) {
        ImageMeasures.Exposure exposure = ImageMeasures.exposure(bgr);
        List<DetectedFace> faces = engine.detect(bgr);
        List<DetectedFace> people = faces.stream().filter(f -> f.score() >= detection.personScore()).toList();
        double bestPartial = faces.stream().filter(f -> f.score() < detection.personScore())
                .mapToDouble(DetectedFace::score).max().orElse(0);
        double weakest = people.stream().mapToDouble(DetectedFace::score).min().orElse(0);
        if (people.size() != 1) {
            return new FrameFindings(people.size(), bestPartial, OptionalDouble.empty(), Optional.empty(), 1, weakest,
                    exposure.brightness(), exposure.contrast());
        }
        DetectedFace face = people.getFirst();
        double similarity = template.similarity(engine.embed(bgr, face));
        return new FrameFindings(1, bestPartial, OptionalDouble.of(similarity), Optional.of(face.pose()),
                face.box().visibleShare(bgr.cols(), bgr.rows()), weakest, exposure.brightness(), exposure.contrast());
    }
}
