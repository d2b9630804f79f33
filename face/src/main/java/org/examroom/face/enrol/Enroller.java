package org.examroom.face.enrol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.vision.DetectedFace;
import org.examroom.face.vision.Embedding;
import org.examroom.face.vision.FaceEngine;
import org.examroom.face.vision.ImageMeasures;
import org.examroom.face.vision.ImageMeasures.FaceImageQuality;
import org.opencv.core.Mat;

/**
 * Enrolment from the identity photos: each photo is checked on its own, then the photos must agree
 * that they show one person. Uses the engine on the caller's thread; give it a thread of its own (not
 * the UI thread) and one engine per thread.
 */
public final class Enroller {

    private final FaceEngine engine;
    private final ProctoringPolicy policy;
    private final PhotoRules rules;

    public Enroller(FaceEngine engine, ProctoringPolicy policy) {
        this.engine = engine;
        this.policy = policy;
        this.rules = new PhotoRules(policy.photos());
    }

    /** Checks one photo (BGR) and, if it is good, embeds its face. */
    public PhotoCheck check(Mat bgr) {
        List<DetectedFace> faces = engine.detect(bgr);
        List<DetectedFace> people = faces.stream().filter(f -> f.score() >= policy.detection().personScore()).toList();
        FaceImageQuality quality = people.size() == 1 ? ImageMeasures.faceQuality(bgr, people.getFirst()) : new FaceImageQuality(0, 0, 0);
        List<Guidance> problems = rules.problems(bgr.cols(), bgr.rows(), people, quality);
        if (!problems.isEmpty()) {
            return new PhotoCheck.Rejected(problems, faces);
        }
        DetectedFace face = people.getFirst();
        return new PhotoCheck.Accepted(face, quality, engine.embed(bgr, face));
    }

    /**
     * The faces in a frame that count as people (at the policy's person score), most confident first: what the
     * liveness step watches between the photos and the test.
     */
    public List<DetectedFace> people(Mat bgr) {
        return engine.detect(bgr).stream().filter(f -> f.score() >= policy.detection().personScore()).toList();
    }

    /**
     * Enrols from photos already checked one by one (a screen keeps each as it is taken): they must agree that
     * they show one person, or the result names the one to retake.
     */
    public EnrolmentResult agree(List<PhotoCheck.Accepted> photos) {
        if (photos.isEmpty()) {
            throw new IllegalArgumentException("enrolment needs at least one photo");
        }
        return agree(photos, policy.photos().minAgreement());
    }

    /** Enrols from the photos (the terminal takes five), or says which to retake and why. */
    public EnrolmentResult enrol(List<Mat> photos) {
        if (photos.isEmpty()) {
            throw new IllegalArgumentException("enrolment needs at least one photo");
        }
        List<PhotoCheck> checks = photos.stream().map(this::check).toList();
        List<EnrolmentResult.PhotoProblem> problems = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i) instanceof PhotoCheck.Rejected rejected) {
                problems.add(new EnrolmentResult.PhotoProblem(i, rejected.fixes()));
            }
        }
        if (!problems.isEmpty()) {
            return new EnrolmentResult.Retake(problems);
        }
        List<PhotoCheck.Accepted> accepted = checks.stream().map(PhotoCheck.Accepted.class::cast).toList();
        return agree(accepted, policy.photos().minAgreement());
    }

    /**
     * The photos must pairwise reach {@code minAgreement}. When a pair does not, the photo of the pair
     * that agrees least with all the others is the one to retake (a second person stepping in for one shot).
     */
    static EnrolmentResult agree(List<PhotoCheck.Accepted> photos, double minAgreement) {
        int n = photos.size();
        double[][] similarity = new double[n][n];
        double lowest = 1.0;
        int[] lowestPair = null;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = photos.get(i).embedding().similarity(photos.get(j).embedding());
                similarity[i][j] = s;
                similarity[j][i] = s;
                if (s < lowest) {
                    lowest = s;
                    lowestPair = new int[] {i, j};
                }
            }
        }
        if (lowestPair != null && lowest < minAgreement) {
            int odd = Comparator.<Integer>comparingDouble(i -> meanExcept(similarity[i], i))
                    .compare(lowestPair[0], lowestPair[1]) <= 0 ? lowestPair[0] : lowestPair[1];
            return new EnrolmentResult.Retake(List.of(new EnrolmentResult.PhotoProblem(odd, List.of(Guidance.RETAKE_SAME_PERSON))));
        }
        Embedding template = Embedding.mean(photos.stream().map(PhotoCheck.Accepted::embedding).toList());
        return new EnrolmentResult.Enrolled(template, photos, lowest);
    }

    private static double meanExcept(double[] row, int self) {
        double sum = 0;
        for (int k = 0; k < row.length; k++) {
            if (k != self) {
                sum += row[k];
            }
        }
        return row.length > 1 ? sum / (row.length - 1) : 1.0;
    }

    /**
     * Matches the photo of the ID page (remote admission) against the enrolment, at the policy's own
     * ID-document threshold: the passport photo is older, printed and photographed again. The largest
     * face on the page is taken as the portrait.
     */
    public IdDocumentMatch matchIdDocument(Embedding template, Mat idPage) {
        List<DetectedFace> faces = engine.detect(idPage).stream()
                .filter(f -> f.score() >= policy.detection().partialScore())
                .sorted(Comparator.comparingDouble((DetectedFace f) -> f.box().width() * f.box().height()).reversed())
                .toList();
        if (faces.isEmpty()) {
            return new IdDocumentMatch.NoPortrait();
        }
        double similarity = template.similarity(engine.embed(idPage, faces.getFirst()));
        double threshold = policy.identity().idDocument();
        return new IdDocumentMatch.Compared(similarity, threshold, similarity >= threshold);
    }
}
