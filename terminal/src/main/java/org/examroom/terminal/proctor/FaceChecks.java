package org.examroom.terminal.proctor;

import java.util.List;
import org.examroom.common.Failures;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.enrol.Enroller;
import org.examroom.face.enrol.EnrolmentResult;
import org.examroom.face.enrol.PhotoCheck;
import org.examroom.face.model.InstalledModels;
import org.examroom.face.model.ModelStore;
import org.examroom.face.vision.DetectedFace;
import org.examroom.face.vision.FaceEngine;
import org.examroom.face.vision.OpenCvNatives;
import org.opencv.core.Mat;

/**
 * Whether this terminal can run face checks, decided once at start from its model folder: both models present
 * with their pinned SHA-256, OpenCV's natives loadable, and the models opening in OpenCV. Without them the terminal
 * works on, takes its identity photos unchecked and reports {@code FACE_CHECKS_UNAVAILABLE}.
 */
public sealed interface FaceChecks {

    /**
     * The figures the photos screen checks by. Monitoring during the test goes by the preset the controller names for
     * the applicant instead ({@link TestMonitoring#start}).
     */
    ProctoringPolicy policy();

    /** The models are verified and open. */
    record Available(ModelStore models, InstalledModels installed, ProctoringPolicy policy) implements FaceChecks {

        /**
         * The checks of the photos screen, on an engine of their own that opens the models at the first check: use
         * them from one thread at a time, not the UI thread.
         */
        public PhotoChecks photoChecks() {
            ProctoringPolicy policy = this.policy;
            InstalledModels installed = this.installed;
            return new PhotoChecks() {
                private FaceEngine engine;
                private Enroller enroller;

                private synchronized Enroller enroller() {
                    if (enroller == null) {
                        engine = new FaceEngine(installed, policy.detection().partialScore());
                        enroller = new Enroller(engine, policy);
                    }
                    return enroller;
                }

                @Override
                public PhotoCheck check(Mat bgr) {
                    return enroller().check(bgr);
                }

                @Override
                public EnrolmentResult agree(List<PhotoCheck.Accepted> photos) {
                    return enroller().agree(photos);
                }

                @Override
                public List<DetectedFace> people(Mat bgr) {
                    return enroller().people(bgr);
                }

                @Override
                public synchronized void close() {
                    if (engine != null) {
                        engine.close();
                        engine = null;
                        enroller = null;
                    }
                }
            };
        }
    }

    /** Face checks cannot run here; {@code reason} names what is missing, for the technician's log. */
    record Unavailable(String reason, ProctoringPolicy policy) implements FaceChecks {
    }

    /** Opens the face checks from the model folder; never throws: what goes wrong is the reason they are unavailable. */
    static FaceChecks open(ModelStore models, ProctoringPolicy policy) {
        System.Logger log = System.getLogger(FaceChecks.class.getName());
        try {
            OpenCvNatives.load();
            InstalledModels installed = models.require();
            new FaceEngine(installed, policy.detection().partialScore()).close(); // a model OpenCV cannot parse is told now
            log.log(System.Logger.Level.INFO, "Face checks ready: models verified in {0}", models.folder());
            return new Available(models, installed, policy);
        } catch (RuntimeException | LinkageError e) {
            String reason = Failures.rootMessage(e);
            log.log(System.Logger.Level.WARNING, "Face checks unavailable on this terminal; it goes on without them: {0}", reason);
            return new Unavailable(reason, policy);
        }
    }
}
