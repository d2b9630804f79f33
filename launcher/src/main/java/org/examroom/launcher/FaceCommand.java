package org.examroom.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.examroom.common.Failures;
import org.examroom.common.i18n.Messages;
import org.examroom.face.FaceChecksUnavailableException;
import org.examroom.face.FaceTexts;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.enrol.Enroller;
import org.examroom.face.enrol.EnrolmentResult;
import org.examroom.face.enrol.Guidance;
import org.examroom.face.enrol.IdDocumentMatch;
import org.examroom.face.enrol.PhotoCheck;
import org.examroom.face.monitor.EventKind;
import org.examroom.face.monitor.FaceFrameChecker;
import org.examroom.face.monitor.FrameFindings;
import org.examroom.face.monitor.JpegSnapshot;
import org.examroom.face.monitor.ProctoringEvent;
import org.examroom.face.monitor.ViolationTracker;
import org.examroom.face.vision.DetectedFace;
import org.examroom.face.vision.Embedding;
import org.examroom.face.vision.FaceEngine;
import org.examroom.face.vision.ImageMeasures;
import org.examroom.face.vision.Images;
import org.opencv.core.Mat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code examroom face}: what the face checks see in photos, so an invigilator or technician can test a camera. */
@Command(name = "face", mixinStandardHelpOptions = true,
        description = {"Runs the face checks on photos: enrol from identity photos, check what a frame shows, compare, evaluate.",
            "Проверка лица на снимках: регистрация по фото, проверка кадра, сравнение."},
        subcommands = {FaceCommand.Enrol.class, FaceCommand.Detect.class, FaceCommand.Check.class, FaceCommand.Compare.class, FaceCommand.Eval.class,
            CommandLine.HelpCommand.class})
final class FaceCommand implements Runnable {

    private static final List<String> IMAGE_TYPES = List.of(".jpg", ".jpeg", ".png", ".bmp");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every face subcommand shares: models, policy, language. */
    static final class Settings {
        @CommandLine.Mixin
        ModelsCommand.Folder models = new ModelsCommand.Folder();

        @Option(names = "--policy", paramLabel = "in-room|remote|accommodated", defaultValue = "in-room",
                converter = PolicyPreset.class, description = "The exam's preset of thresholds (default: ${DEFAULT-VALUE}).")
        ProctoringPolicy policy;

        @Option(names = "--lang", paramLabel = "ru|en", description = "Language of the guidance (default: ${DEFAULT-VALUE}).")
        Language lang = Language.ru;

        ProctoringPolicy policy() {
            return policy;
        }

        FaceEngine engine() {
            return new FaceEngine(models.store().require(), policy().detection().partialScore());
        }

        Messages texts() {
            return FaceTexts.load(Locale.of(lang.name()));
        }
    }

    /** The policy presets by the names an operator types. */
    static final class PolicyPreset implements CommandLine.ITypeConverter<ProctoringPolicy> {
        @Override
        public ProctoringPolicy convert(String name) {
            try {
                return ProctoringPolicy.preset(name);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Runs a body that needs the models; a missing model is a message and exit code 3, not a stack trace. */
    static int withEngine(CommandLine.Model.CommandSpec spec, Settings settings, EngineBody body) {
        try (FaceEngine engine = settings.engine()) {
            return body.run(engine);
        } catch (FaceChecksUnavailableException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(e.getMessage());
            err.flush();
            return 3;
        } catch (IOException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(Failures.rootMessage(e));
            err.flush();
            return 1;
        }
    }

    @FunctionalInterface
    interface EngineBody {
        int run(FaceEngine engine) throws IOException;
    }

    /** The image files named, folders expanded to the images in them (sorted). */
    static List<Path> imagesIn(List<Path> paths) throws IOException {
        List<Path> images = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    images.addAll(files.filter(Files::isRegularFile)
                            .filter(p -> IMAGE_TYPES.stream().anyMatch(t -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(t)))
                            .sorted().toList());
                }
            } else {
                images.add(path);
            }
        }
        return images;
    }

