package org.examroom.face.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.SharedFaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

/**
 * Detection and verification on the shared photos at the thresholds the product ships with
 * ({@link ProctoringPolicy#IN_ROOM}). The figures asserted are the ones measured and written down in
 * docs/face-checks.md; a change of model or preprocessing that lowers them fails here.
 */
class ShippedAccuracyTest {

    private static final double PERSON = ProctoringPolicy.IN_ROOM.detection().personScore();
    private static final double PARTIAL = ProctoringPolicy.IN_ROOM.detection().partialScore();
    private static final double SAME_PERSON = ProctoringPolicy.IN_ROOM.identity().samePerson();

    private static FaceEngine engine;
    private static Path faces;
    private final Map<Path, Embedding> embeddings = new HashMap<>();

    @BeforeAll
    static void loadModels() {
        faces = SharedFaces.faces();
        engine = new FaceEngine(SharedFaces.installedModels(), 0.5);
    }

    @AfterAll
    static void closeModels() {
        if (engine != null) {
            engine.close();
        }
    }

    private static long people(Path image) throws IOException {
        Mat m = Images.read(image);
        try {
            return engine.detect(m).stream().filter(f -> f.score() >= PERSON).count();
        } finally {
            m.release();
        }
    }

    private static List<Path> images(String folder) throws IOException {
        try (Stream<Path> files = Files.walk(faces.resolve(folder))) {
            return files.filter(p -> p.toString().matches(".*\\.(jpg|png)$")).sorted().toList();
        }
    }

    @Test
    void everyNoFacePhotoHasNobody() throws IOException {
        List<Path> photos = images("no_face");
        assertThat(photos).hasSize(9);
        for (Path photo : photos) {
            assertThat(people(photo)).as(photo.getFileName().toString()).isZero();
        }
    }

    @Test
    void groupPhotosAreCountedRight() throws IOException {
        Map<String, Integer> expected = Map.of("obama_biden_two_people.jpg", 2, "obama_and_biden.jpg", 3,
                "kit_with_rose.jpg", 2, "deepface_couple.jpg", 2, "deepface_selfie-many-people.jpg", 4);
        for (var e : expected.entrySet()) {
            assertThat(people(faces.resolve("two_or_more_people").resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue().longValue());
        }
    }

    @Test
    void singleFacePhotosShowOnePerson() throws IOException {
        List<Path> photos = new ArrayList<>(images("deepface_pairs"));
        photos.addAll(images("same_person_obama_biden"));
        photos.add(faces.resolve("public_domain_face/astronaut.png"));
        photos.add(faces.resolve("opencv_samples/messi5.jpg"));
        long right = 0;
        for (Path photo : photos) {
            right += people(photo) == 1 ? 1 : 0;
        }
        // Measured: 33 of 33.
        assertThat(right).as("single-face photos with exactly one person").isEqualTo(photos.size());
    }

    /**
     * The photo's subject, as {@code examroom face compare/eval} finds it: the face nearest the centre
     * among all clear detections (LFW photos are centred on their person; some show others behind).
     */
    private Embedding embedding(Path image) {
        return embeddings.computeIfAbsent(image, p -> {
            try {
                Mat m = Images.read(p);
                try {
                    DetectedFace face = engine.detect(m).stream().filter(f -> f.score() >= PARTIAL)
                            .min(Comparator.comparingDouble(f -> Math.hypot(f.box().x() + f.box().width() / 2 - m.cols() / 2.0,
                                    f.box().y() + f.box().height() / 2 - m.rows() / 2.0)))
                            .orElseThrow(() -> new AssertionError("no face in " + p));
                    return engine.embed(m, face);
                } finally {
                    m.release();
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    private record Verdicts(int pairs, int right, int falseAccepts, int falseRejects) {
        double accuracy() {
            return right / (double) pairs;
        }
    }

    private Verdicts verify(List<Path[]> pairs, List<Boolean> same) {
        int right = 0;
        int fa = 0;
        int fr = 0;
        for (int i = 0; i < pairs.size(); i++) {
            boolean accepted = embedding(pairs.get(i)[0]).similarity(embedding(pairs.get(i)[1])) >= SAME_PERSON;
            if (accepted == same.get(i)) {
                right++;
            } else if (accepted) {
                fa++;
            } else {
                fr++;
            }
        }
        return new Verdicts(pairs.size(), right, fa, fr);
    }

    @Test
    void deepfacePairsAreSeparatedAtTheShippedThreshold() throws IOException {
        List<Path[]> pairs = new ArrayList<>();
        List<Boolean> same = new ArrayList<>();
        List<String> lines = Files.readAllLines(faces.resolve("deepface_pairs/master.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            pairs.add(new Path[] {faces.resolve("deepface_pairs").resolve(c[0]), faces.resolve("deepface_pairs").resolve(c[1])});
            same.add(c[2].trim().equals("Yes"));
        }
        Verdicts v = verify(pairs, same);
        System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, "{0}", v);
        // Measured at cosine 0.40: 300 pairs, 300 right; same-person pairs from 0.50, different-person pairs up to 0.36.
        assertThat(v.pairs()).isEqualTo(300);
        assertThat(v.falseAccepts()).as("different people taken for the same").isZero();
        assertThat(v.falseRejects()).as("the same person taken for another").isZero();
    }

    @Test
    void lfwSubsetPairsAreSeparatedAtTheShippedThreshold() throws IOException {
        List<Path[]> pairs = new ArrayList<>();
        List<Boolean> same = new ArrayList<>();
        List<String> lines = Files.readAllLines(faces.resolve("lfw_subset/pairs_subset.txt"));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.trim().split("\t");
            if (c.length == 3) {
                pairs.add(new Path[] {lfw(c[0], c[1]), lfw(c[0], c[2])});
                same.add(true);
            } else if (c.length == 4) {
                pairs.add(new Path[] {lfw(c[0], c[1]), lfw(c[2], c[3])});
                same.add(false);
            }
        }
        Verdicts v = verify(pairs, same);
        System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, "{0}", v);
        // Measured at cosine 0.40: 60 pairs, 60 right; the lowest same-person pair 0.42. (Taking only faces at the person score, one photo's
        // subject, turned and scoring 0.89, lost to a bystander and the figure was 59 of 60.)
        assertThat(v.pairs()).isEqualTo(60);
        assertThat(v.accuracy()).isGreaterThanOrEqualTo(0.985);
        assertThat(v.falseAccepts()).isZero();
    }

    private Path lfw(String name, String number) {
        return faces.resolve("lfw_subset").resolve(name).resolve(String.format("%s_%04d.jpg", name, Integer.parseInt(number)));
    }
}
