package org.examroom.face.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.vision.HeadPose;
import org.junit.jupiter.api.Test;

class ViolationTrackerTest {

    private static final Instant T0 = Instant.parse("2026-07-15T07:00:00Z");
    private static final JpegSnapshot PICTURE = JpegSnapshot.of(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2});

    private final ProctoringPolicy policy = ProctoringPolicy.IN_ROOM;
    private final ViolationTracker tracker = new ViolationTracker(policy);
    private final List<ProctoringEvent> events = new ArrayList<>();
    private Instant now = T0;
    private int snapshotsTaken;

    /** Feeds the same findings for the given time at two checks per second. */
    private void see(FrameFindings findings, Duration during) {
        for (long ms = 0; ms < during.toMillis(); ms += 500) {
            events.addAll(tracker.observe(findings, now, () -> {
                snapshotsTaken++;
                return PICTURE;
            }));
            now = now.plusMillis(500);
        }
    }

    private static FrameFindings people(int n) {
        return new FrameFindings(n, 0, OptionalDouble.empty(), Optional.empty(), 1, 0.93, 120, 50);
    }

    private static FrameFindings turned(double yaw) {
        return new FrameFindings(1, 0, OptionalDouble.of(0.8), Optional.of(new HeadPose(yaw, 0, 0)), 1, 0.92, 120, 50);
    }

    @Test
    void theApplicantAtTheDeskRaisesNothingAndCostsNoSnapshots() {
        see(FrameFindings.applicant(0.8), Duration.ofMinutes(1));
        assertThat(events).isEmpty();
        assertThat(snapshotsTaken).isZero();
    }

    @Test
    void aGlanceAwayShorterThanTheAbsenceTimeIsNotAnAbsence() {
        see(FrameFindings.applicant(0.8), Duration.ofSeconds(2));
        see(FrameFindings.empty(), Duration.ofMillis(2500));
        see(FrameFindings.applicant(0.8), Duration.ofSeconds(5));
        assertThat(events).isEmpty();
        assertThat(tracker.absenceTotal(now)).isZero();
    }

    @Test
    void anAbsenceStartsAfterItsTimeEndsWhenTheApplicantIsBackAndAddsUp() {
        see(FrameFindings.applicant(0.8), Duration.ofSeconds(2));
        Instant left = now;
        see(FrameFindings.empty(), Duration.ofSeconds(10));
        Instant back = now;
        see(FrameFindings.applicant(0.8), Duration.ofSeconds(3));

        assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(ProctoringEvent.FaceAbsent.class));
        ProctoringEvent.FaceAbsent started = (ProctoringEvent.FaceAbsent) events.get(0);
        ProctoringEvent.FaceAbsent ended = (ProctoringEvent.FaceAbsent) events.get(1);
        assertThat(started.start()).isEqualTo(left);
        assertThat(started.end()).isEmpty();
        assertThat(started.snapshot()).isEqualTo(PICTURE);
        assertThat(started.confidence()).isEqualTo(1.0);
        assertThat(ended.start()).isEqualTo(left);
        assertThat(ended.end()).contains(back);
        assertThat(ended.absenceTotal()).isEqualTo(Duration.ofSeconds(10));
        assertThat(ended.overBudget()).isFalse();
        assertThat(snapshotsTaken).isEqualTo(1);

        see(FrameFindings.empty(), Duration.ofSeconds(20));
        assertThat(tracker.absenceTotal(now)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void absencesPastTheBudgetAreSaidToBeOverIt() {
        see(FrameFindings.empty(), Duration.ofMinutes(4));
        see(FrameFindings.applicant(0.8), Duration.ofSeconds(5));
        see(FrameFindings.empty(), Duration.ofMinutes(2));
        see(FrameFindings.applicant(0.8), Duration.ofSeconds(5));
        ProctoringEvent.FaceAbsent last = (ProctoringEvent.FaceAbsent) events.getLast();
        assertThat(last.end()).isPresent();
        assertThat(last.absenceTotal()).isEqualTo(Duration.ofMinutes(6));
        assertThat(last.budget()).isEqualTo(Duration.ofMinutes(5));
        assertThat(last.overBudget()).isTrue();
    }

    @Test
    void aSecondPersonIsReportedWithTheMostPeopleSeen() {
        see(FrameFindings.applicant(0.8), Duration.ofSeconds(1));
        see(people(2), Duration.ofSeconds(2));
        see(people(3), Duration.ofSeconds(1));
        see(FrameFindings.applicant(0.8), Duration.ofSeconds(2));
        assertThat(events).extracting(ProctoringEvent::kind).containsExactly(EventKind.MULTIPLE_PEOPLE, EventKind.MULTIPLE_PEOPLE);
        assertThat(((ProctoringEvent.MultiplePeople) events.getLast()).people()).isEqualTo(3);
        assertThat(events.getLast().duration(now)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aDifferentPersonIsJudgedOverSeveralChecksNotOne() {
        see(FrameFindings.applicant(0.8), Duration.ofSeconds(3));
        see(FrameFindings.applicant(0.05), Duration.ofMillis(500)); // one bad frame: the mean stays high
        see(FrameFindings.applicant(0.8), Duration.ofSeconds(3));
        assertThat(events).isEmpty();

        Instant swapped = now;
        see(FrameFindings.applicant(0.02), Duration.ofSeconds(5));
        assertThat(events).hasSize(1);
        ProctoringEvent.DifferentPerson started = (ProctoringEvent.DifferentPerson) events.getFirst();
        assertThat(started.start()).isAfter(swapped);
        assertThat(started.start()).isBeforeOrEqualTo(swapped.plusSeconds(3));
        assertThat(started.similarity()).isLessThan(policy.identity().samePerson());
        assertThat(started.confidence()).isGreaterThan(0.5);
    }

    @Test
    void lookingAwayCountsOnlyWhenItLasts() {
        see(turned(60), Duration.ofSeconds(3));
        see(FrameFindings.applicant(0.8), Duration.ofSeconds(2));
        assertThat(events).isEmpty();
        see(turned(-60), Duration.ofSeconds(8));
        see(FrameFindings.applicant(0.8), Duration.ofSeconds(2));
        assertThat(events).extracting(ProctoringEvent::kind).containsExactly(EventKind.LOOKING_AWAY, EventKind.LOOKING_AWAY);
        assertThat(events.getLast().duration(now)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void aFaceSeenOnlyWeaklyIsCoveredNotAbsent() {
        FrameFindings covered = new FrameFindings(0, 0.8, OptionalDouble.empty(), Optional.empty(), 1, 0, 120, 50);
        see(covered, Duration.ofSeconds(5));
        assertThat(events).extracting(ProctoringEvent::kind).containsExactly(EventKind.FACE_COVERED);
        assertThat(events.getFirst().confidence()).isCloseTo(0.8, within(1e-9));
        assertThat(tracker.absenceTotal(now)).isZero();
    }

    @Test
    void aDarkOrFlatPictureIsABlockedCameraAndNotAnAbsence() {
        FrameFindings dark = new FrameFindings(0, 0, OptionalDouble.empty(), Optional.empty(), 1, 0, 4, 2);
        see(dark, Duration.ofSeconds(10));
        assertThat(events).extracting(ProctoringEvent::kind).containsExactly(EventKind.CAMERA_BLOCKED);
        assertThat(((ProctoringEvent.CameraBlocked) events.getFirst()).noFrames()).isFalse();
        assertThat(tracker.absenceTotal(now)).isZero();
    }

    @Test
    void noFramesAtAllIsALostCamera() {
        List<ProctoringEvent> lost = tracker.observeNoFrames(T0, T0.plusSeconds(5));
        assertThat(lost).singleElement().isInstanceOfSatisfying(ProctoringEvent.CameraBlocked.class, e -> {
            assertThat(e.noFrames()).isTrue();
            assertThat(e.start()).isEqualTo(T0);
            assertThat(e.snapshot().isEmpty()).isTrue();
        });
    }

    @Test
    void finishingEndsWhatIsStillOpen() {
        see(FrameFindings.empty(), Duration.ofSeconds(10));
        List<ProctoringEvent> ended = tracker.finish(now);
        assertThat(ended).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.FACE_ABSENT);
            assertThat(e.end()).contains(now);
        });
    }
}