    private static String f2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String f0(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static String guidance(Messages texts, List<Guidance> fixes) {
        return fixes.stream().map(g -> texts.get(g.messageKey())).collect(Collectors.joining(" "));
    }

    @Command(name = "enrol", mixinStandardHelpOptions = true,
            description = {"Enrols from identity photos (the terminal takes five) and says what to fix in each.",
                "With --id-document, also matches the photo of the ID page against the enrolment."})
    static final class Enrol implements Callable<Integer> {
        @CommandLine.Mixin
        Settings settings = new Settings();

        @Option(names = "--id-document", paramLabel = "IMAGE", description = "A photo of the ID page to match (remote admission).")
        Path idDocument;

        @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "The identity photos.")
        List<Path> photos;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Messages texts = settings.texts();
            ProctoringPolicy policy = settings.policy();
            return withEngine(spec, settings, engine -> {
                Enroller enroller = new Enroller(engine, policy);
                List<Mat> frames = new ArrayList<>();
                for (Path photo : photos) {
                    frames.add(Images.read(photo));
                }
                for (int i = 0; i < frames.size(); i++) {
                    String verdict = switch (enroller.check(frames.get(i))) {
                        case PhotoCheck.Accepted a -> "ok (face " + f0(a.face().box().height()) + " px high, light "
                                + f0(a.quality().brightness()) + ", sharpness " + f0(a.quality().sharpness()) + ", yaw "
                                + f0(a.face().pose().yawDegrees()) + "°)";
                        case PhotoCheck.Rejected r -> "retake: " + guidance(texts, r.fixes());
                    };
                    out.println((i + 1) + ". " + photos.get(i).getFileName() + ": " + verdict);
                }
                EnrolmentResult result = enroller.enrol(frames);
                int code = switch (result) {
                    case EnrolmentResult.Enrolled enrolled -> {
                        out.println("Enrolled from " + enrolled.photos().size() + " photos; lowest agreement between two photos "
                                + f2(enrolled.lowestAgreement()) + " (at least " + f2(policy.photos().minAgreement()) + ").");
                        yield idDocument == null ? 0 : matchId(enroller, enrolled.template(), out);
                    }
                    case EnrolmentResult.Retake retake -> {
                        for (EnrolmentResult.PhotoProblem p : retake.problems()) {
                            out.println("Not enrolled: retake photo " + (p.photoIndex() + 1) + ": " + guidance(texts, p.fixes()));
                        }
                        yield 1;
                    }
                };
                frames.forEach(Mat::release);
                out.flush();
                return code;
            });
        }

