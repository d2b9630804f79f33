package org.examroom.room.api;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.examroom.common.attempt.Actor;
import org.examroom.common.attempt.AttemptEvent;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.attempt.Transition;
import org.examroom.common.exam.Applicant;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.push.AttemptClocks;
import org.examroom.room.push.RoomLive;
import org.examroom.room.store.AttemptEventCodec;
import org.examroom.room.store.ExamRecord;
import org.examroom.room.store.RoomStore;
import org.examroom.room.store.StoredAttempt;

/**
 * Applies an event to a stored attempt inside an audited write: the domain decides, the event and the
 * new state are stored, the audit trail records it, or the rule's refusal becomes a 409 with its reason.
 * Once committed, what is kept in memory for heartbeats and consoles follows: the attempt's state and
 * terminal, its clock, and the room's version.
 */
public final class AttemptActions {

    private final RoomStore store;
    private final RoomLive live;
    private final AttemptClocks clocks;
    private final Map<String, String> attemptOfTerminal = new ConcurrentHashMap<>();
    private final Map<String, String> lastAttemptOfTerminal = new ConcurrentHashMap<>();
    private final Map<String, AttemptState> stateOf = new ConcurrentHashMap<>();
    private final Map<String, StoredAttempt> latest = new ConcurrentHashMap<>();

    public AttemptActions(RoomStore store, RoomLive live, AttemptClocks clocks) {
        this.store = store;
        this.live = live;
        this.clocks = clocks;
    }

    /** Fills the memory from the database at start: open attempts on terminals, and running clocks. */
    public void load() {
        for (ExamRecord exam : store.exams()) {
            for (StoredAttempt a : store.attemptsOfExam(store.read(), exam.exam().id().value())) {
                remember(a, exam, store.applicant(store.read(), a.attempt().applicant().value()).orElseThrow());
            }
        }
    }

    StoredAttempt load(AuditLog.Recorder r, String attemptId) {
        return store.attempt(r.tx(), attemptId).orElseThrow(() -> Problem.notFound("id", "No attempt " + attemptId));
    }

    StoredAttempt apply(AuditLog.Recorder r, StoredAttempt before, AttemptEvent event, Actor actor, String auditActor, String origin) {
        return switch (before.attempt().apply(event, actor, r.now())) {
            case Transition.Accepted accepted -> {
                store.append(r.tx(), before, accepted.recorded());
                r.record(auditActor, origin, "attempt." + AttemptEventCodec.type(event), before.id(),
                        AuditLog.details("from", accepted.recorded().from(), "to", accepted.recorded().to()));
                StoredAttempt after = store.attempt(r.tx(), before.id()).orElseThrow();
                changed(r, after);
                yield after;
            }
            case Transition.Refused refused -> throw Problem.refused(refused.reason());
        };
    }

    /** After the transaction commits, memory follows the attempt as stored now. */
    void changed(AuditLog.Recorder r, StoredAttempt after) {
        ExamRecord exam = store.exam(r.tx(), after.attempt().exam().value()).orElseThrow();
        Applicant applicant = store.applicant(r.tx(), after.attempt().applicant().value()).orElseThrow();
        r.afterCommit(() -> {
            remember(after, exam, applicant);
            live.bump();
        });
    }

    private void remember(StoredAttempt a, ExamRecord exam, Applicant applicant) {
        stateOf.put(a.id(), a.attempt().state());
        latest.put(a.id(), a);
        a.terminalId().ifPresent(t -> {
            lastAttemptOfTerminal.put(t, a.id());
            if (a.attempt().state().isFinal()) {
                attemptOfTerminal.remove(t, a.id());
            } else {
                attemptOfTerminal.put(t, a.id());
            }
        });
        clocks.update(a, exam, grantedExtraTime(exam, applicant));
    }

    /** The extra time the exam's policy grants this applicant's accommodations. */
    static Duration grantedExtraTime(ExamRecord exam, Applicant applicant) {
        return exam.policies().extraTime().grant(applicant.accommodations().extraTime()).granted();
    }

    /** The open attempt on a terminal, from memory. */
    public Optional<String> attemptOn(String terminalId) {
        return Optional.ofNullable(attemptOfTerminal.get(terminalId));
    }

    /**
     * The latest attempt a terminal worked on, open or finished: a resend of an answer it saved before
     * the attempt ended must still be acknowledged.
     */
    public Optional<String> lastAttemptOn(String terminalId) {
        return Optional.ofNullable(lastAttemptOfTerminal.get(terminalId));
    }

    /** The attempt as last committed, from memory: for calls every terminal makes at once (the variant at the start). */
    public Optional<StoredAttempt> latest(String attemptId) {
        return Optional.ofNullable(latest.get(attemptId));
    }

    public Optional<AttemptState> stateOf(String attemptId) {
        return Optional.ofNullable(stateOf.get(attemptId));
    }

    public AttemptClocks clocks() {
        return clocks;
    }
}