        private int matchId(Enroller enroller, Embedding template, PrintWriter out) throws IOException {
            Mat page = Images.read(idDocument);
            try {
                return switch (enroller.matchIdDocument(template, page)) {
                    case IdDocumentMatch.NoPortrait none -> {
                        out.println("ID document: no portrait found; photograph the page again.");
                        yield 1;
                    }
                    case IdDocumentMatch.Compared c -> {
                        out.println("ID document: similarity " + f2(c.similarity()) + " (threshold " + f2(c.threshold()) + "): "
                                + (c.matches() ? "the same person" : "NOT the same person"));
                        yield c.matches() ? 0 : 1;
                    }
                };
            } finally {
                page.release();
            }
        }
    }

    /**
     * {@code face detect IMAGE…}: for scripts and accuracy checks, one JSON object per image (the people counted,
     * every detection's box and score); {@code face check} is the same look with words for a technician.
     */
    @Command(name = "detect", mixinStandardHelpOptions = true,
            description = {"One JSON object per image: people counted, each detection's box, score and head pose,",
                "what monitoring would flag. Один JSON на снимок: сколько людей, рамки и оценки лиц."})
    static final class Detect implements Callable<Integer> {
        @CommandLine.Mixin
        Settings settings = new Settings();

        @Parameters(arity = "1..*", paramLabel = "IMAGE|DIR", description = "Images, or folders of images.")
        List<Path> paths;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Check check = new Check();
            check.settings = settings;
            check.paths = paths;
            check.json = true;
            check.spec = spec;
            return check.call();
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Shows what the checks see in each image: faces, scores, head pose, light, sharpness,",
                "what monitoring would flag in such a frame and, with --enrolled, whether it is the enrolled person."})
    static final class Check implements Callable<Integer> {
        @CommandLine.Mixin
        Settings settings = new Settings();

        @Option(names = "--enrolled", paramLabel = "IMAGE", split = ",",
                description = "Identity photos to enrol first (comma-separated), to compare each face with.")
        List<Path> enrolled = List.of();

        @Option(names = "--json", description = "One JSON object per image instead of text.")
        boolean json;

        @Parameters(arity = "1..*", paramLabel = "IMAGE|DIR", description = "Images, or folders of images.")
        List<Path> paths;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Messages texts = settings.texts();
            ProctoringPolicy policy = settings.policy();
            return withEngine(spec, settings, engine -> {
                Optional<Embedding> template = enrolledTemplate(engine, policy, out);
                if (!enrolled.isEmpty() && template.isEmpty()) {
                    return 1;
                }
                for (Path image : imagesIn(paths)) {
                    Mat frame = Images.read(image);
                    try {
                        report(engine, policy, texts, template, image, frame, out);
                    } finally {
                        frame.release();
                    }
                }
                out.flush();
                return 0;
            });
        }

        private Optional<Embedding> enrolledTemplate(FaceEngine engine, ProctoringPolicy policy, PrintWriter out) throws IOException {
            if (enrolled.isEmpty()) {
                return Optional.empty();
            }
            List<Mat> frames = new ArrayList<>();
            for (Path photo : enrolled) {
                frames.add(Images.read(photo));
            }
            EnrolmentResult result = new Enroller(engine, policy).enrol(frames);
            frames.forEach(Mat::release);
            if (result instanceof EnrolmentResult.Enrolled e) {
                return Optional.of(e.template());
            }
            out.println("The --enrolled photos do not enrol: " + result + " (try: examroom face enrol ...)");
            return Optional.empty();
        }

        private void report(FaceEngine engine, ProctoringPolicy policy, Messages texts, Optional<Embedding> template,
                Path image, Mat frame, PrintWriter out) {
            List<DetectedFace> faces = engine.detect(frame);
            List<DetectedFace> people = faces.stream().filter(f -> f.score() >= policy.detection().personScore()).toList();
            FrameFindings findings = new FaceFrameChecker(engine, template.orElseGet(Check::anyTemplate), policy.detection()).check(frame);
            if (template.isEmpty()) {
                // Nobody enrolled: no identity to judge.
                findings = new FrameFindings(findings.people(), findings.bestPartialScore(), java.util.OptionalDouble.empty(),
                        findings.pose(), findings.visibleShare(), findings.weakestPersonScore(), findings.brightness(), findings.contrast());
            }
            List<EventKind> flags = flagsOfOneFrame(findings, policy);
            Optional<Double> similarity = template.isPresent() && people.size() == 1
                    ? Optional.of(findings.similarity().orElseThrow()) : Optional.empty();
            if (json) {
                out.println(json(image, frame, people, faces, flags, similarity, policy));
                return;
            }
            out.println(image + " (" + frame.cols() + "×" + frame.rows() + "): " + people.size()
                    + (people.size() == 1 ? " person" : " people") + (faces.size() > people.size()
                    ? ", " + (faces.size() - people.size()) + " weaker detection(s)" : ""));
            for (int i = 0; i < faces.size(); i++) {
                DetectedFace face = faces.get(i);
                ImageMeasures.FaceImageQuality q = ImageMeasures.faceQuality(frame, face);
                out.println("  face " + (i + 1) + ": score " + f2(face.score())
                        + (face.score() < policy.detection().personScore() ? " (not counted as a person)" : "")
                        + ", box " + f0(face.box().x()) + "," + f0(face.box().y()) + " " + f0(face.box().width()) + "×"
                        + f0(face.box().height()) + ", yaw " + f0(face.pose().yawDegrees()) + "°, pitch "
                        + f0(face.pose().pitchDegrees()) + "°, roll " + f0(face.pose().rollDegrees()) + "°, light "
                        + f0(q.brightness()) + ", sharpness " + f0(q.sharpness()));
            }
            out.println("  monitoring: " + (flags.isEmpty() ? "nothing to flag"
                    : flags.stream().map(k -> texts.get(k.messageKey())).collect(Collectors.joining("; "))));
            similarity.ifPresent(s -> out.println("  enrolled person: similarity " + f2(s) + " (threshold "
                    + f2(policy.identity().samePerson()) + "): " + (s >= policy.identity().samePerson() ? "the same person" : "a different person")));
            String asPhoto = switch (new Enroller(engine, policy).check(frame)) {
                case PhotoCheck.Accepted a -> "ok";
                case PhotoCheck.Rejected r -> guidance(texts, r.fixes());
            };
            out.println("  as an identity photo: " + asPhoto);
        }

        /** A stand-in when nobody is enrolled; its similarities are dropped. */
        private static Embedding anyTemplate() {
            float[] v = new float[128];
            v[0] = 1;
            return Embedding.of(v);
        }

        private static String json(Path image, Mat frame, List<DetectedFace> people, List<DetectedFace> faces, List<EventKind> flags,
                Optional<Double> similarity, ProctoringPolicy policy) {
            String faceList = faces.stream().map(f -> "{\"box\":[" + f0(f.box().x()) + "," + f0(f.box().y()) + "," + f0(f.box().width())
                    + "," + f0(f.box().height()) + "],\"score\":" + f2(f.score()) + ",\"person\":" + (f.score() >= policy.detection().personScore())
                    + ",\"yaw\":" + f0(f.pose().yawDegrees()) + ",\"pitch\":" + f0(f.pose().pitchDegrees()) + "}")
                    .collect(Collectors.joining(","));
            String flagList = flags.stream().map(k -> "\"" + k.name() + "\"").collect(Collectors.joining(","));
            return "{\"image\":\"" + image.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"width\":" + frame.cols()
                    + ",\"height\":" + frame.rows() + ",\"people\":" + people.size() + ",\"faces\":[" + faceList + "],\"flags\":["
                    + flagList + "]" + similarity.map(s -> ",\"similarity\":" + f2(s)).orElse("") + "}";
        }
    }

    /**
     * What monitoring would flag if a frame like this one lasted: the tracker itself, with every waiting
     * time at zero and an identity window of one check (identity is skipped when nobody is enrolled).
     */
    static List<EventKind> flagsOfOneFrame(FrameFindings findings, ProctoringPolicy policy) {
        ProctoringPolicy instant = policy
                .withIdentity(new ProctoringPolicy.Identity(policy.identity().samePerson(), 1, policy.identity().idDocument()))
                .withAbsence(new ProctoringPolicy.Absence(Duration.ZERO, policy.absence().budget()))
                .withOtherPeople(new ProctoringPolicy.OtherPeople(Duration.ZERO))
                .withLookingAway(new ProctoringPolicy.LookingAway(policy.lookingAway().yawDegrees(), policy.lookingAway().pitchDegrees(), Duration.ZERO))
                .withCovered(new ProctoringPolicy.Covered(Duration.ZERO))
                .withCamera(new ProctoringPolicy.Camera(policy.camera().minBrightness(), policy.camera().minContrast(), Duration.ZERO,
                        policy.camera().noFramesAfter()));
        return new ViolationTracker(instant).observe(findings, Instant.EPOCH, JpegSnapshot::none).stream()
                .map(ProctoringEvent::kind).toList();
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Compares the main face of two photos; prints JSON {similarity, samePerson, threshold}.")
    static final class Compare implements Callable<Integer> {
        @CommandLine.Mixin
        Settings settings = new Settings();

        @Parameters(index = "0", paramLabel = "A")
        Path a;

        @Parameters(index = "1", paramLabel = "B")
        Path b;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            ProctoringPolicy policy = settings.policy();
            return withEngine(spec, settings, engine -> {
                Optional<Embedding> first = mainFace(engine, a, policy);
                Optional<Embedding> second = mainFace(engine, b, policy);
                if (first.isEmpty() || second.isEmpty()) {
                    spec.commandLine().getErr().println("No face in " + (first.isEmpty() ? a : b));
                    spec.commandLine().getErr().flush();
                    return 1;
                }
                double similarity = first.get().similarity(second.get());
                double threshold = policy.identity().samePerson();
                out.println("{\"similarity\":" + String.format(Locale.ROOT, "%.4f", similarity) + ",\"samePerson\":"
                        + (similarity >= threshold) + ",\"threshold\":" + threshold + "}");
                out.flush();
                return 0;
            });
        }
    }

    /**
     * The embedding of the photo's subject: the face nearest the centre among all clear detections
     * (from the partial score). Counting people needs the person score; finding the subject of a
     * portrait does not, and a turned subject can score just under it while a bystander scores above.
     */
    static Optional<Embedding> mainFace(FaceEngine engine, Path image, ProctoringPolicy policy) throws IOException {
        Mat frame = Images.read(image);
        try {
            return engine.detect(frame).stream()
                    .filter(f -> f.score() >= policy.detection().partialScore())
                    .min(java.util.Comparator.comparingDouble(f -> Math.hypot(f.box().x() + f.box().width() / 2 - frame.cols() / 2.0,
                            f.box().y() + f.box().height() / 2 - frame.rows() / 2.0)))
                    .map(face -> engine.embed(frame, face));
        } finally {
            frame.release();
        }
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = {"Verification accuracy on pairs in LFW pairs.txt format (DIR/Name/Name_0001.jpg) at the shipped",
                "threshold; the last line is JSON {pairs, accuracy, far, frr, threshold, msPerImage}."})
    static final class Eval implements Callable<Integer> {
        @CommandLine.Mixin
        Settings settings = new Settings();

        @Option(names = "--pairs", paramLabel = "FILE", required = true, description = "The pairs file.")
        Path pairs;

        @Option(names = "--images", paramLabel = "DIR", required = true, description = "The image folder.")
        Path images;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            ProctoringPolicy policy = settings.policy();
            double threshold = policy.identity().samePerson();
            return withEngine(spec, settings, engine -> {
                Map<Path, Optional<Embedding>> cache = new HashMap<>();
                long embedNanos = 0;
                int same = 0;
                int different = 0;
                int right = 0;
                int falseAccepts = 0;
                int falseRejects = 0;
                int noFace = 0;
                int missing = 0;
                for (String line : Files.readAllLines(pairs)) {
                    String[] c = line.trim().split("\\s+");
                    boolean isSame = c.length == 3;
                    if (!isSame && c.length != 4) {
                        continue; // the header line
                    }
                    Path first = lfw(c[0], c[1]);
                    Path second = isSame ? lfw(c[0], c[2]) : lfw(c[2], c[3]);
                    if (!Files.isRegularFile(first) || !Files.isRegularFile(second)) {
                        missing++; // e.g. the official LFW pairs against a subset of the images
                        continue;
                    }
                    long started = System.nanoTime();
                    Optional<Embedding> x = embedding(cache, engine, first, policy);
                    Optional<Embedding> y = embedding(cache, engine, second, policy);
                    embedNanos += System.nanoTime() - started;
                    noFace += (x.isEmpty() ? 1 : 0) + (y.isEmpty() ? 1 : 0);
                    boolean accepted = x.isPresent() && y.isPresent() && x.get().similarity(y.get()) >= threshold;
                    if (isSame) {
                        same++;
                    } else {
                        different++;
                    }
                    if (accepted == isSame) {
                        right++;
                    } else if (accepted) {
                        falseAccepts++;
                    } else {
                        falseRejects++;
                    }
                }
                int total = same + different;
                if (total == 0) {
                    spec.commandLine().getErr().println("No pairs with both images in " + images + " (from " + pairs + ")");
                    spec.commandLine().getErr().flush();
                    return 1;
                }
                out.println(total + " pairs, " + cache.size() + " images, " + noFace + " without a face (counted as not matching)"
                        + (missing > 0 ? "; " + missing + " pairs skipped: their images are not in " + images : ""));
                out.println(String.format(Locale.ROOT,
                        "{\"pairs\":%d,\"accuracy\":%.4f,\"far\":%.4f,\"frr\":%.4f,\"threshold\":%s,\"msPerImage\":%.1f}",
                        total, right / (double) total, different == 0 ? 0 : falseAccepts / (double) different,
                        same == 0 ? 0 : falseRejects / (double) same, threshold, embedNanos / 1e6 / Math.max(1, cache.size())));
                out.flush();
                return 0;
            });
        }

        private Path lfw(String name, String number) {
            return images.resolve(name).resolve(String.format(Locale.ROOT, "%s_%04d.jpg", name, Integer.parseInt(number)));
        }

        private static Optional<Embedding> embedding(Map<Path, Optional<Embedding>> cache, FaceEngine engine, Path image,
                ProctoringPolicy policy) throws IOException {
            Optional<Embedding> known = cache.get(image);
            if (known == null) {
                known = mainFace(engine, image, policy);
                cache.put(image, known);
            }
            return known;
        }
    }
}
